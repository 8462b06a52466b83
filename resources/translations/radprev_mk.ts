<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="mk">
<context>
    <name>About</name>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Папка на базата на податоци</translation>
    </message>
    <message>
        <source>Logs and crash reports</source>
        <translation>Дневници и извештаи за пад</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Систем</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About radprev</source>
        <translation>За програмата radprev</translation>
    </message>
    <message>
        <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
        <translation>radprev — дневник на набљудувања без мрежа за службените лица во затворите.
Ова е дневник на набљудувања, а не проценка на ризик.</translation>
    </message>
    <message>
        <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>Лиценци на трети страни: THIRD-PARTY-NOTICES.txt во папката на програмата.</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Units and access of {user}</source>
        <translation>Одделенија и пристап — {user}</translation>
    </message>
    <message>
        <source>Establishments and access of {user}</source>
        <translation>Установи и пристап — {user}</translation>
    </message>
    <message>
        <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
        <translation>Службените лица и надредените гледаат и запишуваат само за осудените лица од одделенијата означени тука. Пристапот до сите осудени лица во установата е посебно овластување, кое се бележи во дневникот на ревизија со својата причина.</translation>
    </message>
    <message>
        <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations&apos; packages. Every change of access is recorded in the audit log with its reason.</source>
        <translation>Во централата сметката ги чита досиејата, записите и бројките на установите наведени тука (нивните шифри; * за сите установи), како што пристигнуваат во пакетите од работните станици. Секоја промена на пристапот се бележи во дневникот на ревизија со својата причина.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Одделенија</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Одделение {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Оваа установа нема одделенија.</translation>
    </message>
    <message>
        <source>&amp;Whole establishment (every unit)</source>
        <translation>&amp;Цела установа (сите одделенија)</translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation>Цела установа</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>codes separated by commas; * for all</source>
        <translation>шифри одделени со запирки; * за сите</translation>
    </message>
    <message>
        <source>Reason for the change of access</source>
        <translation>Причина за промената на пристапот</translation>
    </message>
    <message>
        <source>e.g. acting head of security until 30 June</source>
        <translation>на пр. вршител на должноста началник на обезбедувањето до 30 јуни</translation>
    </message>
    <message>
        <source>E&amp;stablishments:</source>
        <translation>&amp;Установи:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>Save access</source>
        <translation>Зачувај пристап</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Додавање сметка</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Службена ознака</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Улоги</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Улога: {role}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Одделенија</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Одделение {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Оваа установа нема одделенија.</translation>
    </message>
    <message>
        <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
        <translation>Двапати внесете привремена лозинка и дајте ја на лицето; при првата најава мора да избере своја.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
    <message>
        <source>&amp;Staff code:</source>
        <translation>&amp;Службена ознака:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Додај сметка</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Внесете корисничко име.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Означете барем една улога.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
        <translation>3x5x2 (извор 1–3, информација A–E, постапување P/C)</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Адмиралитет 6x6 (извор A–F, информација 1–6)</translation>
    </message>
    <message>
        <source>Each reader&apos;s own language</source>
        <extracomment>Languages a report can be printed in and the workstation&apos;s default: every offered language (core/languages.py), by its own name, not translated. The administrator&apos;s default language of reports: none (each reader&apos;s own, the screen&apos;s — core/i18n.py `default_report_language`) or one of them.</extracomment>
        <translation>Јазикот на секој читател</translation>
    </message>
    <message>
        <source>Review a prisoner&apos;s file after (months)</source>
        <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
        <translation>Преглед на досие на осудено лице по (месеци)</translation>
    </message>
    <message>
        <source>Review after release (months)</source>
        <translation>Преглед по отпуст (месеци)</translation>
    </message>
    <message>
        <source>Review after transfer (months)</source>
        <translation>Преглед по преместување (месеци)</translation>
    </message>
    <message>
        <source>Erase a rejected report after (months)</source>
        <translation>Избриши одбиен извештај по (месеци)</translation>
    </message>
    <message>
        <source>Handover: open referrals (1 = include, 0 = leave out)</source>
        <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
        <translation>Предавање: отворени упатувања (1 = вклучи, 0 = изостави)</translation>
    </message>
    <message>
        <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
        <translation>Предавање: затворени упатувања (1 = вклучи, 0 = изостави)</translation>
    </message>
    <message>
        <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
        <translation>Предавање: факти од прегледаните набљудувања од последните (месеци, 0 = ниедно)</translation>
    </message>
    <message>
        <source>Handover: protective factors (1 = include, 0 = leave out)</source>
        <translation>Предавање: заштитни фактори (1 = вклучи, 0 = изостави)</translation>
    </message>
    <message>
        <source>Handover: officers&apos; assessments (1 = include, 0 = leave out)</source>
        <translation>Предавање: проценки на службените лица (1 = вклучи, 0 = изостави)</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Заклучување по неактивност (минути)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Ознака за степен на тајност</translation>
    </message>
    <message>
        <source>Classification levels (lowest first, separated by ;)</source>
        <translation>Степени на тајност (од најнискиот, одделени со ;)</translation>
    </message>
    <message>
        <source>Grading preset</source>
        <translation>Шема на оценување</translation>
    </message>
    <message>
        <source>Default language of reports</source>
        <translation>Стандарден јазик на извештаите</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Број на чувани резервни копии</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Бришење на копираниот текст по (секунди)</translation>
    </message>
    <message>
        <source>Export to the central office every (days)</source>
        <translation>Извоз до централата на секои (денови)</translation>
    </message>
    <message>
        <source>Wait for a receipt (days)</source>
        <translation>Чекање на потврда за прием (денови)</translation>
    </message>
    <message>
        <source>Write new observations before seeing earlier reports (default)</source>
        <translation>Новите набљудувања се пишуваат пред увид во претходните пријави (стандардно)</translation>
    </message>
    <message>
        <source>Search words in the audit log</source>
        <translation>Зборови за пребарување во дневникот на ревизија</translation>
    </message>
    <message>
        <source>Hashed (the data-protection officer can check a word)</source>
        <translation>Како хеш-збир (службеникот за заштита на личните податоци може да провери збор)</translation>
    </message>
    <message>
        <source>Stored as typed</source>
        <translation>Зачувани како што се внесени</translation>
    </message>
    <message>
        <source>Staff named in a prisoner&apos;s access report</source>
        <translation>Персонал наведен по име во извештајот за пристап на осуденото лице</translation>
    </message>
    <message>
        <source>Supervisors and above (officers withheld)</source>
        <translation>Надзорници и повисоки (службениците се изоставени)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Сите</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Никој</translation>
    </message>
    <message>
        <source>Information for the person in an access report (empty: the default)</source>
        <translation>Информација за лицето во извештајот за пристап (празно: стандардна)</translation>
    </message>
    <message>
        <source>Retention periods (months)</source>
        <translation>Рокови на чување (месеци)</translation>
    </message>
    <message>
        <source>Release handover policy</source>
        <translation>Правила за предавање при отпуст</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Листи со шифри</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Делови на администрацијата</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Сметки</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Поставки</translation>
    </message>
    <message>
        <source>Checklist &amp;templates</source>
        <translation>Шаблони на &amp;контролни листи</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Резервни копии</translation>
    </message>
    <message>
        <source>&amp;Prisoners&apos; details</source>
        <translation>Податоци за ос&amp;удените лица</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрација</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Прв администратор</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
        <translation>Администраторот управува со сметките, поставките и резервните копии. Другите сметки се додаваат подоцна.</translation>
    </message>
    <message>
        <source>&amp;Create the encrypted database</source>
        <translation>&amp;Создај шифрирана база на податоци</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Корисничко име на администраторот</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Име и презиме на администраторот</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>radprev — TRAINING</source>
        <translation>radprev — ОБУКА</translation>
    </message>
    <message>
        <source>{folder} holds a database that is not a training database; it is not opened.</source>
        <translation>Во {folder} има база на податоци што не е база за обука; не се отвора.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User filter</source>
        <translation>Филтер по корисник</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Филтер по дејство</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Од:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Филтер од датум</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Од датум</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Филтер до датум</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До датум</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Прикажи</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Прикажи записи</translation>
    </message>
    <message>
        <source>&amp;Export to JSON Lines…</source>
        <translation>И&amp;звези во JSON Lines…</translation>
    </message>
    <message>
        <source>Export to JSON Lines</source>
        <translation>Извези во JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Про&amp;вери го синџирот</translation>
    </message>
    <message>
        <source>Verify the hash chain</source>
        <translation>Провери го синџирот на хеш-збирови</translation>
    </message>
    <message>
        <source>Data-protection &amp;questions…</source>
        <translation>Прашања за заштита на подато&amp;ци…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи на ревизијата</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Корисник:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Деј&amp;ство:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на ревизија</translation>
    </message>
    <message>
        <source>Reading the audit log is itself written to the audit log.</source>
        <translation>И самото читање на дневникот на ревизија се запишува во дневникот на ревизија.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Прикажани записи: %n.</numerusform>
            <numerusform>Прикажани записи: %n.</numerusform>
            <numerusform>Прикажани записи: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Извоз на дневникот на ревизија</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>Извезени записи во {file}: %n.</numerusform>
            <numerusform>Извезени записи во {file}: %n.</numerusform>
            <numerusform>Извезени записи во {file}: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Синџирот на хеш-збирови е неоштетен: проверени записи: %n.</numerusform>
            <numerusform>Синџирот на хеш-збирови е неоштетен: проверени записи: %n.</numerusform>
            <numerusform>Синџирот на хеш-збирови е неоштетен: проверени записи: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
        <translation>Синџирот на хеш-збирови е ПРЕКИНАТ кај записот {seq}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дејство</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Објект</translation>
    </message>
    <message>
        <source>Reason for access</source>
        <translation>Причина за пристап</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Примач</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup</source>
        <translation>Резервна копија</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копии</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Направи резервна копија сега</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Направи резервна копија сега</translation>
    </message>
    <message>
        <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
        <translation>Резервните копии се шифрирани копии во папката на базата на податоци (backups), проверени со отворање. Враќањето се нуди на екранот за најава кога базата на податоци не може да се отвори, или со командата radprev restore.</translation>
    </message>
    <message>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <source>Backup {name} written.</source>
        <translation>Резервната копија {name} е запишана.</translation>
    </message>
    <message>
        <source>Writing a backup</source>
        <translation>Запишување резервна копија</translation>
    </message>
</context>
<context>
    <name>CapsLockWatcher</name>
    <message>
        <source>Caps Lock warning</source>
        <translation>Предупредување за Caps Lock</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock е вклучен.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Промена на лозинка</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>Вашата лозинка ја постави администраторот. Изберете своја лозинка пред да продолжите.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Внесете ја тековната лозинка, а потоа двапати новата.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Тековна лозинка</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Тековна лозинка:</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>At most {n} characters.</source>
        <extracomment>The counter shows from this share of the limit on.</extracomment>
        <translation>Најмногу {n} знаци.</translation>
    </message>
    <message>
        <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
        <translation>Собираат само {limit} знаци: {cut} залепени знаци се изоставени (сè уште се во привремената меморија).</translation>
    </message>
    <message>
        <source>Limit reached: {limit} characters.</source>
        <translation>Достигнато ограничување: {limit} знаци.</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} од {limit} знаци</translation>
    </message>
</context>
<context>
    <name>ChecklistRunnerPage</name>
    <message>
        <source>completed and sealed</source>
        <translation>завршено и запечатено</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Датум на следниот преглед</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Заштитни фактори</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Не се показатели</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Напредок</translation>
    </message>
    <message>
        <source>Protective factors: &amp;none observed</source>
        <translation>Заштитни фактори: &amp;ниеден не е забележан</translation>
    </message>
    <message>
        <source>Other possible explanations (required)</source>
        <translation>Други можни објаснувања (задолжително)</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Други можни објаснувања</translation>
    </message>
    <message>
        <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
        <translation>на пр. долг, судир со друго осудено лице, лоши вести од дома, ментално здравје</translation>
    </message>
    <message>
        <source>None &amp;identified</source>
        <translation>Ниедно не е &amp;утврдено</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support, not a risk sign)</source>
        <translation>Контекст и ранливост (заради поддршка, не како знак за ризик)</translation>
    </message>
    <message>
        <source>Context notes</source>
        <translation>Белешки за контекстот</translation>
    </message>
    <message>
        <source>Summary and next review</source>
        <translation>Резиме и следен преглед</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резиме</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Резиме:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>С&amp;леден преглед:</translation>
    </message>
    <message>
        <source>Answers by domain</source>
        <translation>Одговори по области</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Забележано</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Не е забележано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>Save progress (Ctrl+S)</source>
        <translation>Зачувај го напредокот (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Complete (Ctrl+Enter)</source>
        <translation>&amp;Заврши (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Зат&amp;вори</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>И&amp;справи…</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина за исправката</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>Причина за исправката (задолжително)</translation>
    </message>
    <message>
        <source>Save co&amp;rrection</source>
        <translation>Зачувај ја ис&amp;правката</translation>
    </message>
    <message>
        <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
        <translation>Исправка на завршената контролна листа: одговорени се {done} од {total} ставки. Ставките без одговор се бележат како непознати кога ќе ја зачувате исправката.</translation>
    </message>
    <message>
        <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
        <translation>Завршено и запечатено: забележани се сите ставки ({total}), од нив {unknown} како непознати (вклучувајќи ги оние оставени без одговор). Секоја измена сега е исправка, која се чува како нова верзија.</translation>
    </message>
    <message>
        <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
        <translation>Одговорени се {done} од {total} ставки. Ставките без одговор се бележат како непознати кога ќе завршите.</translation>
    </message>
    <message>
        <source>Recorded for support, never as a sign of risk.</source>
        <translation>Се бележи заради поддршка, никогаш како знак за ризик.</translation>
    </message>
    <message>
        <source>Protective factors (required)</source>
        <translation>Заштитни фактори (задолжително)</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Ова НЕ се показатели и никогаш не смеат да се означат како такви:</translation>
    </message>
    <message>
        <source>{title} (v{version}) — {name} ({number})</source>
        <translation>{title} (v{version}) — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved: change the wording, then save the correction.</source>
        <translation>Не е зачувано: променете ја формулацијата, па зачувајте ја исправката.</translation>
    </message>
    <message>
        <source>Correction saved as version {n}.</source>
        <translation>Исправката е зачувана како верзија {n}.</translation>
    </message>
    <message>
        <source>Checklist progress saved.</source>
        <translation>Напредокот на контролната листа е зачуван.</translation>
    </message>
    <message>
        <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
        <translation>Она што го внесовте беше задржано додека екранот беше заклучен; сè уште не е зачувано.</translation>
    </message>
    <message>
        <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
        <translation>{heading}

Одговорени се {done} од {total} ставки; ставките без одговор ({left}) ќе бидат забележани како непознати.

Завршувањето ја запечатува контролната листа со резимето и датумот на следниот преглед: потоа може да се измени само со исправка со причина, која се чува како нова верзија.</translation>
    </message>
    <message>
        <source>Complete and seal?</source>
        <translation>Да се заврши и запечати?</translation>
    </message>
    <message>
        <source>Complete and seal</source>
        <translation>Заврши и запечати</translation>
    </message>
    <message>
        <source>Not completed: change the wording, then complete.</source>
        <translation>Не е завршено: променете ја формулацијата, па завршете.</translation>
    </message>
    <message>
        <source>Checklist completed.</source>
        <translation>Контролната листа е завршена.</translation>
    </message>
    <message>
        <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
        <translation>Завршено. Следен преглед: {date}. Броевите покажуваат како е одговорено на ставките во секоја област; тие не се бодови и никогаш не се собираат.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
        <translation>Извештај за падот без никакви лични податоци е запишан во:
{path}
Предајте го на вашата ИТ-поддршка.</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>Не можеше да се запише извештај за падот.</translation>
    </message>
    <message>
        <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
        <translation>radprev наиде на неочекувана грешка. Она што претходно го зачувавте е безбедно; последното дејство можеби не е завршено. Затворете го radprev и повторно стартувајте го.</translation>
    </message>
    <message>
        <source>radprev</source>
        <translation>radprev</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>draft</source>
        <translation>нацрт</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>редовно</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>приоритетно</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>неодложно</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>поднесено</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>прифатено</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>вратено</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>одбиено</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>извезено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осудено лице</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Итност</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>What was seen or heard (start)</source>
        <translation>Што е видено или слушнато (почеток)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Почетна</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Мои нацрти</translation>
    </message>
    <message>
        <source>You have no unfinished drafts.</source>
        <translation>Немате недовршени нацрти.</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Вратено мене</translation>
    </message>
    <message>
        <source>Nothing was returned to you.</source>
        <translation>Ништо не ви е вратено.</translation>
    </message>
    <message>
        <source>Immediate items awaiting review</source>
        <translation>Неодложни ставки што чекаат преглед</translation>
    </message>
    <message>
        <source>No immediate item is waiting for review.</source>
        <translation>Ниедна неодложна ставка не чека преглед.</translation>
    </message>
    <message>
        <source>Overdue reviews of prisoners&apos; files</source>
        <translation>Задоцнети прегледи на досиеја на осудени лица</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Преглед до</translation>
    </message>
    <message>
        <source>No file is overdue for review.</source>
        <translation>Ниедно досие не доцни со прегледот.</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Ново набљудување</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ново набљудување</translation>
    </message>
    <message>
        <source>Re&amp;tention decisions…</source>
        <translation>Одлуки за чу&amp;вање…</translation>
    </message>
    <message>
        <source>(after the reason for access)</source>
        <translation>(по причината за пристап)</translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation>Најавени сте како {name}.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. Use the menu on the left.</source>
        <translation>Вашата улога нема сопствени набљудувања. Користете го менито лево.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. The Training page shows the trainees&apos; exercises.</source>
        <translation>Вашата улога нема сопствени набљудувања. Страницата Обука ги прикажува вежбите на полазниците.</translation>
    </message>
</context>
<context>
    <name>DataExportButton</name>
    <message>
        <source>E&amp;xport the person&apos;s data (JSON + PDF)…</source>
        <translation>Изве&amp;зи ги податоците на лицето (JSON + PDF)…</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Изберете го осуденото лице: внесете име или матичен број и изберете од листата.</translation>
    </message>
    <message>
        <source>Say who the files are for (recipient).</source>
        <translation>Наведете за кого се наменети датотеките (примач).</translation>
    </message>
    <message>
        <source>Write unencrypted files?</source>
        <translation>Да се запишат нешифрирани датотеки?</translation>
    </message>
    <message>
        <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
        <translation>JSON датотеката и PDF НЕМА да бидат шифрирани: секој што може да ја отвори папката може да ги прочита. Запишете ги само таму каде што дозволуваат вашите упатства (на пример на USB предаден на лицето) и избришете ја секоја копија што ја чувате кога повеќе не е потребна. Извозот се запишува во дневникот за ревизија како откривање.</translation>
    </message>
    <message>
        <source>Folder for the person&apos;s data</source>
        <translation>Папка за податоците на лицето</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Запишано: %1 и %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
</context>
<context>
    <name>DataRequestsDialog</name>
    <message>
        <source>Rectification requests and disputes — {name} ({number})</source>
        <translation>Барања за исправка и оспорувања — {name} ({number})</translation>
    </message>
    <message>
        <source>Record what the prisoner asks to be corrected, or contests, in the person&apos;s own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
        <translation>Запишете со зборовите на самото лице што осуденото лице бара да се исправи или што оспорува. Самата исправка е измена на записот; потоа одлучете за барањето наведувајќи ја исправената верзија.</translation>
    </message>
    <message>
        <source>Requests and disputes of the file</source>
        <translation>Барања и оспорувања во досието</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Запишано</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Барање</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Се однесува на</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>Што вели лицето</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Ново барање</translation>
    </message>
    <message>
        <source>What the person asks or contests</source>
        <translation>Што бара или оспорува лицето</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Со зборовите на самото лице</translation>
    </message>
    <message>
        <source>Record the re&amp;quest</source>
        <translation>&amp;Запиши го барањето</translation>
    </message>
    <message>
        <source>Abou&amp;t:</source>
        <translation>Се &amp;однесува на:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;words:</source>
        <translation>Зборовите на &amp;лицето:</translation>
    </message>
    <message>
        <source>Decision on the selected request</source>
        <translation>Одлука за избраното барање</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Одлу&amp;чи</translation>
    </message>
    <message>
        <source>&amp;Correct the record…</source>
        <translation>&amp;Исправи го записот…</translation>
    </message>
    <message>
        <source>Close this window and amend the record the request is about.</source>
        <translation>Затворете го прозорецот и изменете го записот за кој е барањето.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Ис&amp;ход:</translation>
    </message>
    <message>
        <source>Amended &amp;version:</source>
        <translation>Исправена верзиј&amp;а:</translation>
    </message>
    <message>
        <source>&amp;Reason (refused, noted):</source>
        <translation>П&amp;ричина (одбиено, забележано):</translation>
    </message>
    <message>
        <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
        <translation>Може да се наведе само верзија со која по евидентирањето на барањето се исправени матичниот број, имињата или годината на раѓање.</translation>
    </message>
    <message>
        <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
        <translation>Може да се наведе само верзија изменета по евидентирањето на барањето: прво исправете го записот.</translation>
    </message>
    <message>
        <source>The request is recorded: {kind}, {about}.</source>
        <translation>Барањето е запишано: {kind}, {about}.</translation>
    </message>
    <message>
        <source>Decided: {outcome}.</source>
        <translation>Одлучено: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data-protection questions</source>
        <translation>Прашања за заштита на податоци</translation>
    </message>
    <message>
        <source>Who consulted a prisoner&apos;s file</source>
        <translation>Кој го прегледувал досието на осудениот</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Увиди без наведена цел</translation>
    </message>
    <message>
        <source>Exports and disclosures in a period</source>
        <translation>Извози и откривања во период</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Досиеја на кои им поминал рокот за преиспитување</translation>
    </message>
    <message>
        <source>establishment:number, e.g. PL-WAW1:1234</source>
        <translation>установа:број, на пр. PL-WAW1:1234</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Прика&amp;жи</translation>
    </message>
    <message>
        <source>Pre&amp;view the PDF</source>
        <translation>Преглед на P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>П&amp;рашање:</translation>
    </message>
    <message>
        <source>Prison &amp;number:</source>
        <translation>&amp;Матичен број:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>П&amp;ериод:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>Пр&amp;ичина (се чува во дневникот за ревизија):</translation>
    </message>
    <message>
        <source>{about} — entries: {count}</source>
        <translation>{about} — записи: {count}</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Офицер за заштита на лични податоци</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <source>Establishment</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>The establishment this encrypted database belongs to, and its units.</source>
        <translation>Установата на која ѝ припаѓа оваа шифрирана база на податоци и нејзините одделенија.</translation>
    </message>
    <message>
        <source>Establishment code</source>
        <translation>Ознака на установата</translation>
    </message>
    <message>
        <source>for example PL-WAW1</source>
        <translation>на пример MK-SK1</translation>
    </message>
    <message>
        <source>Establishment name</source>
        <translation>Назив на установата</translation>
    </message>
    <message>
        <source>Units, one per line: code = name</source>
        <translation>Одделенија, по едно во ред: ознака = назив</translation>
    </message>
    <message>
        <source>A = Wing A
B = Wing B</source>
        <translation>A = Крило A
B = Крило B</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Ознака:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Назив:</translation>
    </message>
    <message>
        <source>&amp;Units (code = name, one per line):</source>
        <translation>О&amp;дделенија (ознака = назив, по едно во ред):</translation>
    </message>
    <message>
        <source>Type the establishment code.</source>
        <translation>Внесете ја ознаката на установата.</translation>
    </message>
    <message>
        <source>The code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Ознаката содржи само букви, цифри и &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A unit code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Ознаката на одделението содржи само букви, цифри и &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the audit log</source>
        <translation>Извоз на дневникот на ревизија</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Примач</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Примач:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>Give the recipient and the reason.</source>
        <translation>Наведете го примачот и причината.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your exercise</source>
        <translation>Повратна информација за вашата вежба</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on your observation</source>
        <translation>Повратна информација за вашето набљудување</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Пример-набљудување</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Повратна &amp;информација</translation>
    </message>
    <message>
        <source>&amp;Model observation</source>
        <translation>&amp;Пример-набљудување</translation>
    </message>
    <message>
        <source>Not completed yet: record and submit the observation.</source>
        <translation>Сè уште не е завршено: запишете го и поднесете го набљудувањето.</translation>
    </message>
    <message>
        <source>{code} — {title}: {good} done well, {improve} to improve.</source>
        <translation>{code} — {title}: добро направено {good}, за подобрување {improve}.</translation>
    </message>
</context>
<context>
    <name>FileNotOpened</name>
    <message>
        <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
        <translation>Досието не е прикажано: не е наведена причина за пристап. Ништо од него не се прикажува ниту се бележи како увид додека не ја наведете.</translation>
    </message>
    <message>
        <source>Give the reason and &amp;open the file again…</source>
        <translation>Наведи причина и &amp;отвори го досието повторно…</translation>
    </message>
    <message>
        <source>Or choose another page in the list on the left.</source>
        <translation>Или изберете друга страница од листата лево.</translation>
    </message>
</context>
<context>
    <name>FileRequests</name>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>&amp;Барања и оспорувања…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes: record and decide them.</source>
        <translation>Барањата за исправка и оспорувањата на осуденото лице: запишете ги и одлучете за нив.</translation>
    </message>
    <message>
        <source>Recla&amp;ssify…</source>
        <translation>Промени го &amp;степенот на тајност…</translation>
    </message>
    <message>
        <source>Change the classification of the selected observation (with a reason).</source>
        <translation>Променете го степенот на тајност на избраното набљудување (со причина).</translation>
    </message>
    <message>
        <source>The record of the request</source>
        <translation>Записот на кој се однесува барањето</translation>
    </message>
    <message>
        <source>The prisoner&apos;s details</source>
        <translation>Податоците за осуденото лице</translation>
    </message>
    <message>
        <source>The observation of {when}</source>
        <translation>Набљудувањето од {when}</translation>
    </message>
    <message>
        <source>The checklist run: {run}</source>
        <translation>Пополнетата контролна листа: {run}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Обработката е ограничена</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s open rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Обработката на ова досие е ограничена: матичниот број, имињата и годината на раѓање се исправаат само како одговор на отворено барање на осуденото лице за исправка на податоците. Одделението, ќелијата и статусот сè уште може да се менуваат.</translation>
    </message>
    <message>
        <source>A supervisor records the prisoner&apos;s request first.</source>
        <translation>Претпоставениот прво го запишува барањето на осуденото лице.</translation>
    </message>
    <message>
        <source>Change unit, cell or &amp;status…</source>
        <translation>Промени одделение, ќелија или &amp;статус…</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer the prisoner&apos;s open rectification request on it. Record the request first; then the correction can be made.</source>
        <translation>Обработката на ова досие е ограничена: записот се исправа само како одговор на отворено барање на осуденото лице за негова исправка. Прво запишете го барањето; потоа може да се направи исправката.</translation>
    </message>
    <message>
        <source>Record the &amp;request…</source>
        <translation>&amp;Запиши го барањето…</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <source>Source grade</source>
        <extracomment>Error field names of the observations service that point into this widget.</extracomment>
        <translation>Оценка на изворот</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Оценка на информацијата</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Постапување</translation>
    </message>
    <message>
        <source>Who may receive it, and on what conditions</source>
        <translation>Кој смее да ја прими и под кои услови</translation>
    </message>
    <message>
        <source>Conditions of sharing</source>
        <translation>Услови за споделување</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Услови:</translation>
    </message>
    <message>
        <source>Sou&amp;rce is:</source>
        <translation>Изво&amp;рот е:</translation>
    </message>
    <message>
        <source>&amp;Information is:</source>
        <translation>Информаци&amp;јата е:</translation>
    </message>
    <message>
        <source>Han&amp;dling (sharing):</source>
        <translation>Постапува&amp;ње (споделување):</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>radprev — user guide</source>
        <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
        <translation>radprev — упатство за корисниците</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Упатство за корисниците</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Барај во упатството</translation>
    </message>
    <message>
        <source>word to find, then Enter</source>
        <translation>збор за барање, потоа Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Барај:</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Содржина</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Предавање на пробациската служба при отпуст</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>отворени упатувања</translation>
    </message>
    <message>
        <source>closed referrals</source>
        <translation>затворени упатувања</translation>
    </message>
    <message>
        <source>facts of reviewed observations of the last {n} months</source>
        <translation>факти од прегледаните набљудувања од последните {n} месеци</translation>
    </message>
    <message>
        <source>protective factors</source>
        <translation>заштитни фактори</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>проценки на службените лица</translation>
    </message>
    <message>
        <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service&apos;s key only and recorded in the audit log.</source>
        <translation>{name}: предавањето содржи само она што го дозволуваат правилата — {held}. Никогаш извор, извор со ограничен пристап или пријава што претпоставениот не ја прифатил. Шифрирано е само за клучот на пробациската служба и се запишува во дневникот на ревизија.</translation>
    </message>
    <message>
        <source>e.g. Probation office, officer&apos;s name</source>
        <translation>на пр. канцеларија за пробација, име на службеното лице</translation>
    </message>
    <message>
        <source>The probation service&apos;s key file</source>
        <translation>Датотека со клучот на пробациската служба</translation>
    </message>
    <message>
        <source>Folder for the handover</source>
        <translation>Папка за предавањето</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Примач:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>Probation &amp;key file:</source>
        <translation>Датотека со &amp;клуч на пробацијата:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>П&amp;апка:</translation>
    </message>
    <message>
        <source>The prisoner is &amp;due for release</source>
        <translation>Осуденикот наскоро &amp;излегува на слобода</translation>
    </message>
    <message>
        <source>&amp;Make handover</source>
        <translation>&amp;Направи предавање</translation>
    </message>
    <message>
        <source>Choose the probation service&apos;s key file.</source>
        <translation>Изберете ја датотеката со клучот на пробациската служба.</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>Изберете ја папката во која ќе се запишува.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {why}</source>
        <translation>Датотеката со клучот не може да се прочита: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Versions</source>
        <translation>Верзии</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Верзии една до друга</translation>
    </message>
    <message>
        <source>Changes as a text difference</source>
        <translation>Измени како разлика во текстот</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Една до друга</translation>
    </message>
    <message>
        <source>Text difference</source>
        <translation>Разлика во текстот</translation>
    </message>
    <message>
        <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
        <translation>Изберете една верзија за да ја прочитате или две (Ctrl+клик, Shift+стрелки) за да ги споредите.</translation>
    </message>
    <message>
        <source>&amp;Back to the file</source>
        <translation>&amp;Назад кон досието</translation>
    </message>
    <message>
        <source>Version {n} — {status}, {at}</source>
        <translation>Верзија {n} — {status}, {at}</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Показател</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>What exactly did you see that fits this item?</source>
        <translation>Што точно видовте што одговара на оваа ставка?</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator</source>
        <translation>Доказ за избраниот показател</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Доказ:</translation>
    </message>
    <message>
        <source>No checklist template is installed.</source>
        <translation>Не е инсталиран ниеден шаблон на контролна листа.</translation>
    </message>
    <message>
        <source>From another template version</source>
        <translation>Од друга верзија на шаблонот</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Оваа шифрирана база на податоци веќе е отворена во radprev (процес {pid} на компјутерот {host}). Префрлете се во тој прозорец или прво затворете го: два прозорци над иста база би можеле да си ја пребришат работата.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
        <translation>Датотеката за заклучување {path} не може да се создаде. Проверете дали во папката е дозволено запишување.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Observed</source>
        <translation>Забележано</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Не е забележано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>Example for {code}</source>
        <translation>Пример за {code}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Забелешка (незадолжително)</translation>
    </message>
    <message>
        <source>A concrete example: what exactly was seen or heard (required)</source>
        <translation>Конкретен пример: што точно е видено или слушнато (задолжително)</translation>
    </message>
    <message>
        <source>Date of the example for {code}</source>
        <translation>Датум на примерот за {code}</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Пример:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Датум:</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Reason for access</source>
        <translation>Причина за пристап</translation>
    </message>
    <message>
        <source>Opening a prisoner&apos;s file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
        <translation>Отворањето досие на осудено лице се запишува во дневникот на ревизија. Наведете зошто ви е потребно; причината се памти додека не се одјавите или додека екранот не се заклучи.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Изберете причина</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Детали</translation>
    </message>
    <message>
        <source>e.g. weekly wing review</source>
        <translation>на пр. неделен преглед на крилото</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Дета&amp;ли:</translation>
    </message>
    <message>
        <source>Choose the reason for access from the list.</source>
        <translation>Изберете причина за пристап од листата.</translation>
    </message>
</context>
<context>
    <name>LinkedFilesPanel</name>
    <message>
        <source>Show files that may be one &amp;person</source>
        <translation>Прикажи досиеја што можат да бидат едно &amp;лице</translation>
    </message>
    <message>
        <source>&amp;Same person…</source>
        <translation>&amp;Исто лице…</translation>
    </message>
    <message>
        <source>&amp;Not the same…</source>
        <translation>&amp;Не е исто…</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Прво досие</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Второ досие</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година на раѓање</translation>
    </message>
    <message>
        <source>Files that may be one person</source>
        <translation>Досиеја што можат да бидат едно лице</translation>
    </message>
    <message>
        <source>Decisions made:</source>
        <translation>Донесени одлуки:</translation>
    </message>
    <message>
        <source>&amp;Undo decision…</source>
        <translation>&amp;Поништи одлука…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Досиеја</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кој</translation>
    </message>
    <message>
        <source>Decisions about files of one person</source>
        <translation>Одлуки за досиеја на едно лице</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>исто лице</translation>
    </message>
    <message>
        <source>not same</source>
        <translation>не е исто</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(поништено)</translation>
    </message>
    <message>
        <source>{n} pair(s) to decide.</source>
        <translation>Парови за одлучување: {n}.</translation>
    </message>
    <message>
        <source>No files left to decide.</source>
        <translation>Нема повеќе досиеја за одлучување.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Причина (се чува во дневникот на ревизија):</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Исто лице</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Не е исто лице</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Одлуката е запишана.</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Поништи ја одлуката</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Одлуката е поништена.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The application is locked</source>
        <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
        <translation>Апликацијата е заклучена</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Порака</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Отклучи</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Отклучи</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Промени &amp;корисник…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Промени корисник</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Излез</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>Locked by {name} ({user}). Enter the password to unlock.</source>
        <translation>Заклучено од {name} ({user}). Внесете ја лозинката за отклучување.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунда.</numerusform>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунди.</numerusform>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message>
        <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Отстранувањето на сметката {user}, претходно прекинато, сега е завршено: нејзината лозинка веќе не ја отвора базата на податоци.</translation>
    </message>
    <message>
        <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Оневозможувањето на сметката {user}, претходно прекинато, сега е завршено: нејзината лозинка веќе не ја отвора базата на податоци.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>Избришани резервни копии направени под постар клуч (можеа да се отворат со отстранета лозинка): %n.</numerusform>
            <numerusform>Избришани резервни копии направени под постар клуч (можеа да се отворат со отстранета лозинка): %n.</numerusform>
            <numerusform>Избришани резервни копии направени под постар клуч (можеа да се отворат со отстранета лозинка): %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
        <translation>Прекинатото отстранување или оневозможување на сметка сè уште не можеше да се заврши. Подоцна повторно најавете се како администратор; дотогаш стартувајте „radprev doctor“ за детали.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Предупредување: на крајот од дневникот на ревизија недостасуваат записи (%n) — дневникот е скратен или базата на податоци е заменета со постара копија. Тоа е запишано во дневникот; известете ги администраторот и ревизорот.</numerusform>
            <numerusform>Предупредување: на крајот од дневникот на ревизија недостасуваат записи (%n) — дневникот е скратен или базата на податоци е заменета со постара копија. Тоа е запишано во дневникот; известете ги администраторот и ревизорот.</numerusform>
            <numerusform>Предупредување: на крајот од дневникот на ревизија недостасуваат записи (%n) — дневникот е скратен или базата на податоци е заменета со постара копија. Тоа е запишано во дневникот; известете ги администраторот и ревизорот.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Предупредување: датотеката vault.anchor, која го штити дневникот на ревизија од скратување, недостасува, оштетена е или е постара копија. Дневникот можеше да се провери само до претходен запис. Тоа е запишано во дневникот; известете ги администраторот и ревизорот.</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Предупредување: дневникот на ревизија е изменет по запишувањето (еден запис не е оној што бил запишан). Тоа е запишано во дневникот; известете ги администраторот и ревизорот.</translation>
    </message>
    <message>
        <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
        <translation>Базата на податоци е ажурирана за оваа верзија на програмата. Резервна копија од пред ажурирањето е зачувана во {folder}.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>radprev — log in</source>
        <translation>radprev — најава</translation>
    </message>
    <message>
        <source>Observation log — log in</source>
        <translation>Дневник на набљудувања — најава</translation>
    </message>
    <message>
        <source>An observation log, not a risk assessment.</source>
        <translation>Дневник на набљудувања, а не проценка на ризик.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <source>Demo accounts (throw-away demo database only)</source>
        <translation>Демо сметки (само за привремена демо база)</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Демо сметки</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Лозинка</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Улоги</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an account to fill it in.</source>
        <translation>Кликнете двапати или притиснете Enter на сметката за да се пополни.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Порака</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Најави се</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Најави се</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Заборавена лозинка…</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery code</source>
        <translation>Заборавена лозинка: употребете го кодот за враќање</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Врати од резервна копија…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Врати од резервна копија</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Лозинка:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <source>&amp;Back to the real database</source>
        <translation>Назад кон вис&amp;тинската база на податоци</translation>
    </message>
    <message>
        <source>Prac&amp;tise…</source>
        <translation>Ве&amp;жбај…</translation>
    </message>
    <message>
        <source>Back to the real database</source>
        <translation>Назад кон вистинската база на податоци</translation>
    </message>
    <message>
        <source>Practise on training scenarios (training database)</source>
        <translation>Вежбање на сценарија за обука (база за обука)</translation>
    </message>
    <message>
        <source>An administrator can restore the encrypted database from a backup.</source>
        <translation>Администраторот може да ја врати шифрираната база на податоци од резервна копија.</translation>
    </message>
    <message numerus="yes">
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>Шифрираната база на податоци е вратена од резервната копија. Во нејзиниот дневник на ревизија недостасуваат записи што базата ги имаше: %n; враќањето е запишано со тој број. Најавете се.</numerusform>
            <numerusform>Шифрираната база на податоци е вратена од резервната копија. Во нејзиниот дневник на ревизија недостасуваат записи што базата ги имаше: %n; враќањето е запишано со тој број. Најавете се.</numerusform>
            <numerusform>Шифрираната база на податоци е вратена од резервната копија. Во нејзиниот дневник на ревизија недостасуваат записи што базата ги имаше: %n; враќањето е запишано со тој број. Најавете се.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encrypted database was restored from the backup. Log in.</source>
        <translation>Шифрираната база на податоци е вратена од резервната копија. Најавете се.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Внесете корисничко име и лозинка.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Проверка на лозинката…</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Мора да изберете нова лозинка пред да продолжите.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Сега може повторно да се обидете.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунда.</numerusform>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунди.</numerusform>
            <numerusform>Премногу неуспешни обиди. Може повторно да се обидете за %n секунди.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Почетна</translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation>Осудени лица</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пребарување</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Редица за преглед</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Извештаи</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Администрација</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Дневник на ревизија</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
    <message>
        <source>Prisoner&apos;s file</source>
        <translation>Досие на осудено лице</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Набљудување</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Контролна листа</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Навигација</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Известување</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Затвори го известувањето</translation>
    </message>
    <message>
        <source>Your draft was kept.</source>
        <translation>Вашиот нацрт е зачуван.</translation>
    </message>
    <message>
        <source>Your role does not record observations.</source>
        <translation>Вашата улога не бележи набљудувања.</translation>
    </message>
    <message>
        <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
        <translation>Екранот се заклучува за {seconds} секунди. Поместете го глушецот или притиснете копче за да останете; вашиот нацрт се чува во секој случај.</translation>
    </message>
    <message>
        <source>Locking when the running task ends.</source>
        <translation>Заклучување кога ќе заврши задачата во тек.</translation>
    </message>
    <message>
        <source>What you had not yet saved in a prisoner&apos;s file is kept until you open that file again.</source>
        <translation>Она што сè уште не сте го зачувале во досието на осудено лице се чува додека повторно не го отворите тоа досие.</translation>
    </message>
    <message>
        <source>What you had not yet saved is back on screen.</source>
        <translation>Она што сè уште не сте го зачувале повторно е на екранот.</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Мора да изберете нова лозинка пред да продолжите.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>Неуспешни обиди за најава од вашата последна најава: %n. Ако тоа не бевте вие, известете го администраторот.</numerusform>
            <numerusform>Неуспешни обиди за најава од вашата последна најава: %n. Ако тоа не бевте вие, известете го администраторот.</numerusform>
            <numerusform>Неуспешни обиди за најава од вашата последна најава: %n. Ако тоа не бевте вие, известете го администраторот.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Вашата лозинка е променета.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незачувани измени</translation>
    </message>
    <message>
        <source>Some changes are not saved. Close anyway and lose them?</source>
        <translation>Некои измени не се зачувани. Сепак да се затвори и да се изгубат?</translation>
    </message>
    <message>
        <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
        <translation>Исправка или одговор што сè уште не сте ги зачувале се чуваат само во меморијата (не можеа да се зачуваат како нацрт). Сепак да се затвори и да се изгубат?</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Почекајте</translation>
    </message>
    <message>
        <source>A task is still running. Close the window when it has finished.</source>
        <translation>Задачата сè уште е во тек. Затворете го прозорецот кога ќе заврши.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Д&amp;атотека</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Ново набљудување</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Пребарување…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заклучи</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Промени ја &amp;лозинката…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Промени &amp;корисник…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Излез</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Од&amp;и</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Помо&amp;ш</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Упатство</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>За &amp;програмата</translation>
    </message>
    <message>
        <source>{name} — {roles} — {code}</source>
        <translation>{name} — {roles} — {code}</translation>
    </message>
    <message>
        <source>User: {name} ({user})
Role: {roles}
Establishment: {code}
Workstation: {id}</source>
        <translation>Корисник: {name} ({user})
Улога: {roles}
Установа: {code}
Работна станица: {id}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заклучено</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Се заклучува за %n мин</numerusform>
            <numerusform>Се заклучува за %n мин</numerusform>
            <numerusform>Се заклучува за %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in {sec} s</source>
        <translation>Се заклучува за {sec} с</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>централа</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>работна станица</translation>
    </message>
    <message>
        <source>radprev — observation log — {code} ({mode})</source>
        <translation>radprev — дневник на набљудувања — {code} ({mode})</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where will this computer be used?</source>
        <translation>Каде ќе се користи овој компјутер?</translation>
    </message>
    <message>
        <source>The choice cannot be changed later.</source>
        <translation>Изборот не може подоцна да се промени.</translation>
    </message>
    <message>
        <source>&amp;Workstation in an establishment</source>
        <translation>&amp;Работна станица во установа</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Работна станица</translation>
    </message>
    <message>
        <source>&amp;Central office (imports packages from workstations)</source>
        <translation>&amp;Централа (увезува пакети од работните станици)</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Централа</translation>
    </message>
    <message>
        <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts&apos; computer.</source>
        <translation>Службените лица, претпоставените и ревизорите работат на работна станица; нејзините записи стигнуваат во централата како шифрирани датотеки на USB-меморија. Централа изберете само за компјутерот на аналитичарите.</translation>
    </message>
</context>
<context>
    <name>ObservationEditorPage</name>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Вашата должност во тоа време</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;assessment (required) — why it may matter. What was this person&apos;s usual behaviour before?</source>
        <translation>Проце&amp;нка на службеното лице (задолжително) — зошто може да е важно. Какво беше порано вообичаеното однесување на ова лице?</translation>
    </message>
    <message>
        <source>Usual behaviour before: …
Why it may matter: …</source>
        <translation>Вообичаено однесување порано: …
Зошто може да е важно: …</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Проценка на службеното лице</translation>
    </message>
    <message>
        <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
        <translation>Разгледани други објаснувања (задолжително) — долг, судир, група, болест или ментално здравје, &amp;чувство на неправда, лоши вести од дома, верско практикување или празник…</translation>
    </message>
    <message>
        <source>What else could explain it?</source>
        <translation>Што друго би можело да го објасни тоа?</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Разгледани други објаснувања</translation>
    </message>
    <message>
        <source>None identified after considering them</source>
        <translation>Ниедно не е утврдено по разгледувањето</translation>
    </message>
    <message>
        <source>No other explanation identified</source>
        <translation>Не е утврдено друго објаснување</translation>
    </message>
    <message>
        <source>How you know it and grading</source>
        <translation>Како знаете и оценка</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Степен на тајност:</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Други вклучени лица</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Преземено или препорачано дејство</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Изјава на осуденото лице</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина за исправката</translation>
    </message>
    <message>
        <source>Status: {status}, version {version}</source>
        <translation>Статус: {status}, верзија {version}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Пораки</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
        <translation>Пријавете веднаш лично или по телефон — не чекајте извоз. Веднаш известете го дежурниот раководител / службата за обезбедување, потоа завршете го овој запис.</translation>
    </message>
    <message>
        <source>Escalate now</source>
        <translation>Пријавете веднаш</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Кога и каде</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Кога:</translation>
    </message>
    <message>
        <source>When did it happen</source>
        <translation>Кога се случило</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <source>e.g. wing A landing, yard, visits hall</source>
        <translation>на пр. ходник на крило A, шеталиште, сала за посети</translation>
    </message>
    <message>
        <source>Your d&amp;uty:</source>
        <translation>Ваша дол&amp;жност:</translation>
    </message>
    <message>
        <source>e.g. landing officer, visits</source>
        <translation>на пр. дежурство на ходник, посети</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Што е видено или слушнато (факти)</translation>
    </message>
    <message>
        <source>What was &amp;seen or heard — who, what, where, how. Put a person&apos;s exact words in &quot;quotation marks&quot;.</source>
        <translation>Што е &amp;видено или слушнато — кој, што, каде, како. Точните зборови на некое лице ставете ги во „наводници“.</translation>
    </message>
    <message>
        <source>Describe only what you saw or heard yourself or were told.</source>
        <translation>Опишете само она што лично го видовте или слушнавте или што ви беше кажано.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Што е видено или слушнато</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (your opinion)</source>
        <translation>Проценка на службеното лице (вашето мислење)</translation>
    </message>
    <message>
        <source>Question about wording</source>
        <translation>Прашање за формулацијата</translation>
    </message>
    <message>
        <source>How do you &amp;know it:</source>
        <translation>Како го &amp;знаете тоа:</translation>
    </message>
    <message>
        <source>How do you know it</source>
        <translation>Како го знаете тоа</translation>
    </message>
    <message>
        <source>Who told you (restricted):</source>
        <translation>Кој ви кажа (ограничен пристап):</translation>
    </message>
    <message>
        <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
        <translation>Никогаш не се печати во прегледите. Оставете празно ако лично сте виделе.</translation>
    </message>
    <message>
        <source>Who told you (restricted)</source>
        <translation>Кој ви кажа (ограничен пристап)</translation>
    </message>
    <message>
        <source>The grade is proposed from how you know it; change it if it does not fit.</source>
        <translation>Оценката се предлага според тоа како знаете; променете ја ако не одговара.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Итност</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Итн&amp;ост:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Степен на тајност</translation>
    </message>
    <message>
        <source>Indicators from the checklist (optional)</source>
        <translation>Показатели од контролната листа (незадолжително)</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Не се показатели</translation>
    </message>
    <message>
        <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
        <translation>Показатели: со &amp;стрелките се движите, со празното место означувате, или внесете ознака или збор за да го најдете. Секој означен показател бара реченица доказ.</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Забележани заштитни фактори</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write &apos;none observed&apos; if you saw none.</source>
        <translation>Заштитни &amp;фактори — по еден во ред (контакт со семејството, работа, образование, добри односи со персоналот…). Напишете „ниеден не е забележан“ ако не сте забележале ниеден.</translation>
    </message>
    <message>
        <source>none observed</source>
        <translation>ниеден не е забележан</translation>
    </message>
    <message>
        <source>Action and the prisoner&apos;s own account</source>
        <translation>Дејство и изјава на осуденото лице</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>Презем&amp;ено дејство:</translation>
    </message>
    <message>
        <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
        <translation>на пр. известена службата за обезбедување, побаран претрес на ќелијата, разговор со осуденото лице</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own accoun&amp;t:</source>
        <translation>Изјава на осуденото &amp;лице:</translation>
    </message>
    <message>
        <source>If you spoke with the prisoner: what did they say about it?</source>
        <translation>Ако разговаравте со осуденото лице: што рече за тоа?</translation>
    </message>
    <message>
        <source>Why is it corrected? (required)</source>
        <translation>Зошто се исправа? (задолжително)</translation>
    </message>
    <message>
        <source>&amp;Justification of the correction:</source>
        <translation>О&amp;бразложение на исправката:</translation>
    </message>
    <message>
        <source>Prisoner:</source>
        <translation>Осудено лице:</translation>
    </message>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Најдете го осуденото лице по име или матичен број</translation>
    </message>
    <message>
        <source>name or prison number, then Enter</source>
        <translation>име или матичен број, потоа Enter</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Соодветни осудени лица</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Ниедно осудено лице не одговара на „{text}“.</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Зачувај нацрт (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit (Ctrl+Enter)</source>
        <translation>&amp;Поднеси (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ame&amp;nd…</source>
        <translation>Ис&amp;прави…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Напишете исправена верзија со причина; оригиналот останува во историјата.</translation>
    </message>
    <message>
        <source>C&amp;lose (Esc)</source>
        <translation>За&amp;твори (Esc)</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export.</source>
        <translation>Пријавете веднаш лично или по телефон — не чекајте извоз.</translation>
    </message>
    <message>
        <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person&apos;s exact words), keep it.</source>
        <translation>Напишавте: {words}. Дали ова е потребно за опис на однесувањето? Ако е (на пример точните зборови на лицето), задржете го.</translation>
    </message>
    <message>
        <source>Su&amp;bmit correction (Ctrl+Enter)</source>
        <translation>&amp;Поднеси исправка (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation — choose the prisoner</source>
        <translation>Ново набљудување — изберете осудено лице</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Ова НЕ се показатели и никогаш не смеат да се означат како такви:</translation>
    </message>
    <message>
        <source>New observation — {name} ({number})</source>
        <translation>Ново набљудување — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Сè уште не е зачувано.</translation>
    </message>
    <message>
        <source>Draft observation — {name} ({number})</source>
        <translation>Нацрт на набљудување — {name} ({number})</translation>
    </message>
    <message>
        <source>Correction of an observation — {name} ({number})</source>
        <translation>Исправка на набљудување — {name} ({number})</translation>
    </message>
    <message>
        <source>Observation (sealed) — {name} ({number})</source>
        <translation>Набљудување (запечатено) — {name} ({number})</translation>
    </message>
    <message>
        <source>sealed: it can only be corrected with a reason (Amend).</source>
        <translation>запечатено: може само да се исправи со причина (Исправи).</translation>
    </message>
    <message>
        <source>returned by {who}: {comment}</source>
        <translation>вратено од {who}: {comment}</translation>
    </message>
    <message>
        <source>Kept as an unfinished draft.</source>
        <translation>Зачувано како недовршен нацрт.</translation>
    </message>
    <message>
        <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
        <translation>Вашата исправка беше задржана додека екранот беше заклучен; сè уште не е поднесена.</translation>
    </message>
    <message>
        <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
        <translation>Она што го внесовте беше задржано додека екранот беше заклучен; сè уште не е зачувано.</translation>
    </message>
    <message>
        <source>Draft saved automatically at {time}.</source>
        <translation>Нацртот е автоматски зачуван во {time}.</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Нацртот е зачуван во {time}.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Нацртот е зачуван.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>{heading}

Urgency: {urgency}
Indicators: {indicators}

Once submitted it is sealed: it can only be corrected with a reason.</source>
        <translation>{heading}

Итност: {urgency}
Показатели: {indicators}

Штом ќе се поднесе, запечатено е: може само да се исправи со причина.</translation>
    </message>
    <message>
        <source>Submit and seal?</source>
        <translation>Да се поднесе и запечати?</translation>
    </message>
    <message>
        <source>Submit and seal</source>
        <translation>Поднеси и запечати</translation>
    </message>
    <message>
        <source>Not submitted: change the wording, then submit.</source>
        <translation>Не е поднесено: променете ја формулацијата, па поднесете.</translation>
    </message>
    <message>
        <source>Submitted for review (version {version}).</source>
        <translation>Поднесено за преглед (верзија {version}).</translation>
    </message>
    <message>
        <source>Observation submitted. Escalate now in person or by phone.</source>
        <translation>Набљудувањето е поднесено. Пријавете веднаш лично или по телефон.</translation>
    </message>
    <message>
        <source>Observation submitted for review.</source>
        <translation>Набљудувањето е поднесено за преглед.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Незачувани измени</translation>
    </message>
    <message>
        <source>The correction is not submitted yet. Discard it?</source>
        <translation>Исправката сè уште не е поднесена. Да се отфрли?</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft?</source>
        <translation>Да се зачува внесеното како нацрт?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Зачувај како нацрт</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The guide&apos;s section for this page (Help → Guide, F1).</extracomment>
        <translation>Незачувани измени</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
        <translation>Дел од внесеното не може да се зачува како нацрт (исправка што сè уште не е поднесена или одговор сè уште без пример). Да се отфрли?</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password</source>
        <translation>Нова лозинка</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Повторно новата лозинка</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>Проверка на лозинката</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Прикажи ги лозинките</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Нова лозинка:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторете ја:</translation>
    </message>
    <message>
        <source>Type the new password, at least 10 characters.</source>
        <translation>Внесете нова лозинка, најмалку 10 знаци.</translation>
    </message>
    <message>
        <source>Type the password a second time.</source>
        <translation>Внесете ја лозинката уште еднаш.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Двете лозинки не се исти.</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>Лозинката е прифатлива.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No report generated yet.</source>
        <translation>Сè уште не е создаден ниеден извештај.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Намали</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Зголеми</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Прилагоди на ширината</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чати…</translation>
    </message>
    <message>
        <source>Save as PDF (unencrypted)…</source>
        <translation>Зачувај како PDF (нешифрирано)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Преглед на извештајот</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страници</numerusform>
            <numerusform>%n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Печатење на извештајот</translation>
    </message>
    <message>
        <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use &quot;Save as PDF (unencrypted)…&quot; where the report offers it.</source>
        <translation>Печатење во датотека не е понудено: датотеката не би била шифрирана, а нејзината копија не би била забележана. Изберете печатач или користете „Зачувај како PDF (нешифрирано)…“ каде што извештајот го нуди.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Category of the person</source>
        <translation>Категорија на лицето</translation>
    </message>
    <message>
        <source>e.g. cellmate, visitor (wife), prison number</source>
        <translation>на пр. цимер, посетител (сопруга), матичен број</translation>
    </message>
    <message>
        <source>Who (description)</source>
        <translation>Кој (опис)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Додај лице</translation>
    </message>
    <message>
        <source>People involved (Delete removes)</source>
        <translation>Вклучени лица (Delete отстранува)</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Кате&amp;горија:</translation>
    </message>
</context>
<context>
    <name>PrisonerDetailsTab</name>
    <message>
        <source>Find a prisoner to record or decide the person&apos;s rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
        <translation>Најдете го осуденото лице за да го запишете или решите неговото барање за исправка или оспорување на неговите податоци, или за да ги исправите податоците. Набљудувањата не се прикажуваат тука.</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Наведете при&amp;чина за пристап…</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Најди осудено лице по име или матичен број</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>име или матичен број</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Најди:</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Пре&amp;барај</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>О&amp;твори ги податоците</translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation>Пронајдени осудени лица</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничување</translation>
    </message>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Бара&amp;ња и оспорувања…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes on the details.</source>
        <translation>Барањата на осуденото лице за исправка на податоците и оспорувањата на податоците.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Изм&amp;ени ги податоците…</translation>
    </message>
    <message>
        <source>Changes to details, requests and disputes</source>
        <translation>Измени на податоците, барања и оспорувања</translation>
    </message>
    <message>
        <source>Prisoners found: {count}</source>
        <translation>Пронајдени осудени лица: {count}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>ограничено</translation>
    </message>
    <message>
        <source>Details of {name} ({number}).</source>
        <translation>Податоци: {name} ({number}).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Папка</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Избери сè</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Чекор &amp;нагоре</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Чекор на&amp;долу</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Управување со задачата</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Закажано печатење:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Печати веднаш</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Задржи до понатаму</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ден (06:00 до 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ноќ (18:00 до 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Втора смена (16:00 до 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Трета смена (00:00 до 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Викенд (од сабота до недела)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Одредено време</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Податоци за &amp;наплата:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>П&amp;риоритет на задачата:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Насловни страници</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Почеток:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Крај:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Нема</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Стандардна</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Некласифицирано</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Доверливо</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Класифицирано</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Тајно</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Строго доверливо</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>What Qt&apos;s own (non-native) file dialog shows: labels, buttons, tool tips, the list&apos;s columns and context menu, the overwrite question.</extracomment>
        <translation>&amp;Барај во:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Име на датотека:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Датотеки од &amp;тип:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Отвори</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зачувај</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Избери</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Напред</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Надредена папка</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создај нова папка</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Приказ во список</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Детален приказ</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Преименувај</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Избриши</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Прикажи &amp;скриени датотеки</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Нова папка</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Нова папка</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Сите датотеки (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 веќе постои.
Дали сакате да ја замените?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <extracomment>The file dialog&apos;s rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column&apos;s words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
        <translation>%1
Папката не е пронајдена.
Проверете дали името на папката е точно.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Датотеката не е пронајдена.
Проверете дали името на датотеката е точно.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; е заштитено од запишување.
Дали сепак сакате да го избришете?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Дали сте сигурни дека сакате да го избришете &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Папката не може да се избрише.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Оди назад</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Оди напред</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Оди во надредената папка</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создај нова папка</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Премини на приказ во список</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Премини на детален приказ</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Список на места и обележувачи</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Странична лента</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Неодамнешни места</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Датотеки</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Отстрани</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Најди папка</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Зачувај како</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Големина</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Датум на измена</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компјутер</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Мој компјутер</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ис&amp;ечи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Прикажи детали...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скриј детали...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>PDF document</source>
        <translation>PDF документ</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation>обичен текстуален документ</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Хартија</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Големина на страницата:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Висина:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Извор на хартија:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Прилагодено</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ориентација</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Вертикално</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Хоризонтално</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Хоризонтално, обратно</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Вертикално, обратно</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Маргини</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>горна маргина</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>долна маргина</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>лева маргина</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>десна маргина</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Милиметри (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Инчи (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Точки (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Распоред на страниците</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Редослед на страниците:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страници по &amp;лист:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Прилагодена</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Прилагодена (%1mm × %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Прилагодена (%1pt × %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Прилагодена (%1in × %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Прилагодена (%1pc × %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Прилагодена (%1DD × %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Прилагодена (%1CC × %2CC)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Дописница</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Двојна дописница</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Плико B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Плико B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Плико B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Плико C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Плико C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Плико C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Плико C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Плико C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Плико C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Плико C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Плико C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Плико C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Плико Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Плико Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Плико DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Плико Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Плико Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Плико Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Плико Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Плико Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Плико PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Плико PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Плико PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Плико PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Плико PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Плико PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Плико PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Плико PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Плико PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Плико PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Плико Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Плико US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Плико US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Плико US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Плико US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Плико US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Плико You 4</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Во ред</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зачувај</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Зачувај сè</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Отвори</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да за &amp;сè</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Не</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;е за сè</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прекини</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Обиди се повторно</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Занемари</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Затвори</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отфрли</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Помош</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Примени</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Ресетирај</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Врати стандардни</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <extracomment>Qt&apos;s own print dialog (Linux; Windows and macOS show the system&apos;s): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
        <translation>Печатење</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печати</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Опции &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Опции &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печати во датотека (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Печати во датотека…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локална датотека</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Запиши PDF датотека</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Сите страници</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Непарни страници</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Парни страници</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Автоматски</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Од лево кон десно, од горе надолу</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Од лево кон десно, од долу нагоре</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Од десно кон лево, од долу нагоре</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Од десно кон лево, од горе надолу</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Од долу нагоре, од лево кон десно</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Од долу нагоре, од десно кон лево</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Од горе надолу, од лево кон десно</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Од горе надолу, од десно кон лево</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 веќе постои.
Дали сакате да ја замените?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 е папка.
Изберете друго име на датотека.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Во датотеката %1 не може да се запишува.
Изберете друго име на датотека.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Неисправно зададени страници</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 не е правилно зададено. Страниците и опсезите одделете ги со запирка &apos;,&apos;, опсегот означете го со цртичка &apos;-&apos; и внимавајте опсезите да не се преклопуваат.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Опциите &apos;Страници по лист&apos; и &apos;Збир страници&apos; не може да се користат заедно.
Исклучете една од нив.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Конфликт во поставките за двострано печатење</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Поставките за двострано печатење се во конфликт. Дали сакате да ги поправите?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Својства на печатачот</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Опции на задачата</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Конфликт во поставките на страницата</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Поставките на страницата се во конфликт. Дали сакате да ги поправите?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Конфликт во напредните опции</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Некои напредни опции се во конфликт. Дали сакате да ги поправите?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Напредно</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Некои опции се во конфликт. Поправете ги.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Примероци</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Број на примероци:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Подреди по примероци</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратен редослед</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Опции</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Поставки за печатење</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Опсег на печатење</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Печати сè</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Страници од</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страници</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Тековна страница</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Избор</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Збир страници:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Наведете страници или опсези одделени со запирки. Опсегот се задава со два броја одделени со цртичка. На пр. 3,5-7,9 ги печати страниците 3, 5, 6, 7 и 9.</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Режим на бои</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Во боја</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Нијанси на сиво</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двострано печатење</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Исклучено</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Врзување по долгата страна</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Врзување по кратката страна</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Печатач</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>С&amp;војства</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Локација:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Излезна &amp;датотека:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Врати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повтори</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ис&amp;ечи</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копирај</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Копирај ја &amp;адресата на врската</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Залепи</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Избриши</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Избери сè</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The buttons QWizard makes itself (the first-run wizard, classic style).</extracomment>
        <translation>&lt; На&amp;зад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Следно &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Помош</translation>
    </message>
</context>
<context>
    <name>ReasonButton</name>
    <message>
        <source>Every consultation of prisoners&apos; data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
        <translation>Секој увид во податоците на осудените лица се бележи во дневникот на ревизија со оваа причина. Кликнете за да ја промените кога ќе започнете друга задача.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Не е наведена причина</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonGate</name>
    <message>
        <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
        <translation>Имињата се прикажуваат откако ќе наведете зошто ви се потребни (причината за пристап се запишува во дневникот на ревизија).</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Наведете &amp;причина за пристап…</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <source>Change the classification</source>
        <translation>Промена на степенот на тајност</translation>
    </message>
    <message>
        <source>Observation of {when}, version {version}</source>
        <translation>Набљудување од {when}, верзија {version}</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Промени</translation>
    </message>
    <message>
        <source>Current classification:</source>
        <translation>Сегашен степен на тајност:</translation>
    </message>
    <message>
        <source>&amp;New classification:</source>
        <translation>&amp;Нов степен на тајност:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>Пр&amp;ичина (се чува во дневникот за ревизија):</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Најдете го осуденото лице по име или матичен број</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>име или матичен број</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Соодветни осудени лица</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Набљудување</translation>
    </message>
    <message>
        <source>No names are shown without a reason for access.</source>
        <translation>Без причина за пристап имињата не се прикажуваат.</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Ниедно осудено лице не одговара на „{text}“.</translation>
    </message>
    <message>
        <source>Chosen: {who}</source>
        <translation>Избрано: {who}</translation>
    </message>
    <message>
        <source>No observations are shown without a reason for access.</source>
        <translation>Без причина за пристап не се прикажуваат набљудувања.</translation>
    </message>
    <message>
        <source>This prisoner has no observation yet.</source>
        <translation>За ова осудено лице сè уште нема набљудување.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password — recovery code</source>
        <translation>Заборавена лозинка — код за враќање</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
        <translation>Внесете го кодот за враќање од листот што се чува во сефот, името на сметката и нова лозинка. Употребата на кодот за враќање се запишува во дневникот на ревизија.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за враќање</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Код за &amp;враќање:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Постави нова лозинка</translation>
    </message>
    <message>
        <source>Type the recovery code and the username.</source>
        <translation>Внесете го кодот за враќање и корисничкото име.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Лозинката е поставена</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Новата лозинка е поставена. Најавете се со неа.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Код за враќање</translation>
    </message>
    <message>
        <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
        <translation>Овој код се прикажува само сега. Со него може да се постави нова лозинка кога ќе се изгубат сите администраторски лозинки.</translation>
    </message>
    <message>
        <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment&apos;s safe. Do not store it on this computer.</source>
        <translation>Запишете го или испечатете го листот за враќање, запечатете го во плик и чувајте го во сефот на установата. Не го чувајте на овој компјутер.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Печати го листот за враќање…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Печатење на листот за враќање</translation>
    </message>
    <message>
        <source>I have written down / printed it and stored it safely</source>
        <translation>Го запишав / испечатив и го ставив на безбедно место</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>Кодот за враќање е безбедно зачуван</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer to a programme</source>
        <translation>Упати на програма</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Осудено лице: {name}</translation>
    </message>
    <message>
        <source>What was seen or heard that led to the referral</source>
        <translation>Што е видено или слушнато и доведе до упатувањето</translation>
    </message>
    <message>
        <source>Why the programme may help (optional)</source>
        <translation>Зошто програмата може да помогне (незадолжително)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Програма:</translation>
    </message>
    <message>
        <source>&amp;Date of referral:</source>
        <translation>&amp;Датум на упатување:</translation>
    </message>
    <message>
        <source>Reason — &amp;facts:</source>
        <translation>Причина — &amp;факти:</translation>
    </message>
    <message>
        <source>Reason — your &amp;assessment:</source>
        <translation>Причина — ваша п&amp;роценка:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Упати</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Record a step of the referral</source>
        <translation>Запишување чекор на упатувањето</translation>
    </message>
    <message>
        <source>{programme} — now: {status}</source>
        <translation>{programme} — сега: {status}</translation>
    </message>
    <message>
        <source>No change of status (outcome only)</source>
        <translation>Без промена на статусот (само исход)</translation>
    </message>
    <message>
        <source>What came of it, in words (never a score)</source>
        <translation>Што произлезе од тоа, со зборови (никогаш бодови)</translation>
    </message>
    <message>
        <source>&amp;Status reached:</source>
        <translation>Постигнат &amp;статус:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Датум:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Белешка:</translation>
    </message>
    <message>
        <source>&amp;Outcome notes:</source>
        <translation>Белешки за &amp;исходот:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Refer to a &amp;programme…</source>
        <translation>Упати на про&amp;грама…</translation>
    </message>
    <message>
        <source>Record a ste&amp;p…</source>
        <translation>Запиши &amp;чекор…</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Упатувања на програми</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Избрано упатување</translation>
    </message>
    <message>
        <source>{day} — {programme}: {status}</source>
        <translation>{day} — {programme}: {status}</translation>
    </message>
    <message>
        <source>[from {est}, read-only]</source>
        <translation>[од {est}, само за читање]</translation>
    </message>
    <message>
        <source>Referred on {day} by {who} at {est}</source>
        <translation>Упатено на {day} од {who} во {est}</translation>
    </message>
    <message>
        <source>Made at {est}; it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Направено во {est}; пристигна со досието на осуденото лице и овде е само за читање.</translation>
    </message>
    <message>
        <source>Reason — facts</source>
        <translation>Причина — факти</translation>
    </message>
    <message>
        <source>Reason — assessment</source>
        <translation>Причина — проценка</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Чекори</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>Default</source>
        <translation>Стандарден</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Стандарден ({language})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Observation record</source>
        <translation>Запис на набљудување</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Преглед на одделение за период</translation>
    </message>
    <message>
        <source>Blank checklist (paper form)</source>
        <translation>Празна контролна листа (хартиен образец)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Лист за запишување на работната станица</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Извештај за пристап за лицето на кое се однесуваат податоците</translation>
    </message>
    <message>
        <source>Establishment report (central office)</source>
        <translation>Извештај за установата (централа)</translation>
    </message>
    <message>
        <source>National overview (central office)</source>
        <translation>Национален преглед (централа)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Извештај</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>Извеш&amp;тај:</translation>
    </message>
    <message>
        <source>Pri&amp;soner:</source>
        <translation>&amp;Осудено лице:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>О&amp;дделение:</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation>У&amp;станова:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Прв ден</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последен ден</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон на контролна листа</translation>
    </message>
    <message>
        <source>From a f&amp;ile…</source>
        <translation>Од датот&amp;ека…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Ша&amp;блон:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за враќање</translation>
    </message>
    <message>
        <source>Rec&amp;overy code:</source>
        <translation>Код за &amp;враќање:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Јазик на извештајот</translation>
    </message>
    <message>
        <source>Prisoner summary</source>
        <translation>Преглед за осуденото лице</translation>
    </message>
    <message>
        <source>Recovery sheet (administrator&apos;s password)</source>
        <translation>Лист за враќање (лозинка на администраторот)</translation>
    </message>
    <message>
        <source>Central office certificate check code</source>
        <translation>Контролен код на сертификатот на централата</translation>
    </message>
    <message>
        <source>Central office&apos;s check code (optio&amp;nal):</source>
        <translation>Контролен код на централата (&amp;незадолжително):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Јазик:</translation>
    </message>
    <message>
        <source>Why and for whom (recorded in the audit log)</source>
        <translation>Зошто и за кого (се запишува во дневникот на ревизија)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation>Детали за причината</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Примач</translation>
    </message>
    <message>
        <source>e.g. security department, case conference</source>
        <translation>на пр. служба за обезбедување, стручен тим</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>П&amp;ричина:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Дета&amp;ли:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>При&amp;мач:</translation>
    </message>
    <message>
        <source>Generate and pre&amp;view</source>
        <translation>Создај и пре&amp;гледај</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Сите одделенија</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (активен)</translation>
    </message>
    <message>
        <source>Checklist template file</source>
        <translation>Датотека со шаблон на контролна листа</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Шаблони (*.json)</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Изберете извештај.</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Изберете го осуденото лице: внесете име или матичен број и изберете од листата.</translation>
    </message>
    <message>
        <source>Choose the observation from the list.</source>
        <translation>Изберете го набљудувањето од листата.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Се создава извештајот…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n страница</numerusform>
            <numerusform>%1 — %n страници</numerusform>
            <numerusform>%1 — %n страници</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Извештајот е испратен до печатачот.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Да се зачува нешифриран PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
        <translation>PDF-датотеката НЕМА да биде шифрирана: секој што може да ја отвори папката може да ја прочита. Зачувајте ја само таму каде што дозволуваат вашите упатства и избришете ја кога веќе не е потребна. Зачувувањето се запишува во дневникот на ревизија.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Зачувување на извештајот како PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Зачувано %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable {user} with a new password</source>
        <translation>Овозможување на {user} со нова лозинка</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Ресетирање на лозинката на {user}</translation>
    </message>
    <message>
        <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
        <translation>Двапати внесете привремена лозинка. {user} мора да избере нова при следната најава.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Ресетирај лозинка</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the encrypted database from a backup</source>
        <translation>Враќање на шифрираната база на податоци од резервна копија</translation>
    </message>
    <message>
        <source>Choose a backup. An administrator&apos;s username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
        <translation>Изберете резервна копија. Потребни се корисничкото име и лозинката на администратор од времето на резервната копија. Тековните датотеки се ставаат настрана, не се бришат.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервни копии</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Корисничко име на администраторот</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Лозинка на администраторот</translation>
    </message>
    <message>
        <source>There are no backups in the database folder.</source>
        <translation>Во папката на базата на податоци нема резервни копии.</translation>
    </message>
    <message>
        <source>Administrator &amp;username:</source>
        <translation>&amp;Корисничко име на администраторот:</translation>
    </message>
    <message>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Лозинка на администраторот:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Врати</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Прво изберете резервна копија.</translation>
    </message>
</context>
<context>
    <name>RestrictionButton</name>
    <message>
        <source>&amp;Lift restriction…</source>
        <translation>Укини го &amp;ограничувањето…</translation>
    </message>
    <message>
        <source>Restr&amp;ict processing…</source>
        <translation>&amp;Ограничи ја обработката…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ограничи ја обработката</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Укини го ограничувањето</translation>
    </message>
    <message>
        <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
        <translation>Зошто се ограничува обработката на ова досие? (се чува во досието и во дневникот за ревизија)</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
        <translation>Зошто се укинува ограничувањето? (се чува во досието и во дневникот за ревизија)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention decisions</source>
        <translation>Одлуки за чување</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осуден</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Рок за преиспитување</translation>
    </message>
    <message>
        <source>Keep the file (until the next review)</source>
        <translation>Задржи го досието (до следното преиспитување)</translation>
    </message>
    <message>
        <source>Anonymise the file</source>
        <translation>Анонимизирај го досието</translation>
    </message>
    <message>
        <source>Erase the file</source>
        <translation>Избриши го досието</translation>
    </message>
    <message>
        <source>Keep the free text (checked: it names no one)</source>
        <translation>Задржи го слободниот текст (проверено: никого не именува)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Одлучи</translation>
    </message>
    <message>
        <source>Erase re&amp;jected reports past their period…</source>
        <translation>Избриши ги о&amp;дбиените извештаи по рокот…</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Од&amp;лука:</translation>
    </message>
    <message>
        <source>&amp;Next review (keep):</source>
        <translation>&amp;Следно преиспитување (задржување):</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>Пр&amp;ичина (се чува во дневникот за ревизија):</translation>
    </message>
    <message>
        <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
        <translation>Одлука за досието {number}: {decision}. Ова не може да се поништи. Да продолжи?</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>Одлучено: {decision}.</translation>
    </message>
    <message>
        <source>No rejected report is past its period.</source>
        <translation>Ниту еден одбиен извештај не го поминал рокот на чување.</translation>
    </message>
    <message>
        <source>Erase {count} rejected report(s) rejected before {day}?</source>
        <translation>Да се избришат одбиените извештаи одбиени пред {day} (број: {count})?</translation>
    </message>
    <message>
        <source>Rejected reports erased: {count}.</source>
        <translation>Избришани одбиени извештаи: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Grading after review</source>
        <translation>Оценка по прегледот</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Редица за преглед</translation>
    </message>
    <message>
        <source>Observations awaiting review, most urgent first</source>
        <translation>Набљудувања што чекаат преглед, најитните прво</translation>
    </message>
    <message>
        <source>Observation under review</source>
        <translation>Набљудување во преглед</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Набљудување</translation>
    </message>
    <message>
        <source>Changes (side by side)</source>
        <translation>Измени (една до друга)</translation>
    </message>
    <message>
        <source>Changes (text)</source>
        <translation>Измени (текст)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
        <translation>&amp;Коментар или причина (задолжително за враќање, промена на оценката, одбивање):</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Коментар или причина</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Прифати</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>&amp;Врати на авторот</translation>
    </message>
    <message>
        <source>Re-grad&amp;e and accept</source>
        <translation>Промени ја &amp;оценката и прифати</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>О&amp;дбиј</translation>
    </message>
    <message>
        <source>Open prisoner&apos;s fi&amp;le</source>
        <translation>Отвори го досието на осуденото &amp;лице</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>И&amp;справи…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Напишете исправена верзија со причина; оригиналот останува во историјата.</translation>
    </message>
    <message>
        <source>Reclassif&amp;y…</source>
        <translation>Промени го степенот на &amp;тајност…</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>Набљудувања што чекаат преглед: %n</numerusform>
            <numerusform>Набљудувања што чекаат преглед: %n</numerusform>
            <numerusform>Набљудувања што чекаат преглед: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for access to review this observation.</source>
        <translation>Наведете причина за пристап за да го прегледате ова набљудување.</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
        <translation>Неодложно: закана по животот или непосредна опасност. Проверете дали е пријавено лично или по телефон.</translation>
    </message>
    <message>
        <source>Officer&apos;s grade: {grade}</source>
        <translation>Оценка на службеното лице: {grade}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Прифатено.</translation>
    </message>
    <message>
        <source>Returned to the author with your comment.</source>
        <translation>Вратено на авторот со вашиот коментар.</translation>
    </message>
    <message>
        <source>Rejected with your reason.</source>
        <translation>Одбиено со вашата причина.</translation>
    </message>
    <message>
        <source>Re-graded and accepted.</source>
        <translation>Оценката е променета и прифатено.</translation>
    </message>
    <message>
        <source>Classification: {level}.</source>
        <translation>Степен на тајност: {level}.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Training scenario</source>
        <translation>Сценарио за обука</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Пребарување</translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation>&amp;Барај:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Текст за пребарување</translation>
    </message>
    <message>
        <source>words from the facts or assessment, a name or a prison number</source>
        <translation>зборови од фактите или проценката, име или матичен број</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пребарај</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Итност</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Секоја итност</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Секој статус</translation>
    </message>
    <message>
        <source>Indicator domain</source>
        <translation>Област на показателот</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>По&amp;меѓу</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Од датум</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>До датум</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>О&amp;дделение:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Итн&amp;ост:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Indicator &amp;domain:</source>
        <translation>Област &amp;на показателот:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>и</translation>
    </message>
    <message>
        <source>Results; Enter opens the prisoner&apos;s file</source>
        <translation>Резултати; Enter го отвора досието на осуденото лице</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Сите одделенија</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Секоја област</translation>
    </message>
    <message>
        <source>No results are shown without a reason for access.</source>
        <translation>Без причина за пристап резултатите не се прикажуваат.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>Пронајдени набљудувања: %n</numerusform>
            <numerusform>Пронајдени набљудувања: %n</numerusform>
            <numerusform>Пронајдени набљудувања: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>Првите резултати (%n), најдоброто совпаѓање прво; лизгајте надолу за повеќе.</numerusform>
            <numerusform>Првите резултати (%n), најдоброто совпаѓање прво; лизгајте надолу за повеќе.</numerusform>
            <numerusform>Првите резултати (%n), најдоброто совпаѓање прво; лизгајте надолу за повеќе.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveQuestion</name>
    <message>
        <source>Words about religion, ethnicity or politics</source>
        <translation>Зборови за вера, етничка припадност или политика</translation>
    </message>
    <message>
        <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person&apos;s exact words); your supervisor will see that you were asked.</source>
        <translation>Напишавте:
{lines}

Дали ова е потребно за опис на однесувањето? Верата, етничката припадност или политичките ставови сами по себе никогаш не се показатели. Задржете ги зборовите само ако се потребни (на пример точните зборови на лицето); вашиот надреден ќе види дека ви е поставено ова прашање.</translation>
    </message>
    <message>
        <source>Necessary: keep and submit</source>
        <translation>Потребно: задржи и поднеси</translation>
    </message>
    <message>
        <source>Change the wording</source>
        <translation>Промени ја формулацијата</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Зачувај поставки</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Зачувај поставки</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Поставките се зачувани.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>radprev — create the encrypted database</source>
        <translation>radprev — создавање шифрирана база на податоци</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Заврши</translation>
    </message>
    <message>
        <source>Creating the encrypted database; measuring this computer&apos;s speed for the password key…</source>
        <translation>Се создава шифрираната база на податоци; се мери брзината на овој компјутер за клучот на лозинката…</translation>
    </message>
</context>
<context>
    <name>SubjectDetailPage</name>
    <message>
        <source>Identity</source>
        <translation>Идентитет</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година на раѓање</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Одделение / ќелија</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Преглед на досието до</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничување</translation>
    </message>
    <message>
        <source>Your reason for access</source>
        <translation>Вашата причина за пристап</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Ново набљудување</translation>
    </message>
    <message>
        <source>New chec&amp;klist run</source>
        <translation>Нова &amp;контролна листа</translation>
    </message>
    <message>
        <source>Con&amp;tinue draft</source>
        <translation>Продолжи го на&amp;цртот</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Ис&amp;прави…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Ис&amp;торија</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Измени ги по&amp;датоците…</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>Промени ја п&amp;ричината…</translation>
    </message>
    <message>
        <source>&amp;Write my new observation before seeing earlier reports</source>
        <translation>Напиши го моето ново набљудување пред &amp;увид во претходните пријави</translation>
    </message>
    <message>
        <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
        <translation>Ако прво ги прочитате претходните пријави, тоа може да влијае на она што го пишувате. Скриени се додека не поднесете.</translation>
    </message>
    <message>
        <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
        <translation>Претходните пријави се скриени додека не го напишете своето набљудување. Притиснете „Ново набљудување“ или „Прикажи претходни пријави“ ако треба само да читате.</translation>
    </message>
    <message>
        <source>&amp;Show earlier reports</source>
        <translation>&amp;Прикажи претходни пријави</translation>
    </message>
    <message>
        <source>Observations, newest first</source>
        <translation>Набљудувања, најновите прво</translation>
    </message>
    <message>
        <source>Selected observation</source>
        <translation>Избрано набљудување</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Набљудувања</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Пополнети контролни листи</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Контролни листи</translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation>Измени на податоците</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упатувања</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Преместувања</translation>
    </message>
    <message>
        <source>The file was not opened: no reason given.</source>
        <translation>Досието не е отворено: не е наведена причина.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Досие: {name}</translation>
    </message>
    <message>
        <source>Recorded at {est}: it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Запишано во {est}: пристигна со досието на осуденото лице и овде е само за читање.</translation>
    </message>
    <message>
        <source>Restricted: accuracy disputed</source>
        <translation>Ограничено: точноста е оспорена</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>{at}: {who} changed {fields} — {reason}</source>
        <translation>{at}: {who} — изменето: {fields} — {reason}</translation>
    </message>
    <message>
        <source>No changes since the file was created.</source>
        <translation>Нема измени од отворањето на досието.</translation>
    </message>
    <message>
        <source>{at}: {decision} by {who} (version {version}){comment}</source>
        <translation>{at}: {decision}, {who} (верзија {version}){comment}</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Прегледи</translation>
    </message>
    <message>
        <source>History of the observation of {when}</source>
        <translation>Историја на набљудувањето од {when}</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Edit prisoner</source>
        <translation>Измена на податоците за осуденото лице</translation>
    </message>
    <message>
        <source>Add prisoner</source>
        <translation>Додавање осудено лице</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>не е познато</translation>
    </message>
    <message>
        <source>Why is this changed? (required)</source>
        <translation>Зошто се менува ова? (задолжително)</translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation>&amp;Матичен број:</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Презиме:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Име:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Година на раѓање:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година на раѓање</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>О&amp;дделение:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Ќелија:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ќелија</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Reason for change:</source>
        <translation>П&amp;ричина за измената:</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Причина за измената</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded:</source>
        <translation>Слични осудени лица што се веќе евидентирани:</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded</source>
        <translation>Слични осудени лица што се веќе евидентирани</translation>
    </message>
    <message>
        <source>&amp;Open this file instead</source>
        <translation>&amp;Отвори го ова досие</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нема)</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Обработката на ова досие е ограничена: матичниот број, имињата и годината на раѓање се исправаат само како одговор на барањето на осуденото лице за исправка на податоците. Одделението, ќелијата и статусот сè уште може да се менуваат.</translation>
    </message>
    <message>
        <source>{number} — {name}, born {year}, unit {unit}</source>
        <translation>{number} — {name}, година на раѓање {year}, одделение {unit}</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <source>Prisoners</source>
        <translation>Осудени лица</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Најди:</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Најди осудено лице по име или матичен број</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>име или матичен број</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>О&amp;дделение:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>&amp;Add prisoner…</source>
        <translation>Додај осудено &amp;лице…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Отвори досие</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Сите одделенија</translation>
    </message>
    <message numerus="yes">
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n осудено лице</numerusform>
            <numerusform>%n осудени лица</numerusform>
            <numerusform>%n осудени лица</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching prisoners: scroll for more</source>
        <translation>Соодветни осудени лица: лизгајте за повеќе</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Синхронизација</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Што направи последното дејство</translation>
    </message>
    <message>
        <source>Export to the central office</source>
        <translation>Извоз до централата</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>Централа:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Последен извоз:</translation>
    </message>
    <message>
        <source>Next export due:</source>
        <translation>Следен извоз до:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Промени на чекање:</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Чека потврда за прием:</translation>
    </message>
    <message>
        <source>This workstation&apos;s check code:</source>
        <translation>Контролен код на оваа работна станица:</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>Извези во &amp;папка…</translation>
    </message>
    <message>
        <source>&amp;Re-send unacknowledged…</source>
        <translation>Повторно испрати &amp;непотврдено…</translation>
    </message>
    <message>
        <source>&amp;Import receipt or bundle…</source>
        <translation>&amp;Увези потврда или пакет…</translation>
    </message>
    <message>
        <source>&amp;Trust central certificate…</source>
        <translation>&amp;Сертификатот на централата е доверлив…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Запишано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кој</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи на ревизијата</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Достава</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Датотека</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Запишани пакети</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Увези пакети…</translation>
    </message>
    <message>
        <source>Import a whole &amp;folder…</source>
        <translation>Увези &amp;цела папка…</translation>
    </message>
    <message>
        <source>Write &amp;receipt…</source>
        <translation>Запиши по&amp;тврда за прием…</translation>
    </message>
    <message>
        <source>Write reference &amp;bundle…</source>
        <translation>Запиши &amp;референтен пакет…</translation>
    </message>
    <message>
        <source>Write &amp;certificate…</source>
        <translation>Запиши &amp;сертификат…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Работна станица</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Пакети</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последен пакет</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Недостасуваат</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Во карантин</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Судири</translation>
    </message>
    <message>
        <source>Failed imports</source>
        <translation>Неуспешни увози</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Последен увоз</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Контролен код</translation>
    </message>
    <message>
        <source>{est} — check code {fp}</source>
        <translation>{est} — контролен код {fp}</translation>
    </message>
    <message>
        <source>This office&apos;s check code: {fp}</source>
        <translation>Контролен код на оваа централа: {fp}</translation>
    </message>
    <message>
        <source>Central office {est} trusted (check code {fp}).</source>
        <translation>Централата {est} е доверлива (контролен код {fp}).</translation>
    </message>
    <message>
        <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation&apos;s enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
        <translation>Пристигна пакет од работна станица што не е запишана ({est}).
Нејзиниот контролен код е:
{fp}

Внесете го контролниот код испечатен на листот за запишување на таа работна станица (на листот се вика отпечаток) за да ја запишете:</translation>
    </message>
    <message>
        <source>Check code for the enrolment sheet: {fp}</source>
        <translation>Контролен код за листот за запишување: {fp}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ред</translation>
    </message>
    <message>
        <source>Take in a transferred &amp;prisoner…</source>
        <translation>Преземи преместено осудено &amp;лице…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Примено</translation>
    </message>
    <message>
        <source>&amp;Show prisoners of every establishment</source>
        <translation>&amp;Прикажи осудени лица од сите установи</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Презиме</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Име</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година на раѓање</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Набљудувања</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Последен настан</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Работни станици</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Карантин</translation>
    </message>
    <message>
        <source>All prisoners</source>
        <translation>Сите осудени лица</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Преместувања</translation>
    </message>
    <message>
        <source>One person, two files</source>
        <translation>Едно лице, две досиеја</translation>
    </message>
    <message>
        <source>Sync — central office</source>
        <translation>Синхронизација — централа</translation>
    </message>
    <message>
        <source>Sync — export to the central office</source>
        <translation>Синхронизација — извоз до централата</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet (an administrator trusts it).</source>
        <translation>Сè уште нема доверлив сертификат на централата (тоа го прави администраторот).</translation>
    </message>
    <message>
        <source>package {n}, {when}</source>
        <translation>пакет {n}, {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогаш</translation>
    </message>
    <message>
        <source>{when} — OVERDUE</source>
        <translation>{when} — ДОЦНИ</translation>
    </message>
    <message>
        <source>(no receipt after {days} days: {late})</source>
        <translation>(нема потврда за прием по {days} дена: {late})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>delivered {when}</source>
        <translation>доставено {when}</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>чека потврда за прием</translation>
    </message>
    <message>
        <source>(re-send)</source>
        <translation>(повторно испратено)</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Изберете USB-меморија или папка за пакетот</translation>
    </message>
    <message>
        <source>Package {n} written: {path}</source>
        <translation>Пакетот {n} е запишан: {path}</translation>
    </message>
    <message>
        <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
        <translation>Записи: {records}, записи на ревизијата: {audit}, шифрирано за централата.</translation>
    </message>
    <message>
        <source>More changes are waiting: export again.</source>
        <translation>Чекаат уште промени: извезете повторно.</translation>
    </message>
    <message>
        <source>Writing the export package</source>
        <translation>Запишување на пакетот за извоз</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Сертификат на централата</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Сертификати (*.json)</translation>
    </message>
    <message>
        <source>Export packages (*.age)</source>
        <translation>Пакети за извоз (*.age)</translation>
    </message>
    <message>
        <source>Receipts and bundles (*.tar)</source>
        <translation>Потврди за прием и пакети (*.tar)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Датотеки за увоз</translation>
    </message>
    <message>
        <source>Stopped: {count} file(s) were not imported.</source>
        <translation>Прекинато: {count} датотеки не беа увезени.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Увоз</translation>
    </message>
    <message>
        <source>Folder with packages</source>
        <translation>Папка со пакети</translation>
    </message>
    <message>
        <source>No export packages (*.age) in that folder.</source>
        <translation>Во таа папка нема пакети за извоз (*.age).</translation>
    </message>
    <message>
        <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation&apos;s enrolment sheet.</source>
        <translation>{file}: одбиено — потекнува од работна станица што сè уште не е запишана ({est}). Администраторот ја запишува откако ќе го спореди нејзиниот контролен код со листот за запишување на таа работна станица.</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: одбиено — {reason}</translation>
    </message>
    <message>
        <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
        <translation>{file}: увозот НЕ УСПЕА — неговиот дневник на ревизија е во спротивност со она што централата веќе го има за таа работна станица.</translation>
    </message>
    <message>
        <source>The check code typed for the previous package was refused: {why}</source>
        <translation>Контролниот код внесен за претходниот пакет е одбиен: {why}</translation>
    </message>
    <message>
        <source>Enrol a new workstation?</source>
        <translation>Да се запише нова работна станица?</translation>
    </message>
    <message>
        <source>Workstation enrolled.</source>
        <translation>Работната станица е запишана.</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>Папка за потврдата за прием</translation>
    </message>
    <message>
        <source>Receipt written: {path}</source>
        <translation>Потврдата за прием е запишана: {path}</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка за пакетот</translation>
    </message>
    <message>
        <source>Reference bundle written: {path}</source>
        <translation>Референтниот пакет е запишан: {path}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Зачувување на сертификатот</translation>
    </message>
    <message>
        <source>Certificate written: {path}</source>
        <translation>Сертификатот е запишан: {path}</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Take in a transferred prisoner</source>
        <translation>Преземање преместено осудено лице</translation>
    </message>
    <message>
        <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner&apos;s earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
        <translation>Изберете го пакетот за преместување (radprev-transfer_….age) што го испрати централата. Претходните записи за осуденото лице остануваат само за читање, означени со установата што ги направила; новите записи го продолжуваат истото досие овде.</translation>
    </message>
    <message>
        <source>Transfer bundle</source>
        <translation>Пакет за преместување</translation>
    </message>
    <message>
        <source>Leave empty to keep the earlier number</source>
        <translation>Оставете празно за да се задржи претходниот број</translation>
    </message>
    <message>
        <source>No unit yet</source>
        <translation>Сè уште нема одделение</translation>
    </message>
    <message>
        <source>Transfer &amp;bundle:</source>
        <translation>&amp;Пакет за преместување:</translation>
    </message>
    <message>
        <source>&amp;Prison number here:</source>
        <translation>&amp;Матичен број овде:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Одделение:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>П&amp;реземи</translation>
    </message>
    <message>
        <source>Choose the transfer bundle.</source>
        <translation>Изберете го пакетот за преместување.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Наслов</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Јазици</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Увезено</translation>
    </message>
    <message>
        <source>Offered to officers</source>
        <translation>Понудено на службените лица</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Шаблони на контролни листи</translation>
    </message>
    <message>
        <source>&amp;Import template from a file…</source>
        <translation>&amp;Увези шаблон од датотека…</translation>
    </message>
    <message>
        <source>Import template from a file</source>
        <translation>Увези шаблон од датотека</translation>
    </message>
    <message>
        <source>&amp;Offer this version to officers</source>
        <translation>&amp;Понуди ја оваа верзија на службените лица</translation>
    </message>
    <message>
        <source>Offer this version to officers</source>
        <translation>Понуди ја оваа верзија на службените лица</translation>
    </message>
    <message>
        <source>Problems found in the template</source>
        <translation>Проблеми пронајдени во шаблонот</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Увоз на шаблон на контролна листа</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Шаблони (*.json)</translation>
    </message>
    <message>
        <source>The template was not imported. Problems found:</source>
        <translation>Шаблонот не е увезен. Пронајдени проблеми:</translation>
    </message>
    <message>
        <source>This template version is already stored; nothing changed.</source>
        <translation>Оваа верзија на шаблонот е веќе зачувана; ништо не е променето.</translation>
    </message>
    <message>
        <source>Template {code} version {version} imported.</source>
        <translation>Шаблонот {code}, верзија {version}, е увезен.</translation>
    </message>
    <message>
        <source>Choose a template version in the list first.</source>
        <translation>Прво изберете верзија на шаблонот од листата.</translation>
    </message>
    <message>
        <source>Officers are now offered {code} version {version}.</source>
        <translation>На службените лица сега им се нуди {code}, верзија {version}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
        <translation>ОБУКА — вежбање на измислени сценарија. Ништо овде не е вистински запис.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Режим на обука</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>ОБУКА — {title}</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осудено лице</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Каде</translation>
    </message>
    <message>
        <source>Your duty</source>
        <translation>Ваша должност</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Record what you saw and heard as you would on duty, then submit it.</source>
        <translation>Запишете што видовте и слушнавте како што би го запишале на должност, потоа поднесете го.</translation>
    </message>
    <message>
        <source>Feedback on your answer only: no prisoner is ever scored.</source>
        <translation>Повратна информација само за вашиот одговор: ниедно осудено лице никогаш не се оценува.</translation>
    </message>
    <message>
        <source>The observable facts</source>
        <translation>Факти што може да се забележат</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Други можни објаснувања</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
        <translation>Обука</translation>
    </message>
    <message>
        <source>&amp;Practise</source>
        <translation>&amp;Вежбање</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>По&amp;лазници</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Сценарија:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Сценарија за обука</translation>
    </message>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>&amp;Започни ја оваа вежба</translation>
    </message>
    <message>
        <source>What you will see and hear</source>
        <translation>Што ќе видите и слушнете</translation>
    </message>
    <message>
        <source>Your exercises:</source>
        <translation>Ваши вежби:</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Ваши вежби</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарио</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Започнато</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>За подобрување</translation>
    </message>
    <message>
        <source>&amp;Continue the exercise</source>
        <translation>Продолжи ја в&amp;ежбата</translation>
    </message>
    <message>
        <source>My training &amp;record…</source>
        <translation>Мој запис за &amp;обуката…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Полазници</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Полазник</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Добро направено</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последна активност</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Запис за &amp;обуката…</translation>
    </message>
    <message>
        <source>The trainee&apos;s exercises</source>
        <translation>Вежбите на полазникот</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Чести грешки</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Ве&amp;жби</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>Чести &amp;грешки</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>завршена</translation>
    </message>
    <message>
        <source>open</source>
        <translation>отворена</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Засега нема грешки.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Да се зачува нешифриран PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
        <translation>PDF-датотеката НЕМА да биде шифрирана. Зачувувањето се запишува во дневникот на ревизија.</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Зачувување на записот за обуката</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Зачувано: {name}</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <source>Create the training database</source>
        <translation>Создај база на податоци за обука</translation>
    </message>
    <message>
        <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
        <translation>Вежбањето се одвива во посебна база на податоци за обука, во {folder}: никогаш во вистинската, никогаш не се извезува, а на секоја страница што ја печати пишува ОБУКА — НЕ Е ВИСТИНСКИ ЗАПИС. Вие станувате нејзин администратор: на страницата Администрација додајте ги полазниците (улога службено лице) и инструктор.</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Корисничко име на администраторот</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Име и презиме на администраторот</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Корисничко име:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Име и презиме:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Крило за обука</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за враќање</translation>
    </message>
    <message>
        <source>The training database is ready. Its recovery code (shown once; keep it with the trainer&apos;s papers):

{code}</source>
        <translation>Базата на податоци за обука е подготвена. Нејзиниот код за враќање (се прикажува еднаш; чувајте го со документите на инструкторот):

{code}</translation>
    </message>
</context>
<context>
    <name>TrainingShell</name>
    <message>
        <source>Scenario</source>
        <translation>Сценарио</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Запишување преместување</translation>
    </message>
    <message>
        <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
        <translation>{name} ја напушта {here}. Преместувањето патува со следниот извоз; централата потоа го испраќа досието до установата што го прима.</translation>
    </message>
    <message>
        <source>&amp;To establishment (code):</source>
        <translation>&amp;Во установа (ознака):</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Датум на преместувањето:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Белешка (незадолжително):</translation>
    </message>
    <message>
        <source>&amp;Record transfer</source>
        <translation>&amp;Запиши преместување</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Record &amp;transfer…</source>
        <translation>Запиши пре&amp;местување…</translation>
    </message>
    <message>
        <source>Release &amp;handover…</source>
        <translation>Предавање при о&amp;тпуст…</translation>
    </message>
    <message>
        <source>Transfers and handovers</source>
        <translation>Преместувања и предавања</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Преместувања</translation>
    </message>
    <message>
        <source>{day}: from {src} to {dst}</source>
        <translation>{day}: од {src} во {dst}</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Не е запишано ниедно преместување.</translation>
    </message>
    <message>
        <source>Known as: {numbers}</source>
        <translation>Познат како: {numbers}</translation>
    </message>
    <message>
        <source>Release handovers</source>
        <translation>Предавања при отпуст</translation>
    </message>
    <message>
        <source>{at}: to {who} (document {doc})</source>
        <translation>{at}: за {who} (документ {doc})</translation>
    </message>
    <message>
        <source>Handover written: {pdf} and {package}</source>
        <translation>Предавањето е запишано: {pdf} и {package}</translation>
    </message>
</context>
<context>
    <name>TransfersToIssuePanel</name>
    <message>
        <source>&amp;Issue transfer bundle…</source>
        <translation>&amp;Издај пакет за преместување…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Во</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Receiving workstations</source>
        <translation>Работни станици на примачот</translation>
    </message>
    <message>
        <source>Transfers awaiting a bundle</source>
        <translation>Преместувања што чекаат пакет</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Папка за пакетот</translation>
    </message>
    <message>
        <source>Bundle {file} written for {est} ({n} records).</source>
        <translation>Пакетот {file} е запишан за {est} (записи: {n}).</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust the central office certificate</source>
        <translation>Доверба во сертификатот на централата</translation>
    </message>
    <message>
        <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
        <translation>Централа: {est}. Внесете го контролниот код испечатен на листот за запишување (на листот се вика отпечаток). Секоја група од четири знаци станува зелена кога се совпаѓа со сертификатот.</translation>
    </message>
    <message>
        <source>Check code of the certificate</source>
        <translation>Контролен код на сертификатот</translation>
    </message>
    <message>
        <source>Check code from the enrolment sheet</source>
        <translation>Контролен код од листот за запишување</translation>
    </message>
    <message>
        <source>The check codes match.</source>
        <translation>Контролните кодови се совпаѓаат.</translation>
    </message>
    <message>
        <source>The check codes do NOT match. Do not trust this certificate.</source>
        <translation>Контролните кодови НЕ се совпаѓаат. Немојте да му верувате на овој сертификат.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Username</source>
        <translation>Корисничко име</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Улоги</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Одделенија</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состојба</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Сметки</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Додај сметка…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Ресетирај &amp;лозинка…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Оневозможи</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>О&amp;возможи</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>О&amp;тстрани…</translation>
    </message>
    <message>
        <source>Un&amp;its and access…</source>
        <translation>Одд&amp;еленија и пристап…</translation>
    </message>
    <message>
        <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
        <translation>Отстранувањето или оневозможувањето сметка ја брише нејзината лозинка и веднаш ги завршува нејзините отворени сесии на сите компјутери; централната база нема клуч што би се менувал.</translation>
    </message>
    <message>
        <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
        <translation>Отстранувањето сметка повторно ја шифрира целата база на податоци со нов клуч, така што отстранетата лозинка не отвора ништо. Тоа може да потрае; прозорецот останува употреблив.</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>E&amp;stablishments and access…</source>
        <translation>Ус&amp;танови и пристап…</translation>
    </message>
    <message>
        <source>whole establishment</source>
        <translation>цела установа</translation>
    </message>
    <message>
        <source>The account&apos;s access was saved.</source>
        <translation>Пристапот на сметката е зачуван.</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Оневозможување на сметката {user}</translation>
    </message>
    <message>
        <source>Account {user} disabled; their open sessions were ended.</source>
        <translation>Сметката {user} е оневозможена; нејзините отворени сесии се прекинати.</translation>
    </message>
    <message>
        <source>Disabling {user} and re-encrypting the database</source>
        <translation>Оневозможување на {user} и повторно шифрирање на базата на податоци</translation>
    </message>
    <message>
        <source>Account {user} disabled; the database has a new key.</source>
        <translation>Сметката {user} е оневозможена; базата на податоци има нов клуч.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
        <translation>Да се отстрани сметката {user}? Нејзиниот клуч се брише, а целата база на податоци повторно се шифрира со нов клуч. Ова не може да се врати.</translation>
    </message>
    <message>
        <source>Removing {user} and re-encrypting the database</source>
        <translation>Отстранување на {user} и повторно шифрирање на базата на податоци</translation>
    </message>
    <message>
        <source>Account {user} removed; the database has a new key.</source>
        <translation>Сметката {user} е отстранета; базата на податоци има нов клуч.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
        <translation>Да се отстрани сметката {user}? Нејзината лозинка веднаш престанува да важи, а нејзините отворени сесии се прекинуваат. Ова не може да се поништи.</translation>
    </message>
    <message>
        <source>Removing {user}</source>
        <translation>Отстранување на сметката {user}</translation>
    </message>
    <message>
        <source>Account {user} removed; their open sessions were ended.</source>
        <translation>Сметката {user} е отстранета; нејзините отворени сесии се прекинати.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>оневозможена</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>мора да ја промени лозинката</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Прво изберете сметка од листата.</translation>
    </message>
    <message>
        <source>Account {user} added.</source>
        <translation>Сметката {user} е додадена.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>Лозинката е ресетирана.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Отстрани сметка</translation>
    </message>
</context>
<context>
    <name>WorkerJob</name>
    <message>
        <source>Cancel</source>
        <translation>Откажи</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Запирање…</translation>
    </message>
</context>
<context>
    <name>WorkerRunner</name>
    <message>
        <source>Working…</source>
        <translation>Работа во тек…</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Choose…</source>
        <translation>Избери…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>logged in</source>
        <translation>се најави</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>се одјави</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>го заклучи екранот</translation>
    </message>
    <message>
        <source>ended the recovery session</source>
        <translation>ја заврши сесијата за враќање</translation>
    </message>
    <message>
        <source>was told of failed login attempts</source>
        <translation>доби известување за неуспешни обиди за најава</translation>
    </message>
    <message>
        <source>tried to log in with an unknown username</source>
        <translation>се обиде да се најави со непознато корисничко име</translation>
    </message>
    <message>
        <source>changed their password</source>
        <translation>ја промени својата лозинка</translation>
    </message>
    <message>
        <source>reset a colleague&apos;s password</source>
        <translation>ја ресетира лозинката на колега</translation>
    </message>
    <message>
        <source>used the recovery code</source>
        <translation>го употреби кодот за враќање</translation>
    </message>
    <message>
        <source>added an account</source>
        <translation>додаде сметка</translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>измени сметка</translation>
    </message>
    <message>
        <source>disabled an account</source>
        <translation>оневозможи сметка</translation>
    </message>
    <message>
        <source>enabled an account</source>
        <translation>овозможи сметка</translation>
    </message>
    <message>
        <source>removed an account</source>
        <translation>отстрани сметка</translation>
    </message>
    <message>
        <source>created the encrypted database</source>
        <translation>ја создаде шифрираната база на податоци</translation>
    </message>
    <message>
        <source>gave the encrypted database a new key</source>
        <translation>ѝ даде нов клуч на шифрираната база на податоци</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>ја врати базата на податоци од резервна копија</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>направи резервна копија</translation>
    </message>
    <message>
        <source>checked the database</source>
        <translation>ја провери базата на податоци</translation>
    </message>
    <message>
        <source>changed the settings</source>
        <translation>ги промени поставките</translation>
    </message>
    <message>
        <source>imported a checklist template</source>
        <translation>увезе шаблон на контролна листа</translation>
    </message>
    <message>
        <source>offered a checklist template version to officers</source>
        <translation>им понуди на службените лица верзија на шаблон на контролна листа</translation>
    </message>
    <message>
        <source>added a prisoner</source>
        <translation>додаде осудено лице</translation>
    </message>
    <message>
        <source>changed a prisoner&apos;s details</source>
        <translation>ги измени податоците за осудено лице</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s file</source>
        <translation>отвори досие на осудено лице</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s details (no observation)</source>
        <translation>ги отвори податоците на осудено лице (без набљудувања)</translation>
    </message>
    <message>
        <source>erased a prisoner&apos;s file</source>
        <translation>избриша досие на осудено лице</translation>
    </message>
    <message>
        <source>erased a rejected report past its retention period</source>
        <translation>избриша одбиен извештај по истекот на рокот на чување</translation>
    </message>
    <message>
        <source>restricted processing of a file</source>
        <translation>ја ограничи обработката на досие</translation>
    </message>
    <message>
        <source>lifted the restriction of a file</source>
        <translation>го укина ограничувањето на досие</translation>
    </message>
    <message>
        <source>recorded a rectification request or a dispute</source>
        <translation>запиша барање за исправка или оспорување</translation>
    </message>
    <message>
        <source>decided a rectification request or a dispute</source>
        <translation>одлучи за барање за исправка или оспорување</translation>
    </message>
    <message>
        <source>exported a person&apos;s data for their access request</source>
        <translation>ги извезе податоците на лицето по неговото барање за пристап</translation>
    </message>
    <message>
        <source>asked a data-protection question of the audit log</source>
        <translation>постави прашање за заштита на податоци на дневникот за ревизија</translation>
    </message>
    <message>
        <source>decided to keep a file after its review</source>
        <translation>одлучи досието да се задржи по прегледот</translation>
    </message>
    <message>
        <source>anonymised a prisoner&apos;s file</source>
        <translation>анонимизира досие на осудено лице</translation>
    </message>
    <message>
        <source>started an observation</source>
        <translation>започна набљудување</translation>
    </message>
    <message>
        <source>changed a draft observation</source>
        <translation>измени нацрт на набљудување</translation>
    </message>
    <message>
        <source>discarded a draft observation</source>
        <translation>отфрли нацрт на набљудување</translation>
    </message>
    <message>
        <source>submitted an observation</source>
        <translation>поднесе набљудување</translation>
    </message>
    <message>
        <source>corrected an observation</source>
        <translation>исправи набљудување</translation>
    </message>
    <message>
        <source>changed an observation&apos;s classification</source>
        <translation>го промени степенот на тајност на набљудување</translation>
    </message>
    <message>
        <source>read an observation to review it</source>
        <translation>прочита набљудување за да го прегледа</translation>
    </message>
    <message>
        <source>reviewed an observation</source>
        <translation>прегледа набљудување</translation>
    </message>
    <message>
        <source>read who told an officer (restricted)</source>
        <translation>прочита кој му кажал на службеното лице (ограничен пристап)</translation>
    </message>
    <message>
        <source>started a checklist</source>
        <translation>започна контролна листа</translation>
    </message>
    <message>
        <source>opened a checklist</source>
        <translation>отвори контролна листа</translation>
    </message>
    <message>
        <source>saved checklist answers</source>
        <translation>зачува одговори на контролна листа</translation>
    </message>
    <message>
        <source>completed a checklist</source>
        <translation>заврши контролна листа</translation>
    </message>
    <message>
        <source>corrected a checklist</source>
        <translation>исправи контролна листа</translation>
    </message>
    <message>
        <source>discarded an empty checklist</source>
        <translation>отфрли празна контролна листа</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s checklists</source>
        <translation>ги излиста контролните листи на осудено лице</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s referrals</source>
        <translation>ги излиста упатувањата на осудено лице</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s transfers</source>
        <translation>ги излиста преместувањата на осудено лице</translation>
    </message>
    <message>
        <source>listed the transfers awaiting a bundle</source>
        <translation>ги излиста преместувањата што чекаат пакет</translation>
    </message>
    <message>
        <source>made a report</source>
        <translation>создаде извештај</translation>
    </message>
    <message>
        <source>looked at a report on screen</source>
        <translation>прегледа извештај на екранот</translation>
    </message>
    <message>
        <source>printed a report</source>
        <translation>испечати извештај</translation>
    </message>
    <message>
        <source>saved a report as an unencrypted PDF</source>
        <translation>зачува извештај како нешифриран PDF</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>го прочита дневникот на ревизија</translation>
    </message>
    <message>
        <source>exported the audit log</source>
        <translation>го извезе дневникот на ревизија</translation>
    </message>
    <message>
        <source>verified the audit log</source>
        <translation>го провери дневникот на ревизија</translation>
    </message>
    <message>
        <source>wrote an export package</source>
        <translation>запиша пакет за извоз</translation>
    </message>
    <message>
        <source>imported a receipt</source>
        <translation>увезе потврда за прием</translation>
    </message>
    <message>
        <source>wrote a receipt</source>
        <translation>запиша потврда за прием</translation>
    </message>
    <message>
        <source>imported a reference bundle</source>
        <translation>увезе референтен пакет</translation>
    </message>
    <message>
        <source>wrote a reference bundle</source>
        <translation>запиша референтен пакет</translation>
    </message>
    <message>
        <source>imported an export package</source>
        <translation>увезе пакет за извоз</translation>
    </message>
    <message>
        <source>refused a package</source>
        <translation>одби пакет</translation>
    </message>
    <message>
        <source>could not import a package</source>
        <translation>не можеше да увезе пакет</translation>
    </message>
    <message>
        <source>trusted the central office certificate</source>
        <translation>му даде доверба на сертификатот на централата</translation>
    </message>
    <message>
        <source>created the central office keys</source>
        <translation>ги создаде клучевите на централата</translation>
    </message>
    <message>
        <source>wrote the central office certificate</source>
        <translation>го запиша сертификатот на централата</translation>
    </message>
    <message>
        <source>set who receives the central backups</source>
        <translation>определи кој ги прима резервните копии на централата</translation>
    </message>
    <message>
        <source>enrolled a workstation</source>
        <translation>запиша работна станица</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>реши судир при синхронизацијата</translation>
    </message>
    <message>
        <source>looked at a sync conflict</source>
        <translation>прегледа судир при синхронизацијата</translation>
    </message>
    <message>
        <source>looked at prisoners of every establishment</source>
        <translation>прегледа осудени лица од сите установи</translation>
    </message>
    <message>
        <source>generated demonstration data</source>
        <translation>генерираше демонстрациски податоци</translation>
    </message>
    <message>
        <source>granted access to a whole establishment</source>
        <translation>додели пристап до целата установа</translation>
    </message>
    <message>
        <source>withdrew access to a whole establishment</source>
        <translation>го повлече пристапот до целата установа</translation>
    </message>
    <message>
        <source>found the audit log cut short or altered</source>
        <translation>откри дека дневникот на ревизија е скратен или изменет</translation>
    </message>
    <message>
        <source>deleted backups that removed accounts could open</source>
        <translation>избриша резервни копии што можеа да ги отворат отстранетите сметки</translation>
    </message>
    <message>
        <source>looked at the dashboard</source>
        <translation>ја прегледа почетната страница</translation>
    </message>
    <message>
        <source>made a release handover for the probation service</source>
        <translation>направи предавање при отпуштање за пробациската служба</translation>
    </message>
    <message>
        <source>looked at suggested links between files</source>
        <translation>ги прегледа предложените врски меѓу досиеја</translation>
    </message>
    <message>
        <source>read an observation&apos;s earlier versions</source>
        <translation>ги прочита претходните верзии на набљудување</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>прочита набљудување</translation>
    </message>
    <message>
        <source>listed observations</source>
        <translation>ги излиста набљудувањата</translation>
    </message>
    <message>
        <source>referred a prisoner to a programme</source>
        <translation>упати осудено лице на програма</translation>
    </message>
    <message>
        <source>changed a programme referral</source>
        <translation>измени упатување на програма</translation>
    </message>
    <message>
        <source>looked at the observations waiting for review</source>
        <translation>ги прегледа набљудувањата што чекаат преглед</translation>
    </message>
    <message>
        <source>searched the records</source>
        <translation>ги пребара записите</translation>
    </message>
    <message>
        <source>linked two files as the same person</source>
        <translation>поврза две досиеја како исто лице</translation>
    </message>
    <message>
        <source>decided two files are different people</source>
        <translation>одлучи дека две досиеја се однесуваат на различни лица</translation>
    </message>
    <message>
        <source>undid a link between two files</source>
        <translation>поништи врска меѓу две досиеја</translation>
    </message>
    <message>
        <source>looked for possible duplicates of a new prisoner</source>
        <translation>побара можни дупликати на ново осудено лице</translation>
    </message>
    <message>
        <source>listed prisoners</source>
        <translation>ги излиста осудените лица</translation>
    </message>
    <message>
        <source>searched for prisoners</source>
        <translation>побара осудени лица</translation>
    </message>
    <message>
        <source>completed a training exercise</source>
        <translation>заврши вежба за обука</translation>
    </message>
    <message>
        <source>started a training exercise</source>
        <translation>започна вежба за обука</translation>
    </message>
    <message>
        <source>prepared a practice database</source>
        <translation>подготви база за вежбање</translation>
    </message>
    <message>
        <source>issued a transfer bundle to another establishment</source>
        <translation>издаде пакет за преместување за друга установа</translation>
    </message>
    <message>
        <source>created the key for transfers</source>
        <translation>го создаде клучот за преместувања</translation>
    </message>
    <message>
        <source>took in a prisoner from another establishment</source>
        <translation>прими осудено лице од друга установа</translation>
    </message>
    <message>
        <source>recorded a prisoner&apos;s transfer</source>
        <translation>го евидентира преместувањето на осудено лице</translation>
    </message>
    <message>
        <source>started disabling an account</source>
        <translation>започна оневозможување на сметка</translation>
    </message>
    <message>
        <source>started removing an account</source>
        <translation>започна отстранување на сметка</translation>
    </message>
    <message>
        <source>prisoner</source>
        <extracomment>The kinds of object an entry names (&quot;prisoner 01JD…&quot;).</extracomment>
        <translation>осудено лице</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>набљудување</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>контролна листа</translation>
    </message>
    <message>
        <source>account</source>
        <translation>сметка</translation>
    </message>
    <message>
        <source>report</source>
        <translation>извештај</translation>
    </message>
    <message>
        <source>package</source>
        <translation>пакет</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>шаблон на контролна листа</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>поставки</translation>
    </message>
    <message>
        <source>database</source>
        <translation>база на податоци</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>резервна копија</translation>
    </message>
    <message>
        <source>reference bundle</source>
        <translation>референтен пакет</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>потврда за прием</translation>
    </message>
    <message>
        <source>central office keys</source>
        <translation>клучеви на централата</translation>
    </message>
    <message>
        <source>file</source>
        <translation>датотека</translation>
    </message>
    <message>
        <source>prisoners</source>
        <translation>осудени лица</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>набљудувања</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>работна станица</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>полазник/чка</translation>
    </message>
    <message>
        <source>training exercise</source>
        <translation>вежба за обука</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a whole number: %1</source>
        <translation>не е цел број: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>мора да биде помеѓу %1 и %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>не е датум (ГГГГ-ММ-ДД): %1</translation>
    </message>
    <message>
        <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
        <translation>не е датум ниту време (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ): %1</translation>
    </message>
    <message>
        <source>note: %1 (%2)</source>
        <translation>забелешка: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported: %1 version %2</source>
        <translation>Увезено: %1, верзија %2</translation>
    </message>
    <message>
        <source>Already stored: %1 version %2</source>
        <translation>Веќе зачувано: %1, верзија %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <source>stored, not active</source>
        <translation>зачуван, не е активен</translation>
    </message>
    <message>
        <source>Never indicators:</source>
        <translation>Никогаш не се показатели:</translation>
    </message>
    <message>
        <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
        <translation>%1 v%2 — пополнување %3 v%4 (%5, автор: %6)</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment.</source>
        <translation>Запис на набљудување — не е проценка на ризик.</translation>
    </message>
    <message>
        <source>domain  observed  not observed  unknown  unanswered</source>
        <translation>област  забележано  не е забележано  непознато  без одговор</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Резиме: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Следен преглед: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Зачувано %1.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Завршено.</translation>
    </message>
    <message>
        <source>Amended: version %1.</source>
        <translation>Исправено: верзија %1.</translation>
    </message>
    <message>
        <source>No checklist runs.</source>
        <translation>Нема пополнети контролни листи.</translation>
    </message>
    <message>
        <source>%1  %2 answered  %3</source>
        <translation>%1  одговори: %2  %3</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Нема нацрти.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Нацртот е отфрлен.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не може да се прочита %1: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation>%1 е UTF-16 текст; зачувајте го како UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 не е текстуална датотека</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
        <translation>%1 не е UTF-8 текст (бајтот %2 не може да се прочита); зачувајте го како UTF-8</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандарден влез</translation>
    </message>
    <message>
        <source>the first line of %1 is too long for a password</source>
        <translation>првиот ред од %1 е предолг за лозинка</translation>
    </message>
    <message>
        <source>the first line of %1 holds control characters</source>
        <translation>првиот ред од %1 содржи контролни знаци</translation>
    </message>
    <message>
        <source>%1 is too long for the %2 (at most %3 bytes)</source>
        <translation>%1 е предолго за: %2 (најмногу %3 бајти)</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-file</source>
        <translation>нема терминал за внесување на лозинката: користете --password-file</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Лозинка: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new password: use %1</source>
        <translation>нема терминал за внесување на новата лозинка: користете %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Нова лозинка</translation>
    </message>
    <message>
        <source>%1 again: </source>
        <translation>%1 повторно: </translation>
    </message>
    <message>
        <source>no user given: use --user</source>
        <translation>не е наведен корисник: користете --user</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Корисничко име: </translation>
    </message>
    <message>
        <source>note: %1 failed login attempts since your last login</source>
        <translation>забелешка: неуспешни обиди за најава од вашата последна најава: %1</translation>
    </message>
    <message>
        <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
        <translation>предупредување: датотеката vault.anchor, која го штити дневникот на ревизија од скратување, недостасува, оштетена е или е постара копија (запишано во дневникот; известете ги администраторот и ревизорот)</translation>
    </message>
    <message>
        <source>warning: audit log: %1 (recorded in the log)</source>
        <translation>предупредување: дневник на ревизија: %1 (запишано во дневникот)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>забелешка: %1</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such: %1</source>
        <comment>; </comment>
        <translation>Ова НЕ се показатели и никогаш не смеат да се означат како такви: %1</translation>
    </message>
    <message>
        <source>%1 Add --yes to confirm without a terminal.</source>
        <translation>%1 Додајте --yes за да потврдите без терминал.</translation>
    </message>
    <message>
        <source>%1 [y/N] </source>
        <translation>%1 [д/Н] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Шаблонот на контролната листа не е исправен: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>прекинато</translation>
    </message>
    <message>
        <source>the vault&apos;s database cannot be used (%1); `radprev doctor` says more</source>
        <translation>базата на податоци на трезорот не може да се користи (%1); повеќе кажува `radprev doctor`</translation>
    </message>
    <message>
        <source>; a crash report was written to %1</source>
        <translation>; извештај за падот е запишан во %1</translation>
    </message>
    <message>
        <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
        <translation>внатрешна грешка (%1)%2. Повторно стартувајте ја командата со --debug за да ги видите деталите.</translation>
    </message>
    <message>
        <source>%1%2 (see %3 --help)</source>
        <translation>%1%2 (видете %3 --help)</translation>
    </message>
    <message>
        <source>a command is needed (see radprev --help)</source>
        <translation>потребна е команда (видете radprev --help)</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 text</source>
        <translation>аргументот %1 не е исправен UTF-8 текст</translation>
    </message>
    <message>
        <source>radprev: %1</source>
        <translation>radprev: %1</translation>
    </message>
    <message>
        <source>note: %1 prisoner(s) with a similar name are already recorded</source>
        <translation>забелешка: веќе се евидентирани осудени лица со слично име: %1</translation>
    </message>
    <message>
        <source>PRISON NO</source>
        <translation>МАТ. БРОЈ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЕ И ПРЕЗИМЕ</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ОДДЕЛ.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation>ПРЕГЛЕД ДО</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(ограничено)</translation>
    </message>
    <message>
        <source>(%1 in all)</source>
        <translation>(вкупно: %1)</translation>
    </message>
    <message>
        <source>no similar prisoner recorded</source>
        <translation>не е евидентирано слично осудено лице</translation>
    </message>
    <message>
        <source>%1  (%2, born %3)</source>
        <translation>%1  (%2, година на раѓање %3)</translation>
    </message>
    <message>
        <source>unit %1 cell %2, %3, review due %4</source>
        <translation>одделение %1, ќелија %2, %3, преглед до %4</translation>
    </message>
    <message>
        <source>, RESTRICTED</source>
        <translation>, ОГРАНИЧЕНО</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Набљудувања: %1</translation>
    </message>
    <message>
        <source>- %1 [%2, %3, v%4, grade %5] %6</source>
        <translation>- %1 [%2, %3, v%4, оценка %5] %6</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction: %1</source>
        <translation>Исправки, оспорувања и ограничување: %1</translation>
    </message>
    <message>
        <source>- %1 %2 (%3): %4 %5</source>
        <translation>- %1 %2 (%3): %4 %5</translation>
    </message>
    <message>
        <source>Processing of %1 is restricted.</source>
        <translation>Обработката на досието %1 е ограничена.</translation>
    </message>
    <message>
        <source>The restriction of %1 is lifted.</source>
        <translation>Ограничувањето на досието %1 е укинато.</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2).</source>
        <translation>Запишано како %1 (%2).</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Одлучено: %1.</translation>
    </message>
    <message>
        <source>%1
%2  (pages: %3, document %4)</source>
        <translation>%1
%2  (страници: %3, документ %4)</translation>
    </message>
    <message>
        <source>only one of --facts-file and --assessment-file can be &apos;-&apos;</source>
        <translation>само едно од --facts-file и --assessment-file може да биде &apos;-&apos;</translation>
    </message>
    <message>
        <source>standard input cannot hold both the password and a text</source>
        <translation>стандардниот влез не може да ги содржи и лозинката и текстот</translation>
    </message>
    <message>
        <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
        <translation>НЕОДЛОЖНО: пријавете веднаш лично или по телефон; не чекајте извоз.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ништо не е пронајдено</translation>
    </message>
    <message>
        <source>%1: classification %2</source>
        <translation>%1: степен на тајност %2</translation>
    </message>
    <message>
        <source>(next review %1)</source>
        <translation>(следен преглед %1)</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 would be erased.</source>
        <translation>Одбиени извештаи одбиени пред %2 што би биле избришани: %1.</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 erased.</source>
        <translation>Избришани одбиени извештаи (одбиени пред %2): %1.</translation>
    </message>
    <message>
        <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
        <translation>Осудени лица: %1, набљудувања: %2 (верзии: %3), прегледи: %4.</translation>
    </message>
    <message>
        <source>Demo accounts (for demonstrations only):</source>
        <translation>Демо сметки (само за демонстрации):</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the PDF</source>
        <translation>%1 е папка: наведете име на датотека за PDF</translation>
    </message>
    <message>
        <source>%1  (pages: %2, document %3)</source>
        <translation>%1  (страници: %2, документ %3)</translation>
    </message>
    <message>
        <source>text, 1–%1 characters</source>
        <translation>текст, 1–%1 знаци</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>names separated by ;, lowest first</source>
        <translation>имиња одделени со ;, од најнискиот</translation>
    </message>
    <message>
        <source>%1: %2–%3 each</source>
        <translation>%1: секој %2–%3</translation>
    </message>
    <message>
        <source>arrives with reference bundles</source>
        <translation>пристигнува со референтните пакети</translation>
    </message>
    <message>
        <source>default %1; allowed: %2</source>
        <translation>стандардно %1; дозволено: %2</translation>
    </message>
    <message>
        <source>%1 arrives with reference bundles; it is not set by hand</source>
        <translation>%1 пристигнува со референтните пакети; не се поставува рачно</translation>
    </message>
    <message>
        <source>%1 takes PART=NUMBER pairs, not %2</source>
        <translation>%1 прима парови ДЕЛ=БРОЈ, а не %2</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 прима една вредност</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>(each part&apos;s default)</source>
        <translation>(стандардно за секој дел)</translation>
    </message>
    <message>
        <source>Certificate written to %1
Fingerprint: %2</source>
        <translation>Сертификатот е запишан во %1
Отпечаток: %2</translation>
    </message>
    <message>
        <source>Central office %1 trusted (fingerprint %2).</source>
        <translation>Централата %1 е доверлива (отпечаток %2).</translation>
    </message>
    <message>
        <source>Workstation %1/%2 enrolled.</source>
        <translation>Работната станица %1/%2 е запишана.</translation>
    </message>
    <message>
        <source>No workstation is enrolled yet.</source>
        <translation>Сè уште не е запишана ниедна работна станица.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
        <translation>последен пакет %1  недостасуваат %2  во карантин %3  судири %4  неуспешни увози %5  отпечаток %6</translation>
    </message>
    <message>
        <source>note: more changes are waiting; run export again</source>
        <translation>забелешка: чекаат уште промени; повторно стартувајте го извозот</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>нема таква датотека: %1</translation>
    </message>
    <message>
        <source>no package files found</source>
        <translation>не се пронајдени датотеки со пакети</translation>
    </message>
    <message>
        <source>radprev: %1: %2</source>
        <translation>radprev: %1: %2</translation>
    </message>
    <message>
        <source>radprev: %1: rejected: %2</source>
        <translation>radprev: %1: одбиено: %2</translation>
    </message>
    <message>
        <source>radprev: %1: import FAILED: %2</source>
        <translation>radprev: %1: увозот НЕ УСПЕА: %2</translation>
    </message>
    <message>
        <source>Workstation %1/%2: packages missing %3.</source>
        <translation>Работна станица %1/%2: недостасуваат пакети %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ништо не е увезено.</translation>
    </message>
    <message>
        <source>%1 packages, last %2, missing %3</source>
        <translation>пакети: %1, последен %2, недостасуваат %3</translation>
    </message>
    <message>
        <source>Central office trusted: %1</source>
        <translation>Централата е доверлива: %1</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕ</translation>
    </message>
    <message>
        <source>Last export: %1 (package %2)</source>
        <translation>Последен извоз: %1 (пакет %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогаш</translation>
    </message>
    <message>
        <source>Next export due: %1</source>
        <translation>Следен извоз до: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ДОЦНИ</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Промени на чекање: %1</translation>
    </message>
    <message>
        <source>Awaiting receipt: %1</source>
        <comment>, </comment>
        <translation>Чека потврда за прием: %1</translation>
    </message>
    <message>
        <source>(overdue: %1)</source>
        <comment>, </comment>
        <translation>(доцнат: %1)</translation>
    </message>
    <message>
        <source>central certificate</source>
        <translation>сертификат на централата</translation>
    </message>
    <message>
        <source>workstation signing key</source>
        <translation>клуч за потпишување на работната станица</translation>
    </message>
    <message>
        <source>package %1 line %2</source>
        <translation>пакет %1 ред %2</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>Ништо не е во карантин.</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>пакет %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>верзија %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Нема судири.</translation>
    </message>
    <message>
        <source>--database is for --mode central only (workstations keep a vault file)</source>
        <translation>--database е само за --mode central (работните станици имаат датотека на трезор)</translation>
    </message>
    <message>
        <source>a central office has no units: leave out --unit</source>
        <translation>централата нема единици: изоставете го --unit</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Лозинка на администраторот</translation>
    </message>
    <message>
        <source>Central store created on %1</source>
        <translation>Централното складиште е создадено на %1</translation>
    </message>
    <message>
        <source>Settings (no password) in %1; use --vault %1 with every command.</source>
        <translation>Поставките (без лозинка) се во %1; користете --vault %1 со секоја команда.</translation>
    </message>
    <message>
        <source>a central store backup needs --identity-file and --into SETTINGS</source>
        <translation>резервната копија на централното складиште бара --identity-file и --into SETTINGS</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2; point central.json at it.</source>
        <translation>Резервната копија %1 е вратена во %2; насочете го central.json кон неа.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обука</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Крило за обука</translation>
    </message>
    <message>
        <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
        <translation>Базата за обука е создадена во %1
Додајте полазници (улога officer) и инструктор (улога trainer) со
  %2
Код за враќање на базата за обука:

    %3
</translation>
    </message>
    <message>
        <source>Prisoner: %1, %2 — prison number %3</source>
        <translation>Осудено лице: %1, %2 — матичен број %3</translation>
    </message>
    <message>
        <source>Record your observation as you would on duty, then ask for feedback:</source>
        <translation>Запишете го вашето набљудување како на должност, а потоа побарајте повратна информација:</translation>
    </message>
    <message>
        <source>you have no open exercise: start one with `radprev training start`</source>
        <translation>немате отворена вежба: започнете ја со `radprev training start`</translation>
    </message>
    <message>
        <source>Vault created in %1</source>
        <translation>Трезорот е создаден во %1</translation>
    </message>
    <message>
        <source>Recovery code (shown once; print it and keep it in the safe):</source>
        <translation>Код за враќање (се прикажува еднаш; испечатете го и чувајте го во сефот):</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Лозинка за %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Додадена е сметката %1 (%2).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>КОРИСНИК</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>УЛОГИ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>СОСТОЈБА</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>ОДДЕЛЕНИЈА</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>оневозможена</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, мора да ја промени лозинката</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Тековна лозинка: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Лозинката е променета.</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>Привремена лозинка за %1</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Лозинката на %1 е ресетирана; мора да се промени при следната најава.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>Сметката %1 е оневозможена.</translation>
    </message>
    <message>
        <source>%1 enabled; the new password must be changed at the next login.</source>
        <translation>Сметката %1 е овозможена; новата лозинка мора да се промени при следната најава.</translation>
    </message>
    <message>
        <source>%1 removed; the vault was rekeyed.</source>
        <translation>Сметката %1 е отстранета; клучот на трезорот е променет.</translation>
    </message>
    <message>
        <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
        <translation>%1 отстранета; нејзината лозинка веќе ништо не отвора, а нејзините отворени сесии се прекинати.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Код за враќање: </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Нова лозинка за %1</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Поставена е нова лозинка за %1.</translation>
    </message>
    <message>
        <source>The vault has a new key; every key slot was rewrapped.</source>
        <translation>Трезорот има нов клуч; сите места за клучеви се повторно заштитени.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>Дневникот на ревизија е неоштетен: записи %1.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Дневникот на ревизија е ПРЕКИНАТ кај записот %1: %2</translation>
    </message>
    <message>
        <source>radprev: audit chain broken at entry %1: %2</source>
        <translation>radprev: синџирот на ревизијата е прекинат кај записот %1: %2</translation>
    </message>
    <message>
        <source>%1 audit entries written to %2.</source>
        <translation>Записи на ревизијата запишани во %2: %1.</translation>
    </message>
    <message>
        <source>--to must be a folder; %1 is not one</source>
        <translation>--to мора да биде папка; %1 не е</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервната копија е запишана во %1</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
        <translation>Да се замени трезорот во %1 со резервната копија %2? Во нејзиниот дневник на ревизија недостасува непознат број записи што трезорот ги има (остануваат во заменетата копија).</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
        <translation>Да се замени трезорот во %1 со резервната копија %2? Во нејзиниот дневник на ревизија недостасуваат записи што трезорот ги има: %3 (остануваат во заменетата копија).</translation>
    </message>
    <message>
        <source>radprev: restore cancelled; nothing was changed</source>
        <translation>radprev: враќањето е откажано; ништо не е променето</translation>
    </message>
    <message>
        <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
        <translation>Трезорот е вратен од %1; заменетиот трезор е зачуван во %2. Дневникот на ревизија изгуби записи (%3); враќањето е запишано во него со тој број.</translation>
    </message>
    <message>
        <source>give --unit (repeat for several) or --none</source>
        <translation>наведете --unit (повторете за повеќе одделенија) или --none</translation>
    </message>
    <message>
        <source>--unit and --none cannot be used together</source>
        <translation>--unit и --none не може да се користат заедно</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Двете лозинки не се исти.</translation>
    </message>
    <message>
        <source>Observations need at least one subject.</source>
        <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
        <translation>Набљудувањата бараат барем едно осудено лице.</translation>
    </message>
    <message>
        <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
        <translation>Изберете 0–1.000.000 осудени лица и 0–20.000.000 набљудувања.</translation>
    </message>
    <message>
        <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
        <translation>Записот се однесува на: %1 од установата %2, но пакетот го потпиша работна станица од %3: работната станица смее да праќа само записи од својата установа, па записот не е применет.</translation>
    </message>
    <message>
        <source>the file of a prisoner</source>
        <translation>досие на осудено лице</translation>
    </message>
    <message>
        <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
        <translation>Осуденото лице е преместено од %1 во %2: досието сега го води (менува, прегледува, брише) %2, па оваа промена од %1 е оставена настрана, а не применета.</translation>
    </message>
    <message>
        <source>This record was made at %1 and arrived with the prisoner&apos;s file: it is history here and is not corrected or reviewed here.</source>
        <translation>Овој запис е направен во %1 и пристигна со досието на осуденото лице: овде е историја и не се исправа ниту прегледува.</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Шаблонот на контролната листа не е исправен: %1</translation>
    </message>
    <message>
        <source>The training material is not valid: %1</source>
        <translation>Материјалот за обука не е исправен: %1</translation>
    </message>
    <message>
        <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
        <translation>Дали ова е потребно за опис на однесувањето? (%1) Потврдете за да ги задржите зборовите како што се напишани.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Nothing was changed.</source>
        <translation>Дискот е полн: %1 не можеше да се запише. Ништо не е променето.</translation>
    </message>
    <message>
        <source>No permission to write %1 in %2. Nothing was changed.</source>
        <translation>Нема дозвола за запишување на %1 во %2. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was changed.</source>
        <translation>Папката %1 не постои. Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Nothing was changed.</source>
        <translation>%1 не е папка. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Папката за %1 веќе ја нема (дали е извадена USB-меморијата?). Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was changed.</source>
        <translation>%1 е папка, а не датотека. Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed.</source>
        <translation>%1 не можеше да се запише (%2). Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 е папка; може да се запише само обична датотека. Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 е врска (link); може да се запише само обична датотека. Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 не е датотека; може да се запише само обична датотека. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing. Reinstall the application.</source>
        <translation>Недостасува датотеката со превод %1. Повторно инсталирајте ја апликацијата.</translation>
    </message>
    <message>
        <source>The translation file %1 is damaged. Reinstall the application.</source>
        <translation>Датотеката со превод %1 е оштетена. Повторно инсталирајте ја апликацијата.</translation>
    </message>
    <message>
        <source>There is no language %1. Available: %2.</source>
        <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators&apos; lands never touch the same lines). Hidden languages accepted on request (tests, translators&apos; previews).</extracomment>
        <translation>Не постои јазик %1. Достапни: %2.</translation>
    </message>
    <message>
        <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
        <translation>Преводот на %1 сè уште не е целосен, па не може да се користи. Достапни: %2.</translation>
    </message>
    <message>
        <source>This is done at a workstation: the central office&apos;s prisoners and records come from the workstations&apos; packages.</source>
        <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations&apos; packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner&apos;s data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
        <translation>Тоа се прави на работна станица: осудените лица и записите на централата доаѓаат од пакетите на работните станици.</translation>
    </message>
    <message>
        <source>This needs the %1 role.</source>
        <translation>За ова е потребна улогата: %1.</translation>
    </message>
    <message>
        <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
        <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person&apos;s request. The grant code that reaches every establishment (central office only).</extracomment>
        <translation>Во одделенијата во кои работите нема такво осудено лице. Ако ви треба ова досие, замолете го администраторот да ви го додели тоа одделение.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 мора да биде од типот %2.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 има повеќе од %2 знаци.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 е празно.</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters.</source>
        <translation>%1 има помалку од %2 знаци.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries.</source>
        <translation>%1 има повеќе од %2 ставки.</translation>
    </message>
    <message>
        <source>%1 is below %2.</source>
        <translation>%1 е помало од %2.</translation>
    </message>
    <message>
        <source>%1 is above %2.</source>
        <translation>%1 е поголемо од %2.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 не е една од вредностите: %2.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 го нема очекуваниот облик.</translation>
    </message>
    <message>
        <source>%1 does not have the required value.</source>
        <translation>%1 ја нема бараната вредност.</translation>
    </message>
    <message>
        <source>%1 has fields that are not allowed.</source>
        <translation>%1 содржи полиња што не се дозволени.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Недостасува: %1.</translation>
    </message>
    <message>
        <source>%1 breaks the rule %2.</source>
        <translation>%1 го крши правилото %2.</translation>
    </message>
    <message>
        <source>%1: the record does not match its schema.</source>
        <translation>%1: записот не одговара на својата шема.</translation>
    </message>
    <message>
        <source>the file is too large for a checklist template</source>
        <translation>датотеката е преголема за шаблон на контролна листа</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>не може да се прочита (%1)</translation>
    </message>
    <message>
        <source>is not a JSON file</source>
        <translation>не е JSON-датотека</translation>
    </message>
    <message>
        <source>is not a checklist template</source>
        <translation>не е шаблон на контролна листа</translation>
    </message>
    <message>
        <source>the template has no domains to print</source>
        <translation>шаблонот нема области за печатење</translation>
    </message>
    <message>
        <source>Give the reason for this report.</source>
        <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person&apos;s own request (LED Art. 14).</extracomment>
        <translation>Наведете ја причината за овој извештај.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Причината е предолга.</translation>
    </message>
    <message>
        <source>Unknown report action: %1.</source>
        <translation>Непознато дејство за извештај: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (200 characters at most).</source>
        <translation>Причината е предолга (најмногу 200 знаци).</translation>
    </message>
    <message>
        <source>The recipient is too long (200 characters at most).</source>
        <translation>Примачот е предолг (најмногу 200 знаци).</translation>
    </message>
    <message>
        <source>Say who the report is for (recipient).</source>
        <translation>Наведете за кого е наменет извештајот (примач).</translation>
    </message>
    <message>
        <source>The reason and the recipient are 200 characters at most.</source>
        <translation>Причината и примачот имаат најмногу 200 знаци.</translation>
    </message>
    <message>
        <source>A key fingerprint must be hexadecimal digits.</source>
        <translation>Отпечатокот на клучот мора да се состои од хексадецимални цифри.</translation>
    </message>
    <message>
        <source>The vault has no signing key.</source>
        <translation>Трезорот нема клуч за потпишување.</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is damaged.</source>
        <translation>Клучот за потпишување на трезорот е оштетен.</translation>
    </message>
    <message>
        <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
        <translation>Извештајот не можеше да се распореди (ставка е преголема за страница). Не е создаден PDF.</translation>
    </message>
    <message>
        <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
        <translation>Тоа не е код за враќање (8 групи од по 5 букви и цифри).</translation>
    </message>
    <message>
        <source>A release handover is made together with its package: use Release handover in the prisoner&apos;s file, or `radprev handover`.</source>
        <translation>Предавањето при отпуст се прави заедно со неговиот пакет: користете Предавање при отпуст во досието на осуденото лице или `radprev handover`.</translation>
    </message>
    <message>
        <source>Give the recovery code.</source>
        <translation>Внесете го кодот за враќање.</translation>
    </message>
    <message>
        <source>Choose an observation.</source>
        <translation>Изберете набљудување.</translation>
    </message>
    <message>
        <source>Choose a prisoner.</source>
        <translation>Изберете осудено лице.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Внесете го првиот ден од периодот.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Внесете го последниот ден од периодот.</translation>
    </message>
    <message>
        <source>Choose an establishment.</source>
        <translation>Изберете установа.</translation>
    </message>
    <message>
        <source>Choose the question.</source>
        <translation>Изберете прашање.</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <extracomment>Statuses of an observation version the office reports on.</extracomment>
        <translation>%1 не е датум (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>You do not work in unit %1: choose one of your units.</source>
        <translation>Не работите во одделението %1: изберете едно од вашите одделенија.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Периодот завршува пред да започне.</translation>
    </message>
    <message>
        <source>There is no unit %1 in this establishment.</source>
        <translation>Во оваа установа не постои одделение %1.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Не можете да ја отстраните сопствената сметка.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Не можете да ја оневозможите сопствената сметка.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Не постои сметка со име %1.</translation>
    </message>
    <message>
        <source>The account %1 is not disabled.</source>
        <translation>Сметката %1 не е оневозможена.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <extracomment>The sensitive-term questions answered &quot;necessary&quot; when the run was sealed.</extracomment>
        <translation>Полето „%1“ мора да биде текст.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Полето „%1“ има повеќе од %2 знаци.</translation>
    </message>
    <message>
        <source>The %1 contains a character that is not allowed.</source>
        <translation>Полето „%1“ содржи знак што не е дозволен.</translation>
    </message>
    <message>
        <source>The %1 must be a date like 2026-11-25.</source>
        <translation>Полето „%1“ мора да биде датум, на пр. 2026-11-25.</translation>
    </message>
    <message>
        <source>date of the example for item %1</source>
        <translation>датум на примерот за ставката %1</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is in the future.</source>
        <translation>Датумот на примерот за ставката %1 е во иднината.</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is too far back.</source>
        <translation>Датумот на примерот за ставката %1 е премногу далеку во минатото.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Поставете го датумот на следниот преглед.</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>датум на следниот преглед</translation>
    </message>
    <message>
        <source>The next review date cannot be in the past.</source>
        <translation>Датумот на следниот преглед не може да биде во минатото.</translation>
    </message>
    <message>
        <source>The next review date is more than three years ahead.</source>
        <translation>Датумот на следниот преглед е повеќе од три години однапред.</translation>
    </message>
    <message>
        <source>Item %1 is not part of checklist %2 version %3.</source>
        <translation>Ставката %1 не е дел од контролната листа %2, верзија %3.</translation>
    </message>
    <message>
        <source>The answer for item %1 must be observed, not observed or unknown.</source>
        <translation>Одговорот за ставката %1 мора да биде: забележано, не е забележано или непознато.</translation>
    </message>
    <message>
        <source>example for item %1</source>
        <translation>пример за ставката %1</translation>
    </message>
    <message>
        <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
        <translation>Ставка %1: пример и неговиот датум се бележат само кога ставката е означена како забележана.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
        <translation>Ставката %1 е означена како забележана: напишете конкретен пример за она што е видено или слушнато.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: give the date of the example.</source>
        <translation>Ставката %1 е означена како забележана: наведете го датумот на примерот.</translation>
    </message>
    <message>
        <source>An answer must be an AnswerInput.</source>
        <translation>Одговорот мора да биде од типот AnswerInput.</translation>
    </message>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation>На ставката %1 е одговорено двапати.</translation>
    </message>
    <message>
        <source>other explanations</source>
        <translation>други објаснувања</translation>
    </message>
    <message>
        <source>context notes</source>
        <translation>белешки за контекстот</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>резиме</translation>
    </message>
    <message>
        <source>Protective factors are marked both observed and &apos;none observed&apos;.</source>
        <translation>Заштитните фактори се означени и како забележани и како „ниеден не е забележан“.</translation>
    </message>
    <message>
        <source>Protective factors are a required section: mark at least one as observed, or answer &apos;none observed&apos;.</source>
        <translation>Заштитните фактори се задолжителен дел: означете барем еден како забележан или одговорете „ниеден не е забележан“.</translation>
    </message>
    <message>
        <source>Other possible explanations are a required section: describe them, or answer &apos;none identified&apos;.</source>
        <translation>Другите можни објаснувања се задолжителен дел: опишете ги или одговорете „ниедно не е утврдено“.</translation>
    </message>
    <message>
        <source>Other explanations are described and also marked &apos;none identified&apos;.</source>
        <translation>Другите објаснувања се опишани, а истовремено е означено „ниедно не е утврдено“.</translation>
    </message>
    <message>
        <source>Write a short summary before completing the checklist.</source>
        <translation>Напишете кратко резиме пред да ја завршите контролната листа.</translation>
    </message>
    <message>
        <source>Item %1 is not in the template.</source>
        <translation>Ставката %1 не е во шаблонот.</translation>
    </message>
    <message>
        <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not &apos;see above&apos; and not the item&apos;s wording.</source>
        <translation>Напишете го примерот за ставката %1 со свои зборови: што видовте или слушнавте, кога и каде — не „види погоре“ и не текстот на ставката.</translation>
    </message>
    <message>
        <source>checklist_run: %1</source>
        <translation>checklist_run: %1</translation>
    </message>
    <message>
        <source>the item %1 is answered twice</source>
        <translation>на ставката %1 е одговорено двапати</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD</source>
        <translation>%1 мора да биде датум ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>The checklist run to export no longer exists.</source>
        <translation>Пополнетата контролна листа за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>template %1 version %2 is not in the vault</source>
        <translation>шаблонот %1, верзија %2, не е во трезорот</translation>
    </message>
    <message>
        <source>the run used different template content than this vault holds</source>
        <translation>листата е пополнета според поинаква содржина на шаблонот од онаа во овој трезор</translation>
    </message>
    <message>
        <source>item %1 is not in the template</source>
        <translation>ставката %1 не е во шаблонот</translation>
    </message>
    <message>
        <source>item %1 is observed without a dated example</source>
        <translation>ставката %1 е означена како забележана без пример со датум</translation>
    </message>
    <message>
        <source>There is no such checklist run in the vault.</source>
        <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
        <translation>Во трезорот не постои таква пополнета контролна листа.</translation>
    </message>
    <message>
        <source>The checklist template %1 version %2 is not in the vault.</source>
        <translation>Шаблонот на контролна листа %1, верзија %2, не е во трезорот.</translation>
    </message>
    <message>
        <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
        <translation>Оваа контролна листа е завршена и запечатена; наместо тоа исправете ја со причина.</translation>
    </message>
    <message>
        <source>Only the author can change a draft checklist run.</source>
        <translation>Само авторот може да го менува нацртот на контролната листа.</translation>
    </message>
    <message>
        <source>reason for the amendment</source>
        <translation>причина за исправката</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Наведете ја причината за исправката.</translation>
    </message>
    <message>
        <source>This checklist run is still a draft: edit it instead of amending it.</source>
        <translation>Оваа контролна листа е сè уште нацрт: уредете ја наместо да ја исправате.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor can amend a checklist run.</source>
        <translation>Контролната листа може да ја исправи само авторот или претпоставениот.</translation>
    </message>
    <message>
        <source>Unknown grading preset %1; known presets: %2.</source>
        <translation>Непозната шема на оценување %1; познати шеми: %2.</translation>
    </message>
    <message>
        <source>Source grade %1 is not one of %2.</source>
        <translation>Оценката на изворот %1 не е една од: %2.</translation>
    </message>
    <message>
        <source>Information grade %1 is not one of %2.</source>
        <translation>Оценката на информацијата %1 не е една од: %2.</translation>
    </message>
    <message>
        <source>Handling code %1 is not one of %2.</source>
        <translation>Ознаката за постапување %1 не е една од: %2.</translation>
    </message>
    <message>
        <source>Handling C needs the conditions of sharing written out.</source>
        <translation>Постапувањето C бара условите за споделување да бидат напишани.</translation>
    </message>
    <message>
        <source>The handling conditions are too long.</source>
        <translation>Условите за постапување се предолги.</translation>
    </message>
    <message>
        <source>Unknown reason for access %1; choose one of %2.</source>
        <translation>Непозната причина за пристап %1; изберете една од: %2.</translation>
    </message>
    <message>
        <source>The reason %1 is implied by a screen and cannot be chosen.</source>
        <translation>Причината %1 произлегува од екранот и не може да се избере.</translation>
    </message>
    <message>
        <source>Say in a few words why you open this file (reason &apos;other&apos;).</source>
        <translation>Наведете со неколку зборови зошто го отворате ова досие (причина „друго“).</translation>
    </message>
    <message>
        <source>The reason for access is limited to %1 characters.</source>
        <translation>Причината за пристап има најмногу %1 знаци.</translation>
    </message>
    <message>
        <source>A reason for access is required to open a file.</source>
        <translation>За отворање досие потребна е причина за пристап.</translation>
    </message>
    <message>
        <source>Drafts are never exported.</source>
        <extracomment>The sensitive-term questions the writer answered &quot;necessary&quot; when sealing a record.</extracomment>
        <translation>Нацртите никогаш не се извезуваат.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or &quot;none identified&quot; — required, like the assessment, before the record is sealed. A level of the establishment&apos;s list (services/classification.py); &quot;&quot; = the lowest.</extracomment>
        <translation>Полето „%1“ е задолжително.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters.</source>
        <translation>Полето „%1“ има најмногу %2 знаци.</translation>
    </message>
    <message>
        <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>%1 не е датум ниту време (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДTЧЧ:ММ).</translation>
    </message>
    <message>
        <source>The event cannot be in the future.</source>
        <translation>Настанот не може да биде во иднината.</translation>
    </message>
    <message>
        <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not &apos;see the facts&apos; and not the checklist&apos;s wording.</source>
        <translation>Напишете го доказот за %1 со свои зборови: што видовте или слушнавте, кога и каде — реченица, не „види ги фактите“ и не текстот на контролната листа.</translation>
    </message>
    <message>
        <source>%1 is not an indicator code (like A3.2).</source>
        <translation>%1 не е ознака на показател (на пр. A3.2).</translation>
    </message>
    <message>
        <source>Indicator %1 is listed twice.</source>
        <translation>Показателот %1 е наведен двапати.</translation>
    </message>
    <message>
        <source>The evidence for %1</source>
        <translation>доказ за %1</translation>
    </message>
    <message>
        <source>Indicator %1 is not in the active checklist template.</source>
        <translation>Показателот %1 не е во активниот шаблон на контролна листа.</translation>
    </message>
    <message>
        <source>%1 is not a category of person.</source>
        <translation>%1 не е категорија на лице.</translation>
    </message>
    <message>
        <source>A description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>A protective factor</source>
        <translation>заштитен фактор</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Настанот не може да заврши пред да започне.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>должност</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Што е видено или слушнато</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>проценка</translation>
    </message>
    <message>
        <source>The other explanations</source>
        <translation>Другите објаснувања</translation>
    </message>
    <message>
        <source>Write your assessment: why it may matter, and the person&apos;s usual behaviour before.</source>
        <translation>Напишете ја вашата проценка: зошто може да е важно и какво беше порано вообичаеното однесување на лицето.</translation>
    </message>
    <message>
        <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer &apos;none identified&apos; after considering them.</source>
        <translation>Другите можни објаснувања се задолжителни: опишете ги (долг, судир, болест, лоши вести…) или, откако ќе ги разгледате, одговорете „ниедно не е утврдено“.</translation>
    </message>
    <message>
        <source>The source identity</source>
        <translation>идентитет на изворот</translation>
    </message>
    <message>
        <source>The action taken</source>
        <translation>преземено дејство</translation>
    </message>
    <message>
        <source>The prisoner&apos;s account</source>
        <translation>изјава на осуденото лице</translation>
    </message>
    <message>
        <source>There is no such observation (it may have been erased).</source>
        <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
        <translation>Такво набљудување не постои (можеби е избришано).</translation>
    </message>
    <message>
        <source>There is no such observation (drafts are visible to their author only).</source>
        <translation>Такво набљудување не постои (нацртите ги гледа само нивниот автор).</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may see the source identity.</source>
        <translation>Идентитетот на изворот може да го види само авторот или претпоставениот.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: %1.</source>
        <translation>Овие полиња не може да се менуваат: %1.</translation>
    </message>
    <message>
        <source>This observation was submitted and is sealed; amend it with a reason.</source>
        <translation>Ова набљудување е поднесено и запечатено; исправете го со причина.</translation>
    </message>
    <message>
        <source>Only the author may edit a draft.</source>
        <translation>Нацртот може да го уредува само авторот.</translation>
    </message>
    <message>
        <source>A submitted observation cannot be discarded.</source>
        <translation>Поднесено набљудување не може да се отфрли.</translation>
    </message>
    <message>
        <source>This observation was already submitted.</source>
        <translation>Ова набљудување е веќе поднесено.</translation>
    </message>
    <message>
        <source>Only the author may submit a draft.</source>
        <translation>Нацртот може да го поднесе само авторот.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>За исправката е потребна причина.</translation>
    </message>
    <message>
        <source>A workstation grants access to its own establishment only.</source>
        <translation>Работната станица дава пристап само до сопствената установа.</translation>
    </message>
    <message>
        <source>Give the establishment&apos;s code.</source>
        <translation>Наведете ја шифрата на установата.</translation>
    </message>
    <message>
        <source>Say why the account needs this access.</source>
        <translation>Наведете зошто на сметката ѝ е потребен овој пристап.</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Причината има најмногу %1 знаци.</translation>
    </message>
    <message>
        <source>An amendment must change at least one field.</source>
        <translation>Исправката мора да промени барем едно поле.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only submitted observations are amended.</source>
        <translation>Нацртот се уредува директно; се исправаат само поднесените набљудувања.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may amend an observation.</source>
        <translation>Набљудувањето може да го исправи само авторот или претпоставениот.</translation>
    </message>
    <message>
        <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Ова досие сè уште не може да се анонимизира: записи што не се доставени до централата: %1. Извезете ги, почекајте потврда за прием, па одлучете повторно.</translation>
    </message>
    <message>
        <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Ова досие сè уште не може да се избрише: записи што не се доставени до централата: %1. Извезете ги, почекајте потврда за прием, па одлучете повторно.</translation>
    </message>
    <message>
        <source>A retention decision needs a reason.</source>
        <translation>Одлуката за чување бара образложение.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>Образложението има најмногу 500 знаци.</translation>
    </message>
    <message>
        <source>%1 is not a decision; choose keep, anonymise or erase.</source>
        <translation>%1 не е одлука; изберете: задржи, анонимизирај или избриши.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 не е датум.</translation>
    </message>
    <message>
        <source>The new review date must be in the future.</source>
        <translation>Новиот датум на преглед мора да биде во иднината.</translation>
    </message>
    <message>
        <source>This file is already anonymised.</source>
        <translation>Ова досие е веќе анонимизирано.</translation>
    </message>
    <message>
        <source>The review to export no longer exists.</source>
        <translation>Прегледот за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>review refers to an observation the vault does not hold.</source>
        <translation>прегледот се однесува на набљудување што не е во трезорот.</translation>
    </message>
    <message>
        <source>A page holds 1–1000 rows and starts at 0 or later.</source>
        <translation>Страницата има 1–1000 редови и почнува од 0 или подоцна.</translation>
    </message>
    <message>
        <source>A comment is limited to %1 characters.</source>
        <translation>Коментарот има најмногу %1 знаци.</translation>
    </message>
    <message>
        <source>You cannot review your own observation; another supervisor must.</source>
        <translation>Не можете да го прегледувате сопственото набљудување; тоа мора да го направи друг претпоставен.</translation>
    </message>
    <message>
        <source>This observation is %1; it is not awaiting review.</source>
        <translation>Статус на ова набљудување: %1; не чека преглед.</translation>
    </message>
    <message>
        <source>Returning needs a comment for the author.</source>
        <translation>За враќање е потребен коментар за авторот.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment for the author.</source>
        <translation>За одбивање е потребен коментар за авторот.</translation>
    </message>
    <message>
        <source>Re-grading needs a comment for the author.</source>
        <translation>За промена на оценката е потребен коментар за авторот.</translation>
    </message>
    <message>
        <source>There is no such review.</source>
        <translation>Таков преглед не постои.</translation>
    </message>
    <message>
        <source>Give a reason for access before reading the record.</source>
        <translation>Наведете причина за пристап пред да го читате записот.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Внесете барем една буква или цифра за пребарување.</translation>
    </message>
    <message>
        <source>The auditor sees records&apos; metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
        <translation>Ревизорот ги гледа метаподатоците на записите и дневникот на ревизија, а не она што го напишале службените лица: наместо тоа барајте по име или број на осуденото лице.</translation>
    </message>
    <message>
        <source>The subject to export no longer exists.</source>
        <translation>Осуденото лице за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
        <translation>Матичниот број %1 од %2 во централата е друго досие: аналитичарот може да ги поврзе двете досиеја ако се работи за едно лице.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is already another file in this vault.</source>
        <translation>Матичниот број %1 од %2 веќе е друго досие во овој трезор.</translation>
    </message>
    <message>
        <source>family name</source>
        <extracomment>The names of the name fields as errors say them (in the user&apos;s language).</extracomment>
        <translation>презиме</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>име</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>The kinds of programme the issue names, until a reference bundle sends the country&apos;s list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
        <translation>Полето „%1“ е задолжително.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Полето „%1“ има најмногу %2 знаци.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Полето „%1“ содржи контролни знаци.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Датумот не може да биде во иднината.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Датумот не може да биде пред %1.</translation>
    </message>
    <message>
        <source>%1 is not a programme of the list: %2.</source>
        <translation>%1 не е програма од листата: %2.</translation>
    </message>
    <message>
        <source>There is no such referral (it may have been erased).</source>
        <translation>Такво упатување не постои (можеби е избришано).</translation>
    </message>
    <message>
        <source>Referrals are recorded at the prison, not at the central office.</source>
        <translation>Упатувањата се запишуваат во затворот, а не во централата.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; refer the prisoner there.</source>
        <translation>Ова досие ѝ припаѓа на друга установа; упатете го осуденото лице таму.</translation>
    </message>
    <message>
        <source>This file was anonymised; nothing more is recorded in it.</source>
        <translation>Ова досие е анонимизирано; во него повеќе ништо не се запишува.</translation>
    </message>
    <message>
        <source>This referral was made at %1 and arrived with the prisoner&apos;s file: it is history here. Record a new referral instead.</source>
        <translation>Ова упатување е направено во %1 и пристигна со досието на осуденото лице: овде е историја. Наместо тоа, запишете ново упатување.</translation>
    </message>
    <message>
        <source>Only the officer who referred or a supervisor may update it.</source>
        <translation>Може да го ажурира само службеното лице што упатило или претпоставениот.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it is closed.</source>
        <translation>Упатување со статус %1 не може да добие статус %2; затворено е.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2 (next: %3).</source>
        <translation>Упатување со статус %1 не може да добие статус %2 (следен: %3).</translation>
    </message>
    <message>
        <source>Nothing changes: choose the next status or write the outcome.</source>
        <translation>Ништо не се менува: изберете го следниот статус или напишете го исходот.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, spaces and - &apos; . only (no emoji or symbols).</source>
        <translation>Полето „%1“ може да содржи само букви, празни места и - &apos; . (без емоџија и симболи).</translation>
    </message>
    <message>
        <source>A prison number is 1–32 letters or digits (spaces, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; allowed).</source>
        <translation>Матичниот број има 1–32 букви или цифри (дозволени се празни места, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>Годината на раѓање мора да биде помеѓу 1900 и %1.</translation>
    </message>
    <message>
        <source>There is no active unit %1 in this establishment.</source>
        <translation>Во оваа установа не постои активно одделение %1.</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ќелија</translation>
    </message>
    <message>
        <source>There is no such prisoner in the vault (it may have been erased).</source>
        <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
        <translation>Во трезорот нема такво осудено лице (досието можеби е избришано).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 in %2 is recorded.</source>
        <translation>Во %2 не е запишано осудено лице со матичен број %1.</translation>
    </message>
    <message>
        <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
        <translation>Во централата матичниот број се наведува со установата, на пр. PL-WAW1:%1 (броевите се единствени само во рамките на установата).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 is recorded.</source>
        <translation>Не е евидентирано осудено лице со матичен број %1.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded in this establishment; open that prisoner&apos;s file instead.</source>
        <translation>Матичниот број %1 е веќе евидентиран во оваа установа; наместо тоа отворете го досието на тоа осудено лице.</translation>
    </message>
    <message>
        <source>Say why the prisoner&apos;s details change.</source>
        <translation>Наведете зошто се менуваат податоците за осуденото лице.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be changed.</source>
        <translation>Ова досие е анонимизирано и не може да се менува.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded.</source>
        <translation>Матичниот број %1 е веќе евидентиран.</translation>
    </message>
    <message>
        <source>The record refers to a prisoner the vault does not hold.</source>
        <translation>Записот се однесува на осудено лице што не е во трезорот.</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a template may be at most %2</source>
        <translation>датотеката има %1 бајти; шаблонот може да има најмногу %2</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2.</source>
        <translation>Датотеката на шаблонот %1 не може да се прочита: %2.</translation>
    </message>
    <message>
        <source>Unknown template origin %1.</source>
        <translation>Непознато потекло на шаблонот %1.</translation>
    </message>
    <message>
        <source>The template signature is too long.</source>
        <translation>Потписот на шаблонот е предолг.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
        <translation>Шаблонот %1, верзија %2, е веќе зачуван со поинаква содржина. На изменетиот шаблон дајте му нов број на верзија.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
        <translation>Шаблонот %1, верзија %2, овде е зачуван со поинаква содржина од онаа што ја испрати централата.</translation>
    </message>
    <message>
        <source>There is no checklist template %1 in the vault.</source>
        <translation>Во трезорот нема шаблон на контролна листа %1.</translation>
    </message>
    <message>
        <source>No checklist template is active; an administrator must choose one.</source>
        <translation>Ниеден шаблон на контролна листа не е активен; администраторот мора да избере еден.</translation>
    </message>
    <message>
        <source>There is no such tombstone.</source>
        <translation>Таква трага од бришење не постои.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Лозинката мора да има најмалку %1 знаци.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Лозинката не смее да биде исто што и корисничкото име.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Лозинката содржи премалку различни знаци.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Доделете ѝ на сметката барем една улога.</translation>
    </message>
    <message>
        <source>The role %1 does not exist in a %2 vault.</source>
        <translation>Улогата %1 не постои во трезор од видот: %2.</translation>
    </message>
    <message>
        <source>A username is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Корисничкото име има 2–32 букви, цифри, &apos;.&apos;, &apos;_&apos; или &apos;-&apos; и почнува со буква или цифра.</translation>
    </message>
    <message>
        <source>The username %1 is already taken (or was used before).</source>
        <translation>Корисничкото име %1 е веќе зафатено (или порано било користено).</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Не постои одделение %1.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Не можете сами да си ја одземете улогата на администратор.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: enable it, which sets a new password.</source>
        <translation>Сметката %1 е оневозможена: овозможете ја, со што се поставува нова лозинка.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Новата лозинка мора да се разликува од тековната.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be removed.</source>
        <translation>Последниот активен администратор не може да се отстрани.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Корисничкото име содржи само букви, цифри, &apos;.&apos;, &apos;_&apos; или &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters or digits.</source>
        <translation>Ознаката на установата има 1–16 букви или цифри.</translation>
    </message>
    <message>
        <source>A training vault is never made in the real vault&apos;s folder; choose another folder.</source>
        <translation>Трезор за обука никогаш не се создава во папката на вистинскиот трезор; изберете друга папка.</translation>
    </message>
    <message>
        <source>A vault already exists in %1.</source>
        <translation>Во %1 веќе постои трезор.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose a new one before you go on.</source>
        <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server&apos;s, not a re-encryption (screens say which).</extracomment>
        <translation>Вашата лозинка ја постави администраторот: изберете нова пред да продолжите.</translation>
    </message>
    <message>
        <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
        <translation>vault.keys и vault.db не се согласуваат дали ова е трезор за обука: едната од нив е заменета или изменета. Ништо не е отворено.</translation>
    </message>
    <message>
        <source>This central office&apos;s database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
        <translation>Базата на податоци на оваа централа се чува на сервер и нема код за враќање. Администраторот повторно ја овозможува вашата сметка со нова привремена лозинка (Администрација › Сметки или radprev user enable).</translation>
    </message>
    <message>
        <source>This account is disabled: an administrator enables it with a new password.</source>
        <translation>Оваа сметка е оневозможена: администраторот ја овозможува со нова лозинка.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Само администраторот може да врати резервна копија.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file and database disagree about whether it is a training vault; it is not restored.</source>
        <translation>Датотеката со клучеви и базата на податоци на резервната копија не се согласуваат дали тоа е трезор за обука; копијата не е вратена.</translation>
    </message>
    <message>
        <source>This backup is of a training vault: it is never restored over a real vault.</source>
        <translation>Ова е резервна копија на трезор за обука: никогаш не се враќа врз вистински трезор.</translation>
    </message>
    <message>
        <source>This folder holds a training vault: a real vault&apos;s backup is never restored into it.</source>
        <translation>Во оваа папка е трезор за обука: резервна копија на вистински трезор никогаш не се враќа во неа.</translation>
    </message>
    <message>
        <source>A vault or central store is already set up in %1.</source>
        <translation>Во %1 веќе е поставен трезор или централна база.</translation>
    </message>
    <message>
        <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
        <translation>Базата на податоци %1 веќе содржи централна база; поврзете се со неа преку нејзината датотека со поставки наместо да создавате друга.</translation>
    </message>
    <message>
        <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office&apos;s own database login to upgrade it; until then it cannot be used from here.</source>
        <translation>Централната база ја поставила постара верзија на radprev (шема %1; на оваа верзија ѝ треба %2). Администратор се најавува еднаш преку сопствената најава на канцеларијата во базата на податоци за да ја надгради; дотогаш не може да се користи од тука.</translation>
    </message>
    <message>
        <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
        <translation>Централното складиште на PostgreSQL нема клуч на трезорот: промените на клучевите и резервните копии се прават на серверот (radprev backup; docs/decisions/0011-postgresql-central-store.md).</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait %1 s.</source>
        <translation>Премногу неуспешни обиди: почекајте %1 с.</translation>
    </message>
    <message>
        <source>No central store is set up in %1.</source>
        <translation>Во %1 не е поставена централна база.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <extracomment>Where the backup taken before this login upgraded the vault&apos;s schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
        <translation>Оваа сметка е оневозможена. Обратете се кај администраторот.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Трезорот е заклучен.</translation>
    </message>
    <message>
        <source>There is no part %1 of %2.</source>
        <extracomment>Translation context of every label below (the Settings tab&apos;s own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
        <translation>Не постои дел %1 од поставката %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>„%1“: мора да биде цел број.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>„%1“: вредноста мора да биде помеѓу %2 и %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 characters.</source>
        <translation>„%1“: од 1 до %2 знаци.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>„%1“: дозволени вредности: %2.</translation>
    </message>
    <message>
        <source>%1 must be %2 or %3.</source>
        <translation>„%1“: дозволено е %2 или %3.</translation>
    </message>
    <message>
        <source>%1 are given per part.</source>
        <translation>„%1“ се наведува посебно за секој дел.</translation>
    </message>
    <message>
        <source>%1: there is no part %2.</source>
        <translation>„%1“: не постои дел %2.</translation>
    </message>
    <message>
        <source>Code lists must be an object of lists.</source>
        <translation>Листите со шифри мора да бидат објект со листи.</translation>
    </message>
    <message>
        <source>A code list name is not valid.</source>
        <translation>Називот на листата со шифри не е исправен.</translation>
    </message>
    <message>
        <source>The code list %1 is not a list.</source>
        <translation>Листата со шифри %1 не е листа.</translation>
    </message>
    <message>
        <source>The code list %1 holds bad entries.</source>
        <translation>Листата со шифри %1 содржи неисправни ставки.</translation>
    </message>
    <message>
        <source>%1: give 1 to %2 levels separated by &apos;;&apos;, lowest first, each 1 to %3 characters.</source>
        <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
        <translation>%1: наведете од 1 до %2 степени одделени со „;“, од најнискиот, секој од 1 до %3 знаци.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 го наведува %2 двапати.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Не постои поставка со име %1.</translation>
    </message>
    <message>
        <source>Writing reference bundles</source>
        <translation>Запишување референтни пакети</translation>
    </message>
    <message>
        <source>The bundle part %1 is not valid JSON.</source>
        <translation>Делот од пакетот %1 не е исправен JSON.</translation>
    </message>
    <message>
        <source>Importing reference bundles</source>
        <translation>Увоз на референтни пакети</translation>
    </message>
    <message>
        <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
        <translation>Веќе е увезен понов референтен пакет (%1); пакетот %2 е постар и не е применет.</translation>
    </message>
    <message>
        <source>The bundle&apos;s profile or code lists are malformed.</source>
        <translation>Профилот или листите со шифри во пакетот не се исправни.</translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are not valid: %1</source>
        <translation>Поставките во пакетот не се исправни: %1</translation>
    </message>
    <message>
        <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
        <translation>Шаблонот %1 во пакетот е одбиен: %2 Ништо не е променето.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Таков судир не постои.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
        <translation>тврда врска</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>симболичка врска</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>знаковен уред</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>блоковски уред</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO-редица</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>континуирана датотека</translation>
    </message>
    <message>
        <source>a pax global header</source>
        <translation>глобално pax-заглавие</translation>
    </message>
    <message>
        <source>a pax extended header</source>
        <translation>проширено pax-заглавие</translation>
    </message>
    <message>
        <source>a GNU long name</source>
        <translation>долго GNU-име</translation>
    </message>
    <message>
        <source>a GNU long link</source>
        <translation>долга GNU-врска</translation>
    </message>
    <message>
        <source>a GNU sparse file</source>
        <translation>ретка GNU-датотека</translation>
    </message>
    <message>
        <source>The file&apos;s archive has a malformed %1 field.</source>
        <translation>Архивата на датотеката има неисправно поле %1.</translation>
    </message>
    <message>
        <source>The file&apos;s archive is damaged (a header checksum is wrong).</source>
        <translation>Архивата на датотеката е оштетена (контролниот збир на заглавието не е исправен).</translation>
    </message>
    <message>
        <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
        <translation>Датотеката не е POSIX ustar-архива (другите tar-формати се одбиваат).</translation>
    </message>
    <message>
        <source>The file holds a part whose name is not plain ASCII.</source>
        <translation>Датотеката содржи дел чие име не е обичен ASCII.</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>ставка од непознат вид</translation>
    </message>
    <message>
        <source>The file holds an entry %1 that is %2, not a file.</source>
        <translation>Датотеката содржи ставка %1 што не е датотека, туку: %2.</translation>
    </message>
    <message>
        <source>The file holds an entry %1 inside a folder.</source>
        <translation>Датотеката содржи ставка %1 во папка.</translation>
    </message>
    <message>
        <source>The file holds an unexpected part %1.</source>
        <translation>Датотеката содржи неочекуван дел %1.</translation>
    </message>
    <message>
        <source>The part %1 is larger than allowed.</source>
        <translation>Делот %1 е поголем од дозволеното.</translation>
    </message>
    <message>
        <source>The file is truncated (its archive has no end marker).</source>
        <translation>Датотеката е скратена (архивата нема ознака за крај).</translation>
    </message>
    <message>
        <source>The file holds too many parts.</source>
        <translation>Датотеката содржи премногу делови.</translation>
    </message>
    <message>
        <source>The file holds the part %1 twice.</source>
        <translation>Датотеката го содржи делот %1 двапати.</translation>
    </message>
    <message>
        <source>The part %1 is truncated.</source>
        <translation>Делот %1 е скратен.</translation>
    </message>
    <message>
        <source>The file holds data after the end of its archive.</source>
        <translation>Датотеката содржи податоци по крајот на архивата.</translation>
    </message>
    <message>
        <source>The file has no signed manifest.</source>
        <translation>Датотеката нема потпишан манифест.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 не е обична датотека.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed (%2 bytes).</source>
        <translation>%1 е поголемо од дозволеното (%2 бајти).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 не може да се прочита (%2).</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Манифестот не е исправен JSON.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Манифестот не е JSON-објект.</translation>
    </message>
    <message>
        <source>The manifest holds text that is not valid Unicode.</source>
        <translation>Манифестот содржи текст што не е исправен Unicode.</translation>
    </message>
    <message>
        <source>The manifest holds numbers that are not integers.</source>
        <translation>Манифестот содржи броеви што не се цели.</translation>
    </message>
    <message>
        <source>The manifest is not in canonical form.</source>
        <translation>Манифестот не е во канонски облик.</translation>
    </message>
    <message>
        <source>This is not a radprev file.</source>
        <translation>Ова не е датотека на radprev.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>Манифестот нема верзија на форматот.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
        <translation>Датотеката користи верзија на форматот %1; оваа верзија на radprev чита најмногу до %2. Инсталирајте ја поновата верзија.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid.</source>
        <translation>Верзијата на форматот на датотеката не е исправна.</translation>
    </message>
    <message>
        <source>The manifest signature is malformed.</source>
        <translation>Потписот на манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The signature does not verify against %1: the file was altered or forged.</source>
        <translation>Потписот не се совпаѓа со: %1 — датотеката е изменета или фалсификувана.</translation>
    </message>
    <message>
        <source>The manifest does not list the parts.</source>
        <translation>Манифестот не ги наведува деловите.</translation>
    </message>
    <message>
        <source>The parts in the file do not match the manifest.</source>
        <translation>Деловите во датотеката не се совпаѓаат со манифестот.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>Ставката од манифестот за %1 не е исправна.</translation>
    </message>
    <message>
        <source>The part %1 does not match its hash: it was altered.</source>
        <translation>Делот %1 не се совпаѓа со својот хеш-збир: изменет е.</translation>
    </message>
    <message>
        <source>The part %1 claims too many lines.</source>
        <translation>Делот %1 наведува премногу редови.</translation>
    </message>
    <message>
        <source>The part %1 does not hold the number of lines listed.</source>
        <translation>Делот %1 не го содржи наведениот број редови.</translation>
    </message>
    <message>
        <source>The file is not an encrypted radprev package.</source>
        <translation>Датотеката не е шифриран пакет на radprev.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this office&apos;s key: it was addressed to another office, or it is damaged or truncated.</source>
        <translation>Пакетот не може да се дешифрира со клучот на оваа централа: бил наменет за друга централа или е оштетен или скратен.</translation>
    </message>
    <message>
        <source>The package is damaged (its encryption layer is malformed).</source>
        <translation>Пакетот е оштетен (слојот за шифрирање не е исправен).</translation>
    </message>
    <message>
        <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
        <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
        <translation>Излезната редица содржи промена од видот %1 што оваа верзија не може да ја извезе. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The export&apos;s %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
        <translation>Делот %1 од извозот би го надминал ограничувањето на големината; извезувајте помалку промени одеднаш. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The package would exceed the size limit; nothing was changed.</source>
        <translation>Пакетот би го надминал ограничувањето на големината; ништо не е променето.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
        <translation>Датотека со име %1 веќе постои во %2; прво преместете ја. Ништо не е променето.</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
        <translation>Сè уште нема доверлив сертификат на централата. Администраторот прво мора да му даде доверба (страница Синхронизација или `radprev central trust FILE --fingerprint HEX`).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Папката %1 ја нема (дали е извадена USB-меморијата?). Ништо не е променето.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Извоз</translation>
    </message>
    <message>
        <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
        <translation>%1 не е исправно прочитано од медиумот (неисправна меморија?). Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 did not read back correctly. Nothing was changed.</source>
        <translation>%1 не е исправно прочитано. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The file is not a radprev package, receipt or bundle.</source>
        <translation>Датотеката не е пакет, потврда за прием ни референтен пакет на radprev.</translation>
    </message>
    <message>
        <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation&apos;s enrolment sheet, then enrol it and import again.</source>
        <translation>Пакетот потекнува од работна станица што не е запишана (%1, отпечаток %2). Споредете го отпечатокот со листот за запишување на работната станица, потоа запишете ја и повторно увезете.</translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation>Пакетот е поголем од дозволеното.</translation>
    </message>
    <message>
        <source>The file is not an export package.</source>
        <translation>Датотеката не е пакет за извоз.</translation>
    </message>
    <message>
        <source>The manifest does not name the sender.</source>
        <translation>Манифестот не го наведува испраќачот.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender is malformed.</source>
        <translation>Испраќачот во манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender key is malformed.</source>
        <translation>Клучот на испраќачот во манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sequence number is not valid.</source>
        <translation>Редниот број во манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The manifest&apos;s previous package hash is malformed.</source>
        <translation>Хеш-збирот на претходниот пакет во манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
        <translation>Пакетот е направен за друг сертификат на централата (отпечатокот на примачот не се совпаѓа со оваа централа).</translation>
    </message>
    <message>
        <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
        <translation>Пакетот наведува запишана работна станица, но носи друг клуч: не го направила таа работна станица (фалсификуван или повторен под нејзино име).</translation>
    </message>
    <message>
        <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
        <translation>Пакетот ја наведува установата %1, но оваа работна станица е запишана за %2: не го направила таа работна станица онака како што е запишана. Ништо не е променето.</translation>
    </message>
    <message>
        <source>Enrolling a workstation</source>
        <translation>Запишување работна станица</translation>
    </message>
    <message>
        <source>Importing export packages</source>
        <translation>Увоз на пакети за извоз</translation>
    </message>
    <message>
        <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
        <translation>Пакетот доаѓа од %1, установа до која вашата сметка нема пристап; ќе го увезе администратор или аналитичар што има пристап до неа. Ништо не е сменето.</translation>
    </message>
    <message>
        <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
        <translation>Веќе е увезен друг пакет со број %1 од оваа работна станица: овој е повторен или фалсификуван (или работната станица е вратена од стара резервна копија). Ништо не е променето.</translation>
    </message>
    <message>
        <source>Package 1 names a previous package: the chain is broken.</source>
        <translation>Пакетот 1 наведува претходен пакет: синџирот е прекинат.</translation>
    </message>
    <message>
        <source>Package %1 names no previous package: the chain is broken.</source>
        <translation>Пакетот %1 не наведува претходен пакет: синџирот е прекинат.</translation>
    </message>
    <message>
        <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
        <translation>Пакетот %1 не следи по веќе увезениот пакет %2 (синџирот на пакети е прекинат). Ништо не е променето.</translation>
    </message>
    <message>
        <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
        <translation>Веќе увезениот пакет %1 не следи по овој пакет %2 (синџирот на пакети е прекинат). Ништо не е променето.</translation>
    </message>
    <message>
        <source>%1 is never done in a training vault: practice stays in the training vault.</source>
        <translation>%1 — тоа никогаш не се прави во трезор за обука: вежбите остануваат во трезорот за обука.</translation>
    </message>
    <message>
        <source>%1 is done at the central office, not in this vault.</source>
        <translation>%1 — тоа се прави во централата, не во овој трезор.</translation>
    </message>
    <message>
        <source>%1 is done at a workstation, not in this vault.</source>
        <translation>%1 — тоа се прави на работна станица, не во овој трезор.</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Овој трезор нема клуч за потпишување.</translation>
    </message>
    <message>
        <source>Managing the central office keys</source>
        <translation>Управување со клучевите на централата</translation>
    </message>
    <message>
        <source>Setting the backup recipient</source>
        <translation>Поставување на примачот на резервната копија</translation>
    </message>
    <message>
        <source>The backup recipient is not an age key (age1…).</source>
        <translation>Примачот на резервната копија не е age-клуч (age1…).</translation>
    </message>
    <message>
        <source>Writing the central certificate</source>
        <translation>Запишување на сертификатот на централата</translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation>Датотеката со сертификатот е преголема.</translation>
    </message>
    <message>
        <source>The certificate is not valid JSON.</source>
        <translation>Сертификатот не е исправен JSON.</translation>
    </message>
    <message>
        <source>The certificate is not a JSON object.</source>
        <translation>Сертификатот не е JSON-објект.</translation>
    </message>
    <message>
        <source>This is not a radprev central office certificate.</source>
        <translation>Ова не е сертификат на централата на radprev.</translation>
    </message>
    <message>
        <source>The certificate&apos;s format version is not supported.</source>
        <translation>Верзијата на форматот на сертификатот не е поддржана.</translation>
    </message>
    <message>
        <source>The certificate has missing or unexpected fields.</source>
        <translation>На сертификатот му недостасуваат полиња или има неочекувани полиња.</translation>
    </message>
    <message>
        <source>The certificate field %1 is malformed.</source>
        <translation>Полето на сертификатот %1 не е исправно.</translation>
    </message>
    <message>
        <source>The certificate holds a malformed key.</source>
        <translation>Сертификатот содржи неисправен клуч.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not verify: it was altered.</source>
        <translation>Потписот на сертификатот не се совпаѓа: сертификатот е изменет.</translation>
    </message>
    <message>
        <source>Trusting a central office certificate</source>
        <translation>Доверба во сертификатот на централата</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
        <translation>Отпечатокот не се совпаѓа со сертификатот. Немојте да му верувате: побарајте го од централата листот за запишување и споредете повторно. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The manifest&apos;s transfer key is malformed.</source>
        <translation>Клучот за преместување во манифестот не е исправен.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the workstation&apos;s key. Do not enrol it: compare it with the workstation&apos;s enrolment sheet again. Nothing was changed.</source>
        <translation>Отпечатокот не се совпаѓа со клучот на работната станица. Немојте да ја запишувате: повторно споредете со листот за запишување на работната станица. Ништо не е променето.</translation>
    </message>
    <message>
        <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
        <translation>Овој идентификатор на работна станица е веќе запишан со друг клуч (или клучот под друг идентификатор). Ништо не е променето.</translation>
    </message>
    <message>
        <source>Writing receipts</source>
        <translation>Запишување потврди за прием</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is not valid JSON.</source>
        <translation>Содржината на потврдата за прием не е исправен JSON.</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is malformed.</source>
        <translation>Содржината на потврдата за прием не е исправна.</translation>
    </message>
    <message>
        <source>The file is not a %1.</source>
        <translation>Датотеката не е од видот: %1.</translation>
    </message>
    <message>
        <source>The file does not name its sender.</source>
        <translation>Датотеката не го наведува испраќачот.</translation>
    </message>
    <message>
        <source>The file was not signed by the central office this workstation trusts.</source>
        <translation>Датотеката не ја потпишала централата на која ѝ верува оваа работна станица.</translation>
    </message>
    <message>
        <source>The file&apos;s sequence number is not valid.</source>
        <translation>Редниот број на датотеката не е исправен.</translation>
    </message>
    <message>
        <source>Importing receipts</source>
        <translation>Увоз на потврди за прием</translation>
    </message>
    <message>
        <source>The consolidated view</source>
        <translation>Обединет приказ</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>не е UTF-8 текст (бајт %1)</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>клучот %1 се појавува двапати</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>неисправен JSON: %1 (ред %2, колона %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>неисправен JSON: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>шаблонот мора да биде JSON-објект</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>недостасува задолжителен клуч</translation>
    </message>
    <message>
        <source>unknown key (not part of the template format)</source>
        <translation>непознат клуч (не е дел од форматот на шаблонот)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>непознат клуч</translation>
    </message>
    <message>
        <source>must be of type %1</source>
        <translation>мора да биде од типот %1</translation>
    </message>
    <message>
        <source>text is longer than %1 characters</source>
        <translation>текстот има повеќе од %1 знаци</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>текстот не смее да биде празен</translation>
    </message>
    <message>
        <source>%1 does not have the required form %2</source>
        <translation>%1 го нема бараниот облик %2</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>има повеќе од %1 ставки</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>бара најмалку %1 ставки</translation>
    </message>
    <message>
        <source>entries must not repeat</source>
        <translation>ставките не смеат да се повторуваат</translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation>непознат јазик %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 не е една од вредностите: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>мора да има вредност %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 %3)</source>
        <translation>%1 е надвор од опсегот (%2 %3)</translation>
    </message>
    <message>
        <source>does not meet the rule &apos;%1&apos;</source>
        <translation>не го исполнува правилото „%1“</translation>
    </message>
    <message>
        <source>missing text in a declared language</source>
        <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
        <translation>недостасува текст на наведен јазик</translation>
    </message>
    <message>
        <source>language not listed in $.languages</source>
        <translation>јазикот не е наведен во $.languages</translation>
    </message>
    <message>
        <source>code %1 is already used at %2</source>
        <translation>ознаката %1 е веќе користена во %2</translation>
    </message>
    <message>
        <source>an item of domain %1 must start with its code and a dot</source>
        <translation>ставката од областа %1 мора да почнува со нејзината ознака и точка</translation>
    </message>
    <message>
        <source>an item of a %1 domain must be of the same kind</source>
        <translation>ставката од област од видот %1 мора да биде од истиот вид</translation>
    </message>
    <message>
        <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
        <translation>го заменува %1 (%2); опишете го однесувањето што е важно (насилство, закани, принуда, поддршка за насилство) или наведете го во non_indicators</translation>
    </message>
    <message>
        <source>at least one domain must be of kind indicator</source>
        <translation>барем една област мора да биде од видот indicator</translation>
    </message>
    <message>
        <source>a sample template must carry a notice that it is a sample to adapt</source>
        <translation>шаблонот-пример мора да содржи напомена дека е пример што треба да се прилагоди</translation>
    </message>
    <message>
        <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
        <translation>спомнува вера, етничка припадност или националност (%1); ставката мора да опишува однесување што може да се забележи — таквите работи наведете ги во non_indicators</translation>
    </message>
    <message>
        <source>not representable as JSON: %1</source>
        <translation>не може да се претстави како JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>неисправен JSON: премногу длабоко вгнезден</translation>
    </message>
    <message>
        <source>the template is %1 bytes; at most %2 are allowed</source>
        <translation>шаблонот има %1 бајти; дозволени се најмногу %2</translation>
    </message>
    <message>
        <source>The backup could not be written or did not verify (%1).</source>
        <translation>Резервната копија не можеше да се запише или не ја помина проверката (%1).</translation>
    </message>
    <message>
        <source>The backup did not pass its integrity check.</source>
        <translation>Резервната копија не ја помина проверката на интегритетот.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Резервната копија е нецелосна.</translation>
    </message>
    <message>
        <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
        <translation>%1 не е резервна копија: потребни се vault.db и vault.keys заедно.</translation>
    </message>
    <message>
        <source>The username or password does not open this backup.</source>
        <translation>Корисничкото име или лозинката не ја отвораат оваа резервна копија.</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Резервната копија е оштетена.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with its key file.</source>
        <translation>Базата на податоци на резервната копија не се отвора со нејзината датотека со клучеви.</translation>
    </message>
    <message>
        <source>The key does not open this vault.</source>
        <extracomment>The machine setting that turns SQLite&apos;s wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4&apos;s default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
        <translation>Клучот не го отвора овој трезор.</translation>
    </message>
    <message>
        <source>The vault database could not be opened for writing.</source>
        <translation>Базата на податоци на трезорот не можеше да се отвори за запишување.</translation>
    </message>
    <message>
        <source>No vault in %1.</source>
        <translation>Нема трезор во %1.</translation>
    </message>
    <message>
        <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
        <translation>Во папката на трезорот недостасува датотеката со клучеви vault.keys; трезорот не може да се отвори без неа. Вратете ја vault.keys од резервна копија.</translation>
    </message>
    <message>
        <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
        <translation>Датотеката со клучеви vault.keys е оштетена или е менувана (%1); трезорот не е променет. Вратете ја vault.keys од резервна копија.</translation>
    </message>
    <message>
        <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
        <extracomment>Python steps by migration name (without its number): run after that file&apos;s SQL.</extracomment>
        <translation>Централната база ја поставила понова верзија на radprev (нејзината база на податоци има шема %1; оваа верзија работи со шеми најмногу до %2); инсталирајте ја таа верзија или понова на овој компјутер. Во базата ништо не е променето.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Овој трезор го запишала понова верзија на radprev (шема %1; оваа верзија познава најмногу до %2). Инсталирајте ја поновата верзија за да го отворите.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
        <translation>Клучевите на трезорот токму сега се менуваат (отстранување корисник или промена на клучот). Обидете се повторно за момент.</translation>
    </message>
    <message>
        <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
        <translation>Базата на податоци vault.db недостасува во папката на трезорот. Вратете ја од резервна копија.</translation>
    </message>
    <message>
        <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
        <translation>Оваа сметка не може да запишува во папката на трезорот %1; замолете го администраторот да ги поправи дозволите. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
        <extracomment>SQLite&apos;s own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
        <translation>Базата на податоци vault.db е оштетена (скратена). Вратете ја од резервна копија.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Корисничкото име или лозинката не се точни.</translation>
    </message>
    <message>
        <source>This vault has no recovery slot.</source>
        <translation>Овој трезор нема место за клучот за враќање.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Базата на податоци vault.db е оштетена и не може да се прочита. Вратете ја од резервна копија.</translation>
    </message>
    <message>
        <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
        <translation>Лозинката е точна, но базата vault.db не се отвора со клучот што таа го отклучува: vault.db или vault.keys е заменета или оштетена. Вратете ги двете од резервна копија.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
        <translation>Датотеката со клучеви vault.keys е изменета надвор од radprev (нејзиниот печат не се совпаѓа со клучот на трезорот). Ништо не е отворено. Вратете ја vault.keys од резервна копија или обратете се кај администраторот.</translation>
    </message>
    <message>
        <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault&apos;s. Restore vault.keys from a backup.</source>
        <translation>vault.keys содржи место за клуч што овој трезор не го познава; датотеката со клучеви е изменета или заменета со датотека од друг трезор. Вратете ја vault.keys од резервна копија.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Премногу неуспешни обиди. Почекајте %1 с пред следниот обид.</translation>
    </message>
    <message>
        <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
        <translation>Во меѓувреме друг прозорец или команда повторно го шифрираше трезорот. Најавете се повторно за да продолжите.</translation>
    </message>
    <message>
        <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
        <translation>Промената на клучот на трезорот не е завршена; најавете се повторно (како администратор) за да ја завршите, потоа обидете се повторно.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
        <translation>Датотеката со клучеви vault.keys е изменета надвор од radprev; ништо не е променето. Вратете ја vault.keys од резервна копија.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Не постои место за клуч за %1.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Тековната лозинка не е точна.</translation>
    </message>
    <message>
        <source>The key slot changed meanwhile; try again.</source>
        <translation>Местото за клучот во меѓувреме се промени; обидете се повторно.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
        <translation>Датотеката со клучеви vault.keys е изменета надвор од radprev (нејзиниот печат не се совпаѓа со клучот на трезорот). Вратете ја vault.keys од резервна копија.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; nothing was changed.</source>
        <translation>Повторно шифрираната копија не ја помина проверката; ништо не е променето.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; nothing was changed.</source>
        <translation>Повторно шифрираната копија е нецелосна; ништо не е променето.</translation>
    </message>
    <message>
        <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
        <translation>Базата на податоци сè уште ја користи друг прозорец; затворете го и обидете се повторно. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not a folder.</source>
        <translation>Папката на трезорот %1 не е папка.</translation>
    </message>
    <message>
        <source>The vault folder %1 does not exist and this account cannot create it.</source>
        <translation>Папката на трезорот %1 не постои, а оваа сметка не може да ја создаде.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to add it to the &apos;%2&apos; group (sudo adduser USER %2), then log out and in again.</source>
        <translation>Оваа сметка не смее да ја користи заедничката папка на трезорот %1. Замолете ја ИТ-службата да ја додаде во групата „%2“ (sudo adduser USER %2), потоа одјавете се и повторно најавете се.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to give the workstation&apos;s users modify rights on it (the installer does).</source>
        <translation>Оваа сметка не смее да ја користи заедничката папка на трезорот %1. Замолете ја ИТ-службата да им даде право на измена на корисниците на работната станица (тоа го прави инсталациската програма).</translation>
    </message>
    <message>
        <source>This account may not read and write the vault folder %1.</source>
        <translation>Оваа сметка не може да чита и да запишува во папката на трезорот %1.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Почекајте</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Не е точно</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Сметката е оневозможена</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>Лозинката е преслаба</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Базата на податоци е оштетена</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>Сè уште нема база на податоци</translation>
    </message>
    <message>
        <source>Database of a newer version</source>
        <translation>База на податоци од понова верзија</translation>
    </message>
    <message>
        <source>Database folder not writable</source>
        <translation>Не може да се запишува во папката на базата на податоци</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Не е дозволено</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Проверете го внесеното</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Не е пронајдено</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Судир</translation>
    </message>
    <message>
        <source>Checklist template not valid</source>
        <translation>Шаблонот на контролна листа не е исправен</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Пакетот е одбиен</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Дневникот на ревизија е нарушен</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Датотеката не можеше да се запише</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Проблем со базата на податоци</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Ова не може да се направи</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Неочекувана грешка</translation>
    </message>
    <message>
        <source>The checklist template is not valid:</source>
        <translation>Шаблонот на контролната листа не е исправен:</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
        <translation>Нешто тргна наопаку ({kind}). Неуспешниот чекор не промени ништо.</translation>
    </message>
    <message>
        <source>This is a real vault: training records come from a training vault.</source>
        <translation>Ова е вистински трезор: записите за обука доаѓаат од трезор за обука.</translation>
    </message>
    <message>
        <source>Only a trainer prints another trainee&apos;s training record.</source>
        <translation>Записот за обука на друг полазник го печати само инструкторот.</translation>
    </message>
    <message>
        <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
        <translation>Ова е вистински трезор: вежбите се прават само во трезор за обука (Вежбај на екранот за најава или `radprev training init`).</translation>
    </message>
    <message>
        <source>There is no such exercise.</source>
        <translation>Таква вежба не постои.</translation>
    </message>
    <message>
        <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
        <translation>Сценариото %1 сè уште не е напишано на јазикот %2; постои на: %3.</translation>
    </message>
    <message>
        <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
        <translation>Прво запишете го и поднесете го вашето набљудување за ова осудено лице; потоа побарајте повратна информација.</translation>
    </message>
    <message>
        <source>Only the trainee completes their own exercise.</source>
        <translation>Својата вежба ја завршува само полазникот.</translation>
    </message>
    <message>
        <source>Only a trainer sees other trainees&apos; exercises.</source>
        <translation>Вежбите на другите полазници ги гледа само инструкторот.</translation>
    </message>
    <message>
        <source>There is no training scenario %1. See `radprev training list`.</source>
        <translation>Не постои сценарио за обука %1. Видете `radprev training list`.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Екранот е заклучен.</translation>
    </message>
    <message>
        <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
        <translation>Фонтот за извештаи %1 недостасува во %2. Повторно инсталирајте ја апликацијата; не е создаден PDF.</translation>
    </message>
    <message>
        <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
        <translation>Фонтот за извештаи %1 не може да се прочита. Повторно инсталирајте ја апликацијата; не е создаден PDF.</translation>
    </message>
    <message>
        <source>%1 is not installed (PostgreSQL client tools are needed).</source>
        <translation>%1 не е инсталирано (потребни се клиентските алатки на PostgreSQL).</translation>
    </message>
    <message>
        <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
        <translation>Резервните копии ја читаат лозинката на базата на податоци од датотеката со лозинки на libpq: поставете passfile во central.json (или PGPASSFILE).</translation>
    </message>
    <message>
        <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
        <translation>За оваа централа не е поставен клуч за резервни копии: прво наведете го примачот на резервните копии (radprev central certificate --backup-recipient age1…).</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 веќе постои; изберете ново име на датотека.</translation>
    </message>
    <message>
        <source>This computer&apos;s database login does not reach every establishment, so its backup would be incomplete. Take backups through the office&apos;s own login.</source>
        <translation>Најавата на овој компјутер во базата на податоци не ги опфаќа сите установи, па резервната копија би била нецелосна. Правете резервни копии преку сопствената најава на канцеларијата.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump не успеа: %1</translation>
    </message>
    <message>
        <source>The backup key is not an age identity.</source>
        <translation>Клучот за резервни копии не е age-идентитет.</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore не успеа: %1</translation>
    </message>
    <message>
        <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
        <translation>Серверот ја одби најавата %1 на базата на податоци %2: на датотеката со лозинки %3 ѝ треба ред за таа база (host:port:%2:%1:лозинка). Додајте го и повторно вратете; ништо не е вратено.</translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
        <translation>Резервната копија не може да се дешифрира со овој клуч (погрешен клуч или оштетена датотека).</translation>
    </message>
    <message>
        <source>The central office holds nothing of establishment %1.</source>
        <translation>Централата нема ништо од установата %1.</translation>
    </message>
    <message>
        <source>Reports by establishment are made at the central office.</source>
        <translation>Извештаите по установи се прават во централата.</translation>
    </message>
    <message>
        <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
        <translation>Установата %1 не е меѓу установите што ви се доделени. Ако ви е потребна, побарајте дозвола од администраторот.</translation>
    </message>
    <message>
        <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
        <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor&apos;s words are theirs, so the PDF&apos;s marking takes them into account.</extracomment>
        <translation>Осуденикот е преместен во друга установа: предавањето при отпуст го подготвува установата од која осуденикот се отпушта.</translation>
    </message>
    <message>
        <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
        <translation>Осуденикот е на издржување казна. Предавањето при отпуст се прави кога осуденикот е отпуштен, или порано, откако ќе потврдите дека осуденикот наскоро излегува на слобода.</translation>
    </message>
    <message>
        <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
        <translation>Точноста на ова досие е оспорена и обработката е ограничена: предавање не се прави додека претпоставениот не го укине ограничувањето.</translation>
    </message>
    <message>
        <source>The referral to export no longer exists.</source>
        <translation>Упатувањето за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>a referral starts as proposed</source>
        <translation>упатувањето започнува како предложено</translation>
    </message>
    <message>
        <source>the status steps are not in an allowed order</source>
        <translation>чекорите на статусот не се во дозволен редослед</translation>
    </message>
    <message>
        <source>the status steps are not in date order</source>
        <translation>чекорите на статусот не се подредени по датум</translation>
    </message>
    <message>
        <source>the status is not the last step of the history</source>
        <translation>статусот не е последниот чекор од историјата</translation>
    </message>
    <message>
        <source>Files are linked at the central office.</source>
        <translation>Досиејата се поврзуваат во централата.</translation>
    </message>
    <message>
        <source>Say why you decided (it is kept in the audit log).</source>
        <translation>Наведете зошто одлучивте така (се чува во дневникот на ревизија).</translation>
    </message>
    <message>
        <source>These are the same file already.</source>
        <translation>Ова веќе е истото досие.</translation>
    </message>
    <message>
        <source>A decision about these two files exists (%1); undo it first.</source>
        <translation>Одлука за овие две досиеја веќе постои (%1); прво поништете ја.</translation>
    </message>
    <message>
        <source>Say why the decision is undone.</source>
        <translation>Наведете зошто се поништува одлуката.</translation>
    </message>
    <message>
        <source>There is no such decision in force.</source>
        <translation>Таква одлука не е на сила.</translation>
    </message>
    <message>
        <source>The transfer to export no longer exists.</source>
        <translation>Преместувањето за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>a transfer is recorded at the establishment the prisoner leaves</source>
        <translation>преместувањето се запишува во установата што ја напушта осуденото лице</translation>
    </message>
    <message>
        <source>a transfer goes to another establishment</source>
        <translation>преместувањето оди во друга установа</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters, digits or &apos;-&apos; (e.g. PL-KRK1).</source>
        <extracomment>An establishment code as the central office enrols them (letters, digits, &apos;-&apos;). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
        <translation>Ознаката на установата има 1–16 букви, цифри или &apos;-&apos; (на пр. PL-KRK1).</translation>
    </message>
    <message>
        <source>A transfer is recorded on or after the day it happens, not before.</source>
        <translation>Преместувањето се запишува на денот кога се случува или потоа, не пред тоа.</translation>
    </message>
    <message>
        <source>The transfer date is too far in the past.</source>
        <translation>Датумот на преместувањето е предалеку во минатото.</translation>
    </message>
    <message>
        <source>The note is limited to %1 characters.</source>
        <translation>Белешката може да има најмногу %1 знаци.</translation>
    </message>
    <message>
        <source>A transfer is recorded at the prison the prisoner leaves.</source>
        <translation>Преместувањето се запишува во затворот што го напушта осуденото лице.</translation>
    </message>
    <message>
        <source>The prisoner is already in this establishment: name the one they go to.</source>
        <translation>Осуденото лице веќе е во оваа установа: наведете ја установата во која оди.</translation>
    </message>
    <message>
        <source>%1 is not one of the establishments the central office lists.</source>
        <translation>%1 не е една од установите од листата на централата.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; it cannot be transferred here.</source>
        <translation>Ова досие ѝ припаѓа на друга установа; не може да се премести овде.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be transferred.</source>
        <translation>Ова досие е анонимизирано и не може да се премести.</translation>
    </message>
    <message>
        <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
        <translation>Осуденото лице не е на издржување казна овде (статус: %1); може да се премести само осудено лице што е во установата.</translation>
    </message>
    <message>
        <source>The recipient key file is too large to be an age key.</source>
        <translation>Датотеката со клучот на примачот е преголема за да биде age-клуч.</translation>
    </message>
    <message>
        <source>The recipient key file is not text.</source>
        <translation>Датотеката со клучот на примачот не е текст.</translation>
    </message>
    <message>
        <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
        <translation>Ова е таен клуч: побарајте од пробациската служба нејзин јавен клуч (ред што почнува со age1…). Датотеката со тајниот клуч чувајте ја на сигурно место.</translation>
    </message>
    <message>
        <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
        <translation>Датотеката со клучот на примачот мора да содржи еден јавен age-клуч (ред што почнува со age1…).</translation>
    </message>
    <message>
        <source>The recipient key file holds a damaged age key.</source>
        <translation>Датотеката со клучот на примачот содржи оштетен age-клуч.</translation>
    </message>
    <message>
        <source>Say who the handover is for (the probation office).</source>
        <translation>Наведете за кого е предавањето (канцеларијата за пробација).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папката %1 не постои.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2.</source>
        <translation>Датотека со име %1 веќе постои во %2.</translation>
    </message>
    <message>
        <source>The package written to %1 cannot be read back.</source>
        <translation>Пакетот запишан во %1 не може повторно да се прочита.</translation>
    </message>
    <message>
        <source>The package written to %1 does not read back as written.</source>
        <translation>Пакетот запишан во %1 не се чита онака како што е запишан.</translation>
    </message>
    <message>
        <source>This is not a release handover package.</source>
        <translation>Ова не е пакет за предавање при отпуст.</translation>
    </message>
    <message>
        <source>The handover package names no signing key.</source>
        <translation>Пакетот за предавање не наведува клуч за потпишување.</translation>
    </message>
    <message>
        <source>The handover package holds no readable content.</source>
        <translation>Пакетот за предавање нема читлива содржина.</translation>
    </message>
    <message>
        <source>There is no such prisoner at the central office.</source>
        <extracomment>The record kinds a prisoner&apos;s file is made of, in the order they are taken in.</extracomment>
        <translation>Во централата нема такво осудено лице.</translation>
    </message>
    <message>
        <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
        <translation>Ниедно преместување на ова осудено лице не стигнало до централата: прво го запишува и извезува затворот што го напуштило осуденото лице.</translation>
    </message>
    <message>
        <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
        <translation>Ниедна работна станица од %1 сè уште не може да прими досие: секоја го наведува својот клуч за преместување во своите пакети за извоз. Замолете ги да извезат еднаш (и запишете ја работната станица), па повторно издајте го пакетот.</translation>
    </message>
    <message>
        <source>The bundle written to %1 cannot be read back.</source>
        <translation>Пакетот запишан во %1 не може повторно да се прочита.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written.</source>
        <translation>Пакетот запишан во %1 не се чита онака како што е запишан.</translation>
    </message>
    <message>
        <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
        <translation>Оваа работна станица сè уште нема клуч за преместување, па не може да ѝ се упати пакет за преместување: извезете еднаш (централата го дознава клучот), па побарајте го пакетот.</translation>
    </message>
    <message>
        <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment&apos;s workstations (or it is damaged). Nothing was changed.</source>
        <translation>Овој пакет за преместување не е упатен до оваа работна станица: издаден е за работните станици на друга установа (или е оштетен). Ништо не е променето.</translation>
    </message>
    <message>
        <source>The transfer bundle does not say whom and what it is for.</source>
        <translation>Пакетот за преместување не наведува за кого и за што е наменет.</translation>
    </message>
    <message>
        <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
        <translation>Овој пакет за преместување е за установата %1, а не за %2. Ништо не е променето.</translation>
    </message>
    <message>
        <source>The transfer bundle&apos;s transfer is malformed.</source>
        <translation>Преместувањето во пакетот за преместување не е исправно.</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle: %2</source>
        <translation>Ред %1 од пакетот за преместување: %2</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
        <translation>Редот %1 од пакетот за преместување не се однесува на преместеното осудено лице.</translation>
    </message>
    <message>
        <source>The transfer bundle must hold the prisoner&apos;s file header once.</source>
        <translation>Пакетот за преместување мора еднаш да го содржи заглавието на досието на осуденото лице.</translation>
    </message>
    <message>
        <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
        <translation>Веќе е увезен друг пакет за преместување со број %1 од оваа централа: овој е фалсификуван или повторен. Ништо не е променето.</translation>
    </message>
    <message>
        <source>A checklist template in the bundle was refused: %1</source>
        <translation>Шаблон на контролна листа во пакетот е одбиен: %1</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
        <translation>Редот %1 од пакетот за преместување не може да се преземе: %2 Ништо не е променето.</translation>
    </message>
    <message>
        <source>Prison number %1 is already used here for another prisoner: give the prisoner&apos;s number at this establishment. Nothing was changed.</source>
        <translation>Матичниот број %1 овде веќе се користи за друго осудено лице: наведете го бројот на осуденото лице во оваа установа. Ништо не е променето.</translation>
    </message>
    <message>
        <source>This is done at the central office.</source>
        <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
        <translation>Ова се прави во централата.</translation>
    </message>
    <message>
        <source>The central database connection must use TLS: sslmode &apos;%1&apos; is not allowed (use one of %2).</source>
        <translation>Врската со централната база на податоци мора да користи TLS: sslmode &apos;%1&apos; не е дозволен (користете еден од: %2).</translation>
    </message>
    <message>
        <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
        <translation>До централната база на податоци мора да се пристапува преку TCP со TLS (име на хост или адреса, а не локална папка за сокет).</translation>
    </message>
    <message>
        <source>The central database port must be a number from 1 to 65535, not %1.</source>
        <translation>Портата на централната база на податоци мора да биде број од 1 до 65535, а не %1.</translation>
    </message>
    <message>
        <source>The central database address must start with %1</source>
        <translation>Адресата на централната база на податоци мора да почнува со %1</translation>
    </message>
    <message>
        <source>The central database address is not valid.</source>
        <translation>Адресата на централната база на податоци не е важечка.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
        <translation>Не ставајте ја лозинката во адресата на базата на податоци (би завршила во историјата на командната линија и во списоците на процеси): ставете ја во датотека со лозинки (passfile) или внесете ја кога ќе биде побарано.</translation>
    </message>
    <message>
        <source>The central database address needs a user, a host and a database name: %1</source>
        <translation>Адресата на централната база на податоци мора да содржи корисник, хост и име на базата на податоци: %1</translation>
    </message>
    <message>
        <source>The central database settings in %1 cannot be read.</source>
        <translation>Поставките на централната база на податоци во %1 не можат да се прочитаат.</translation>
    </message>
    <message>
        <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
        <translation>Поставките на централната база на податоци во %1 не се важечки (лозинка никогаш не смее да биде во нив: користете датотека со лозинки).</translation>
    </message>
    <message>
        <source>The central database settings in %1 lack host, dbname or user.</source>
        <translation>Во поставките на централната база на податоци во %1 недостасува host, dbname или user.</translation>
    </message>
    <message>
        <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
        <translation>Централното складиште ја прекина оваа сесија: сметката е оневозможена или отстранета, или неговиот сервер е запрен или рестартиран. Она што беше зачувано претходно останува. Внесете ја лозинката за повторно да се најавите; додека серверот не работи, најавата ќе го каже тоа.</translation>
    </message>
    <message>
        <source>The server at %1 refused a connection without TLS.</source>
        <translation>Серверот на %1 одби врска без TLS.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS; radprev never sends analysts&apos; data over an unencrypted connection.</source>
        <translation>Серверот на %1 не нуди TLS; radprev никогаш не испраќа податоци на аналитичарите преку нешифрирана врска.</translation>
    </message>
    <message>
        <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
        <translation>Серверот на %1 не изврши автентикација со SCRAM-SHA-256 и врзување на каналот (channel binding); поставете password_encryption = scram-sha-256 и користете scram-sha-256 во pg_hba.conf (редови hostssl).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server&apos;s in the central database settings.</source>
        <translation>Датотеката со TLS-сертификатот %1 (sslrootcert) не може да се прочита: во поставките на централната база на податоци наведете ја патеката на сертификатот со кој е потпишан сертификатот на серверот.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 could not be verified.</source>
        <translation>TLS-сертификатот на серверот на %1 не можеше да се потврди.</translation>
    </message>
    <message>
        <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
        <translation>Нема лозинка за %1: ставете ја во датотеката со лозинки на libpq (passfile) наведена во поставките на централната база на податоци.</translation>
    </message>
    <message>
        <source>The central database refused the password for %1.</source>
        <translation>Централната база на податоци ја одби лозинката за %1.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2.</source>
        <translation>На серверот %1 нема база на податоци со име %2.</translation>
    </message>
    <message>
        <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
        <translation>Централната база на податоци на %1 не е достапна: проверете дали серверот работи и дали хостот и портата се точни.</translation>
    </message>
    <message>
        <source>Give the reason for access first: every consultation of prisoners&apos; data is recorded with its purpose.</source>
        <translation>Прво наведете ја причината за пристап: секој увид во податоците на осудените лица се бележи со својата цел.</translation>
    </message>
    <message>
        <source>The vault has no key for search terms; run radprev doctor.</source>
        <translation>Трезорот нема клуч за поимите за пребарување; извршете radprev doctor.</translation>
    </message>
    <message>
        <source>Choose the unit the prisoner is in.</source>
        <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
        <translation>Изберете го одделението во кое се наоѓа осуденото лице.</translation>
    </message>
    <message>
        <source>Give the period as two dates (YYYY-MM-DD).</source>
        <translation>Наведете го периодот како два датуми (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person&apos;s data.</source>
        <translation>Обработката на ова досие е ограничена: додека претпоставениот не го укине ограничувањето, единствени извештаи за него се извештајот за пристап за лицето на кое се однесуваат податоците и извозот на податоците на лицето.</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
        <translation>Обработката на ова досие е ограничена: не се издава пакет за преместување додека установата не го укине ограничувањето.</translation>
    </message>
    <message>
        <source>Processing of this file is already restricted.</source>
        <translation>Обработката на ова досие е веќе ограничена.</translation>
    </message>
    <message>
        <source>Processing of this file is not restricted.</source>
        <translation>Обработката на ова досие не е ограничена.</translation>
    </message>
    <message>
        <source>The classification must be one of: %1.</source>
        <translation>Степенот на тајност мора да биде еден од: %1.</translation>
    </message>
    <message>
        <source>Give the reason for the new classification.</source>
        <translation>Наведете причина за новиот степен на тајност.</translation>
    </message>
    <message>
        <source>A draft&apos;s author chooses its classification.</source>
        <translation>Степенот на тајност на нацрт го избира неговиот автор.</translation>
    </message>
    <message>
        <source>The text is too long (2,000 characters at most).</source>
        <translation>Текстот е предолг (најмногу 2.000 знаци).</translation>
    </message>
    <message>
        <source>A request concerns the prisoner&apos;s details, an observation or a checklist run.</source>
        <translation>Барањето се однесува на податоците за осуденото лице, на набљудување или на пополнета контролна листа.</translation>
    </message>
    <message>
        <source>Choose the outcome: rectified, refused or noted.</source>
        <translation>Изберете исход: исправено, одбиено или забележано.</translation>
    </message>
    <message>
        <source>Only a dispute is noted; a rectification is made or refused.</source>
        <translation>Се забележува само оспорување; исправката се врши или се одбива.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Наведете ја причината за одлуката.</translation>
    </message>
    <message>
        <source>Name the amended version that made the correction (2 or more).</source>
        <translation>Наведете ја изменетата верзија со која е направена исправката (2 или повеќе).</translation>
    </message>
    <message>
        <source>There is no version %1 of this record.</source>
        <translation>Не постои верзија %1 од овој запис.</translation>
    </message>
    <message>
        <source>Version %1 of the prisoner&apos;s details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
        <translation>Со верзијата %1 на податоците за осуденото лице не се исправени матичниот број, имињата ни годината на раѓање по евидентирањето на барањето (може да е промена на одделението, ќелијата, статусот или ограничувањето). Наведете ја верзијата со која е направена исправката.</translation>
    </message>
    <message>
        <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
        <translation>Верзијата %1 на овој запис е направена пред да се евидентира барањето, па не може да биде исправката што ја побара лицето. Изменете го записот, а потоа наведете ја верзијата што ја направи измената.</translation>
    </message>
    <message>
        <source>Choose rectification or dispute.</source>
        <translation>Изберете исправка или оспорување.</translation>
    </message>
    <message>
        <source>Write what the person asks or contests.</source>
        <translation>Впишете што бара или оспорува лицето.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Не постои такво барање.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>За ова барање веќе е одлучено.</translation>
    </message>
    <message>
        <source>The note to export no longer exists.</source>
        <translation>Белешката за извоз веќе не постои.</translation>
    </message>
    <message>
        <source>a note&apos;s kind, outcome and object do not fit together</source>
        <translation>видот, исходот и предметот на белешката не се совпаѓаат</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
        <translation>Обработката на ова досие е ограничена: записот се исправа само како одговор на отворено барање за негова исправка. Претпоставениот прво го запишува барањето или го укинува ограничувањето.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
        <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of &quot;damaged&quot; or a wrong password (decision 0034).</extracomment>
        <translation>Овој трезор го направила понова верзија на radprev (неговата датотека со клучеви vault.keys има формат %1; оваа верзија чита формати најмногу до %2); инсталирајте ја таа верзија или понова. Во трезорот ништо не е променето.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
        <translation>Овој трезор го направила понова верзија на radprev (неговата датотека со клучеви vault.keys бележи %1, што оваа верзија не го познава); инсталирајте ја таа верзија или понова. Во трезорот ништо не е променето.</translation>
    </message>
    <message>
        <source>The record is malformed (a field has the wrong type or shape).</source>
        <extracomment>json.loads&apos; own decoder (no hook) and its scanner, for the audit lines.</extracomment>
        <translation>Записот е неисправен (полето има погрешен тип или облик).</translation>
    </message>
    <message>
        <source>The record does not fit the vault (a constraint refused it).</source>
        <translation>Записот не одговара на трезорот (го одби ограничување на базата).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>I saw or heard it myself</source>
        <translation>Лично видено или слушнато</translation>
    </message>
    <message>
        <source>Overheard</source>
        <translation>Случајно слушнато</translation>
    </message>
    <message>
        <source>Told by a prisoner</source>
        <translation>Кажано од осудено лице</translation>
    </message>
    <message>
        <source>Told by staff</source>
        <translation>Кажано од персоналот</translation>
    </message>
    <message>
        <source>Item or document found</source>
        <translation>Пронајден предмет или документ</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осудено лице</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Посетител</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Персонал</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Друго</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Редовно</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритетно</translation>
    </message>
    <message>
        <source>Immediate (threat to life or imminent harm)</source>
        <translation>Неодложно (закана по животот или непосредна опасност)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Нацрт</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Поднесено</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Прифатено</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Вратено</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Одбиено</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Извезено</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Во установата</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Преместено</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Отпуштено</translation>
    </message>
    <message>
        <source>Returned to the officer</source>
        <translation>Вратено на службеното лице</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>Променета оценка</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Задржано</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Анонимизирано</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Избришано</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>службено лице</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>претпоставен</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>ревизор</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>аналитичар</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>инструктор</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>работна станица</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>централа</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Запис на набљудување</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Преглед на досието на осуденото лице</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Преглед на одделение за период</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Контролна листа (хартиен образец)</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Лист за враќање на трезорот</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Лист за запишување на работната станица</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Извештај за пристап за лицето на кое се однесуваат податоците</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Извештај за установата</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Национален преглед</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Предавање на пробациската служба при отпуст</translation>
    </message>
    <message>
        <source>Data-protection officer&apos;s report</source>
        <translation>Извештај на офицерот за заштита на лични податоци</translation>
    </message>
    <message>
        <source>Review of the file</source>
        <translation>Преглед на досието</translation>
    </message>
    <message>
        <source>New information to record</source>
        <translation>Нова информација за запишување</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Надзор</translation>
    </message>
    <message>
        <source>Request of the data subject</source>
        <translation>Барање од лицето на кое се однесуваат податоците</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>Друго (објаснете)</translation>
    </message>
    <message>
        <source>Own work queue</source>
        <translation>Сопствена редица на задачи</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED (&quot;accepted&quot;) would be one key of one dict.</extracomment>
        <translation>Предложено</translation>
    </message>
    <message>
        <source>Accepted by the programme</source>
        <translation>Прифатено од програмата</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Одбиено</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Започнато</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завршено</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Предвремено завршено</translation>
    </message>
    <message>
        <source>Disengagement programme</source>
        <extracomment>The six kinds of programme (core/services/referrals.py) until a country&apos;s own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
        <translation>Програма за откажување од насилен екстремизам</translation>
    </message>
    <message>
        <source>Rehabilitation programme</source>
        <translation>Програма за рехабилитација</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Менторство</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Mental-health support</source>
        <translation>Поддршка за менталното здравје</translation>
    </message>
    <message>
        <source>Religious counselling (chaplaincy)</source>
        <translation>Верско советување (верска служба)</translation>
    </message>
    <message>
        <source>Immediate</source>
        <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
        <translation>Неодложно</translation>
    </message>
    <message>
        <source>Routine: for the next review.</source>
        <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
        <translation>Редовно: за следниот преглед.</translation>
    </message>
    <message>
        <source>Priority: a supervisor should see it soon.</source>
        <translation>Приоритетно: претпоставениот треба наскоро да го види.</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
        <translation>Неодложно: закана по животот или непосредна опасност; веднаш пријавено лично или по телефон.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings&apos; keys).</extracomment>
        <translation>Што е видено или слушнато</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Проценка на службеното лице</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Разгледани други објаснувања</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Вашата должност во тоа време</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Преземено или препорачано дејство</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Изјава на осуденото лице</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Вклучени лица</translation>
    </message>
    <message>
        <source>Evidence for the items ticked</source>
        <translation>Докази за означените ставки</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Забележани заштитни фактори</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Услови за постапување</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Белешки за контекстот и ранливоста</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резиме</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина за исправката</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <extracomment>A checklist item&apos;s evidence field (&quot;answers.&lt;code&gt;&quot;).</extracomment>
        <translation>Доказ за %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 или %2</translation>
    </message>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <translation>3x5x2 (извор 1–3, информација A–E, постапување P/C)</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Доверлив</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>Непроверен</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>Недоверлив</translation>
    </message>
    <message>
        <source>Known directly to the source</source>
        <translation>Изворот го знае непосредно</translation>
    </message>
    <message>
        <source>Known indirectly, corroborated</source>
        <translation>Познато посредно, потврдено</translation>
    </message>
    <message>
        <source>Known indirectly</source>
        <translation>Познато посредно</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Не е познато</translation>
    </message>
    <message>
        <source>Suspected to be false or malicious</source>
        <translation>Се сомнева дека е лажно или злонамерно</translation>
    </message>
    <message>
        <source>Lawful sharing permitted</source>
        <translation>Дозволено законско споделување</translation>
    </message>
    <message>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Дозволено законско споделување под услови</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Адмиралитет 6x6 (извор A–F, информација 1–6)</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Целосно доверлив</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Обично доверлив</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Прилично доверлив</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Обично недоверлив</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Недоверлив извор</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Доверливоста не може да се процени</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Потврдено од други извори</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Веројатно точно</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Можеби точно</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сомнително</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Малку веројатно</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Вистинитоста не може да се процени</translation>
    </message>
    <message>
        <source>training</source>
        <translation>за обука</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The interrupted removal of %1 was finished.</source>
        <translation>Завршено е прекинатото отстранување на сметката %1.</translation>
    </message>
    <message>
        <source>The interrupted disabling of %1 was finished.</source>
        <translation>Завршено е прекинатото оневозможување на сметката %1.</translation>
    </message>
    <message>
        <source>%1 backup(s) under an older vault key were deleted.</source>
        <translation>Избришани се резервни копии под постар клуч на трезорот: %1.</translation>
    </message>
    <message>
        <source>An interrupted key change could not be finished yet: %1</source>
        <translation>Прекинатата промена на клучот сè уште не можеше да се заврши: %1</translation>
    </message>
    <message>
        <source>Reference bundle %1 was already imported; nothing changed.</source>
        <translation>Референтниот пакет %1 е веќе увезен; ништо не е променето.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
        <translation>Увезен е референтниот пакет %1: шаблони: %2, променети поставки: %3, листи со шифри: %4.</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
        <translation>%1: пакетот %3 од работната станица %2 е веќе увезен; ништо не е променето (повторување или дупликат).</translation>
    </message>
    <message>
        <source>IMPORT FAILED: %1</source>
        <translation>УВОЗОТ НЕ УСПЕА: %1</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
        <translation>%1: увезен е пакетот %3 од работната станица %2: нови %4, веќе познати %5, судири %6, во карантин %7, записи на ревизијата %8.</translation>
    </message>
    <message>
        <source>%1 of the quarantined records touch another establishment&apos;s files and were refused (a workstation may send its own establishment&apos;s records only).</source>
        <translation>Записи во карантин што се однесуваат на досиеја од друга установа и се одбиени: %1 (работната станица смее да праќа само записи од својата установа).</translation>
    </message>
    <message>
        <source>It arrived after a later package (filled a gap).</source>
        <translation>Пристигна по подоцнежен пакет (пополни празнина).</translation>
    </message>
    <message>
        <source>Still missing from this workstation: %1.</source>
        <translation>Од оваа работна станица сè уште недостасуваат: %1.</translation>
    </message>
    <message>
        <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
        <translation>Неговиот дневник на ревизија е во спротивност со записите што централата веќе ги има за таа работна станица: спорните записи се чуваат во карантин; обратете се кај установата и кај службеникот за заштита на личните податоци (sync verify-audit).</translation>
    </message>
    <message>
        <source>  quarantined line %1 (%2 %3): %4</source>
        <translation>  во карантин ред %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>Receipt %1 was already imported; nothing changed.</source>
        <translation>Потврдата за прием %1 е веќе увезена; ништо не е променето.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
        <translation>Потврда за прием %1: пакети ново потврдени како доставени: %2.</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
        <translation>Сè уште не се потврдени: %1 (испратете ги повторно преку Извоз → повторно испрати ако доцнат).</translation>
    </message>
    <message>
        <source>Every package written has been confirmed.</source>
        <translation>Сите запишани пакети се потврдени.</translation>
    </message>
    <message>
        <source>The central office holds different content for packages %1: tell the central office.</source>
        <translation>Централата има поинаква содржина на пакетите %1: известете ја централата.</translation>
    </message>
    <message>
        <source>Transfer bundle %1 was already imported; nothing changed.</source>
        <translation>Пакетот за преместување %1 веќе е увезен; ништо не е променето.</translation>
    </message>
    <message>
        <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
        <translation>Пакет за преместување %1: досието на осуденото лице %2 пристигна од %3 (%4); претходните записи се задржани само за читање, новите записи го продолжуваат истото досие.</translation>
    </message>
    <message>
        <source>%1 records differ from what this vault holds under the same id and version: this vault&apos;s copy was kept.</source>
        <translation>Записи што се разликуваат од она што овој трезор го има под ист идентификатор и верзија: %1; задржана е копијата на овој трезор.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Version</source>
        <translation>Верзија</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Име и презиме</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Преглед до</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Набљудувања</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Итност</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Што е видено или слушнато</translation>
    </message>
    <message>
        <source>Establishment</source>
        <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons&apos; records (the page hides the column on a workstation&apos;s vault).</extracomment>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Запишано во</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Степен на тајност</translation>
    </message>
    <message>
        <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
        <translation>При запечатувањето, службеното лице беше прашано дали овие зборови за вера, етничка припадност или политика се потребни и ги задржа: {words}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The prisoner&apos;s details have not been changed since the file was opened.</source>
        <translation>Податоците за осуденото лице не се менувани од отворањето на досието.</translation>
    </message>
    <message>
        <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
        <translation>Информација за лицето (Директива (ЕУ) 2016/680, член 14)</translation>
    </message>
    <message>
        <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
        <translation>Ова досие треба да се преиспита до %1. При секое преиспитување надзорникот одлучува дали сè уште е потребно; досие што повеќе не е потребно се анонимизира или брише.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Контролор</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цел</translation>
    </message>
    <message>
        <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
        <translation>Евиденција на она што службениците го виделе и слушнале, која се води за спречување на насилна радикализација во затворот и за безбедност на осудените лица и персоналот. Тоа не е проценка на ризик и програмата не донесува никакви одлуки за никого.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правна основа</translation>
    </message>
    <message>
        <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
        <translation>Задачите на затворската служба според домашното право: спречување кривични дела и извршување кривични санкции (Директива (ЕУ) 2016/680, член 8).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Чување</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Примачи</translation>
    </message>
    <message>
        <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
        <translation>Службениците и надзорниците на установата и централата на затворската служба (со шифриран USB пакет). Секое друго отстапување е наведено подолу.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Вашите права</translation>
    </message>
    <message>
        <source>You may ask the establishment&apos;s data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
        <translation>Може да побарате од службеникот за заштита на податоците во установата да ги исправи или избрише вашите податоци или да ја ограничи нивната обработка. Имате право да поднесете претставка до националниот надзорен орган за заштита на податоците.</translation>
    </message>
    <message>
        <source>Disclosures: where this data was sent</source>
        <translation>Отстапувања: каде се испратени овие податоци</translation>
    </message>
    <message>
        <source>No disclosure of this file is recorded.</source>
        <translation>Не е евидентирано ниедно отстапување на ова досие.</translation>
    </message>
    <message>
        <source>USB package %1 to the central office (%2 records)</source>
        <translation>USB пакет %1 до централата (записи: %2)</translation>
    </message>
    <message>
        <source>Release handover to %1</source>
        <translation>Предавање при отпуст: %1</translation>
    </message>
    <message>
        <source>Transfer to establishment %1</source>
        <translation>Преместување во установата %1</translation>
    </message>
    <message>
        <source>Transfer bundle to establishment %1</source>
        <translation>Пакет за преместување до установата %1</translation>
    </message>
    <message>
        <source>Report given to %1</source>
        <translation>Извештај предаден: %1</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data (JSON and PDF) given to %1</source>
        <translation>Копија од податоците на лицето (JSON и PDF) предадена: %1</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or &quot;other&quot; with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
        <translation>Кога</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Отстапување</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Евиденција на прикриени податоци</translation>
    </message>
    <message>
        <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
        <translation>Што е изоставено од овој извештај за заштита на други лица и каде. Изоставените зборови не се прикажани.</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Ништо не е изоставено.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Пати</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кој</translation>
    </message>
    <message>
        <source>Values before the change</source>
        <translation>Вредности пред промената</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>Историја на оценките</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>предложено</translation>
    </message>
    <message>
        <source>re-graded</source>
        <translation>променета оценка</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Верз.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction</source>
        <translation>Исправки, оспорувања и ограничување</translation>
    </message>
    <message>
        <source>No rectification, dispute or restriction is recorded.</source>
        <translation>Не е запишана ниедна исправка, оспорување или ограничување.</translation>
    </message>
    <message>
        <source>What was asked, or why</source>
        <translation>Што е побарано, или зошто</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Бр.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Корисник</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дејство</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Примач</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Извештај за пристап за лицето на кое се однесуваат податоците</translation>
    </message>
    <message>
        <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
        <translation>Сè што овој трезор содржи за подолу наведеното лице, вклучувајќи ја историјата на измени и податоците за тоа кој го прегледал или отстапил досието. Идентитетот на извор со ограничен пристап не се наведува заради заштита на трето лице.</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Осудено лице</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Досието е отворено</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последна измена</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Анонимизирано</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>не</translation>
    </message>
    <message>
        <source>Changes to the prisoner&apos;s details</source>
        <translation>Измени на податоците за осуденото лице</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>Набљудувања (%1)</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this prisoner.</source>
        <translation>За ова осудено лице ништо не е запишано.</translation>
    </message>
    <message>
        <source>Observation %1 of %2</source>
        <translation>Набљудување %1 од %2</translation>
    </message>
    <message>
        <source>Earlier version %1 (replaced)</source>
        <translation>Претходна верзија %1 (заменета)</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Пополнети контролни листи</translation>
    </message>
    <message>
        <source>Audit trail: who consulted or disclosed this file</source>
        <translation>Ревизиска трага: кој го прегледал или отстапил ова досие</translation>
    </message>
    <message>
        <source>%1 entries, oldest first, including this report.</source>
        <translation>Записи: %1, од најстариот, вклучувајќи го овој извештај.</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Контролна листа (хартиен образец)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <source>Prisoner (name, prison number)</source>
        <translation>Осудено лице (име и презиме, матичен број)</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Одделение / ќелија</translation>
    </message>
    <message>
        <source>Completed by (name, staff code)</source>
        <translation>Пополнето од (име и презиме, службена ознака)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Датум</translation>
    </message>
    <message>
        <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
        <translation>Означете „забележано“ само со конкретен пример со датум напишан на линиите. Опишувајте однесување, никогаш вера, етничка припадност или националност како такви.</translation>
    </message>
    <message>
        <source>Not indicators — do not record these as signs</source>
        <translation>Не се показатели — не ги запишувајте како знаци</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>забележано</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>не е забележано</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>непознато</translation>
    </message>
    <message>
        <source>Recorded for support, not as signs of risk.</source>
        <translation>Се бележи заради поддршка, не како знак за ризик.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Заштитни фактори</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Други можни објаснувања</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Белешки за контекстот и ранливоста</translation>
    </message>
    <message>
        <source>Summary by the officer</source>
        <translation>Резиме од службеното лице</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Следен преглед до</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Потпис</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Матичен број</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Година на раѓање</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Преглед на досието до</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Идентификатор на лицето</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ограничување</translation>
    </message>
    <message>
        <source>Accuracy disputed: processing restricted.</source>
        <translation>Точноста е оспорена: обработката е ограничена.</translation>
    </message>
    <message>
        <source>Proposed by the officer: %1</source>
        <translation>Предлог на службеното лице: %1</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>Идентификатор на набљудувањето</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Каде</translation>
    </message>
    <message>
        <source>Officer&apos;s duty</source>
        <translation>Должност на службеното лице</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Запишано</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Итност</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Степен на тајност</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Како е дознаено</translation>
    </message>
    <message>
        <source>Source identity</source>
        <translation>Идентитет на изворот</translation>
    </message>
    <message>
        <source>Restricted — never printed.</source>
        <translation>Ограничен пристап — никогаш не се печати.</translation>
    </message>
    <message>
        <source>Grading (source / information / handling)</source>
        <translation>Оценка (извор / информација / постапување)</translation>
    </message>
    <message>
        <source>Reason for this correction</source>
        <translation>Причина за оваа исправка</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Што е видено или слушнато (факти)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ништо не е запишано.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (interpretation, kept apart from the facts)</source>
        <translation>Проценка на службеното лице (толкување, одвоено од фактите)</translation>
    </message>
    <message>
        <source>No assessment given.</source>
        <translation>Не е дадена проценка.</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Други вклучени лица</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорија</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Indicators recorded, each with its evidence</source>
        <translation>Запишани показатели, секој со својот доказ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Ознака</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Доказ</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Забележани заштитни фактори</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ништо не е запишано.</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Преземено или препорачано дејство</translation>
    </message>
    <message>
        <source>The prisoner&apos;s own account</source>
        <translation>Изјава на осуденото лице</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Прегледи</translation>
    </message>
    <message>
        <source>Versions of this record</source>
        <translation>Верзии на овој запис</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Прегледувач</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Одлука</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Нова оценка</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>прва верзија</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Причина за исправката</translation>
    </message>
    <message>
        <source>Legend: grading codes and urgency</source>
        <translation>Легенда: ознаки на оценките и итност</translation>
    </message>
    <message>
        <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
        <translation>Секое набљудување се оценува по одделни оски што никогаш не се спојуваат во бодови: колку е доверлив изворот, како е позната информацијата и како смее да се споделува.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Извор</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информација</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Постапување</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Шема %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Оска</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Значење</translation>
    </message>
    <message>
        <source>No checklist has been completed for this prisoner.</source>
        <translation>За ова осудено лице не е пополнета ниедна контролна листа.</translation>
    </message>
    <message>
        <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
        <translation>Број на одговори по област, прикажани еден до друг. Не се собираат и не се бодови ниту ниво на ризик.</translation>
    </message>
    <message>
        <source>%1 (v%2), completed %3 by %4</source>
        <translation>%1 (v%2), завршено %3, пополнето од %4</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Област</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Забележано</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Не е забележано</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Непознато</translation>
    </message>
    <message>
        <source>Items observed, with the dated example</source>
        <translation>Забележани ставки, со пример и датум</translation>
    </message>
    <message>
        <source>Support and vulnerability (for support, not a sign of risk)</source>
        <translation>Поддршка и ранливост (за поддршка, не е знак на ризик)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Пример</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Ништо не е забележано</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>Ништо не е утврдено</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support)</source>
        <translation>Контекст и ранливост (заради поддршка)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Лист за запишување на работната станица</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>Идентификатор на работната станица</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Идентификатор на трезорот</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Трезорот е создаден</translation>
    </message>
    <message>
        <source>Signing key of this vault (Ed25519)</source>
        <translation>Клуч за потпишување на овој трезор (Ed25519)</translation>
    </message>
    <message>
        <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
        <translation>Централата го споредува овој отпечаток со оној што се прикажува при увозот на првиот пакет од оваа работна станица.</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Сертификат на централата</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
        <translation>Споредете го овој отпечаток со оној што го дала централата пред да му дадете доверба на нејзиниот сертификат (radprev central trust FILE --fingerprint HEX).</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet.</source>
        <translation>Сè уште нема доверлив сертификат на централата.</translation>
    </message>
    <message>
        <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
        <translation>Отпечатокот е контролниот код што radprev го прикажува на страницата Синхронизација: групи од по четири букви и цифри што идентификуваат клуч без да го откријат.</translation>
    </message>
    <message>
        <source>How to confirm</source>
        <translation>Како да се потврди</translation>
    </message>
    <message>
        <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
        <translation>1. Прочитајте ги отпечатоците гласно во групи од по четири знаци или споредете ги еден до друг.</translation>
    </message>
    <message>
        <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
        <translation>2. Секоја група мора да се совпаѓа. Ако една се разликува, запрете: не го увезувајте клучот и не му верувајте.</translation>
    </message>
    <message>
        <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
        <translation>3. Двајцата администратори потпишуваат подолу; листот чувајте го со евиденцијата за запишување.</translation>
    </message>
    <message>
        <source>Workstation administrator</source>
        <translation>Администратор на работната станица</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Централа</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
        <translation>Запис на набљудување — не е проценка на ризик. Стручна проценка прави само обучен персонал.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL RECORD</source>
        <translation>ОБУКА — НЕ Е ВИСТИНСКИ ЗАПИС</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 од %2</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>Печатено од %1, %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Документ %1</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Извор %1: %2</translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <translation>Информација %1: %2</translation>
    </message>
    <message>
        <source>Handling %1: %2</source>
        <translation>Постапување %1: %2</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Услови: %1</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Запис на набљудување</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Набљудување</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Лист за враќање на трезорот</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код за враќање</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Упатство</translation>
    </message>
    <message>
        <source>1. Keep this sheet sealed in an envelope in the establishment&apos;s safe.</source>
        <translation>1. Овој лист чувајте го запечатен во плик во сефот на установата.</translation>
    </message>
    <message>
        <source>2. Do not copy, photograph or type this code anywhere else.</source>
        <translation>2. Овој код немојте да го копирате, фотографирате ни да го внесувате никаде на друго место.</translation>
    </message>
    <message>
        <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
        <translation>3. Со овој код администраторот може да постави нова лозинка кога ќе се изгубат сите администраторски лозинки: radprev recover USER.</translation>
    </message>
    <message>
        <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
        <translation>4. Секој што го има овој код и датотеките на трезорот може да го прочита целиот трезор. Ако листот се изгуби или го види некој друг, известете ја службата за обезбедување и дајте му нов клуч на трезорот (radprev rekey).</translation>
    </message>
    <message>
        <source>5. Destroy this sheet by shredding when it is replaced.</source>
        <translation>5. Кога листот ќе се замени, уништете го со сечење.</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Запечатено од</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Сведок</translation>
    </message>
    <message>
        <source>Envelope number</source>
        <translation>Број на пликот</translation>
    </message>
    <message>
        <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
        <translation>Кодот се препишува од хартија: само букви и цифри; големите и малите букви и цртичките не се важни.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Факти</translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <comment>, </comment>
        <translation>Познат како: %1</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Не е запишано ниедно преместување.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Од</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Во</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Запишал/а</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Белешка</translation>
    </message>
    <message>
        <source>No referral to a programme recorded.</source>
        <translation>Не е запишано ниедно упатување на програма.</translation>
    </message>
    <message>
        <source>Reason (facts)</source>
        <translation>Причина (факти)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Проценка</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Чекори</translation>
    </message>
    <message>
        <source>Reason and outcome</source>
        <translation>Причина и исход</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Преземено дејство</translation>
    </message>
    <message>
        <source>(officer: %1)</source>
        <translation>(службено лице: %1)</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>Кога / каде</translation>
    </message>
    <message>
        <source>Urgency / status</source>
        <translation>Итност / статус</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Нема запишани прегледи.</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Забележано на</translation>
    </message>
    <message>
        <source>Prisoner&apos;s details</source>
        <translation>Податоци за осуденото лице</translation>
    </message>
    <message>
        <source>Observation of %1, version %2</source>
        <translation>Набљудување од %1, верзија %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>исправено</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Нема запишани исправки.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменето</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Преглед на досието на осуденото лице</translation>
    </message>
    <message>
        <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
        <translation>Отпечатено заедно со други досиеја (%1) за кои аналитичарот одлучил дека се однесуваат на истото лице.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Преглед</translation>
    </message>
    <message>
        <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
        <translation>Запишани набљудувања: %1 (редовни %2, приоритетни %3, неодложни %4); пополнети контролни листи: %5.</translation>
    </message>
    <message>
        <source>First observation %1, latest %2.</source>
        <translation>Прво набљудување %1, последно %2.</translation>
    </message>
    <message>
        <source>Timeline of observations</source>
        <translation>Хронологија на набљудувањата</translation>
    </message>
    <message>
        <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner&apos;s file shows them with their state.</source>
        <translation>Извештаите вратени на авторот или одбиени од претпоставениот (%1) не се печатат ниту се бројат овде; досието на осудениот ги прикажува со нивната состојба.</translation>
    </message>
    <message>
        <source>Checklist results by domain</source>
        <translation>Резултати од контролните листи по области</translation>
    </message>
    <message>
        <source>Transfers between establishments</source>
        <translation>Преместувања меѓу установи</translation>
    </message>
    <message>
        <source>Reviews and re-grades</source>
        <translation>Прегледи и промени на оценките</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>Историја на исправките</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Преглед на одделение за период</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Сите одделенија</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одделение</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон на контролна листа</translation>
    </message>
    <message>
        <source>Observations by urgency</source>
        <translation>Набљудувања по итност</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Набљудувања</translation>
    </message>
    <message>
        <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
        <translation>Набљудување што наведува показатели од повеќе области се брои во секоја од нив. Броевите се прикажани еден до друг и не се бодови.</translation>
    </message>
    <message>
        <source>No observation in the period cites an indicator.</source>
        <translation>Ниедно набљудување во периодот не наведува показател.</translation>
    </message>
    <message>
        <source>No workstation is enrolled.</source>
        <translation>Не е запишана ниедна работна станица.</translation>
    </message>
    <message>
        <source>export overdue</source>
        <translation>извозот доцни</translation>
    </message>
    <message>
        <source>missing %1</source>
        <comment>, </comment>
        <translation>недостасува %1</translation>
    </message>
    <message>
        <source>receipt overdue</source>
        <translation>потврдата за прием доцни</translation>
    </message>
    <message>
        <source>%1 in quarantine</source>
        <translation>во карантин: %1</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>судири: %1</translation>
    </message>
    <message>
        <source>failed imports %1</source>
        <comment>, </comment>
        <translation>неуспешни увози: %1</translation>
    </message>
    <message>
        <source>cannot receive transfers yet</source>
        <translation>сè уште не може да прима преместувања</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>во ред</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Работна станица</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Последен пакет</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Направено</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Чека потврда за прием</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Бара внимание</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Извештај за установата</translation>
    </message>
    <message>
        <source>Observations counted</source>
        <translation>Избројани набљудувања</translation>
    </message>
    <message>
        <source>Files held</source>
        <translation>Досиеја што се водат</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
        <translation>Набљудувањата се бројат таму каде што се запишани, според денот на настанот; вратените и одбиените пријави не се бројат.</translation>
    </message>
    <message>
        <source>Observations by indicator domain</source>
        <translation>Набљудувања по област на показателот</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Упатувања на програми</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now.</source>
        <translation>Упатувања направени во периодот, според тоа каде се наоѓа секое сега.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Упатувања</translation>
    </message>
    <message>
        <source>Transfers and files</source>
        <translation>Преместувања и досиеја</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Број</translation>
    </message>
    <message>
        <source>Prisoners transferred in</source>
        <translation>Преместени осудени лица — доаѓања</translation>
    </message>
    <message>
        <source>Prisoners transferred out</source>
        <translation>Преместени осудени лица — заминувања</translation>
    </message>
    <message>
        <source>New files opened</source>
        <translation>Отворени нови досиеја</translation>
    </message>
    <message>
        <source>Files due for review on or before %1</source>
        <translation>Досиеја за преглед заклучно со %1</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Работни станици</translation>
    </message>
    <message>
        <source>Observations citing each domain (all urgencies)</source>
        <translation>Набљудувања што ја наведуваат секоја област (сите итности)</translation>
    </message>
    <message>
        <source>Facts (beginning)</source>
        <translation>Факти (почеток)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Наведени се првите %1 од %2.</translation>
    </message>
    <message>
        <source>Your units: %1</source>
        <comment>, </comment>
        <translation>Ваши одделенија: %1</translation>
    </message>
    <message>
        <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner&apos;s file shows them with their state.</source>
        <translation>Нацртите и извештаите вратени на авторот или одбиени од претпоставениот не се бројат: досието на осудениот ги прикажува со нивната состојба.</translation>
    </message>
    <message>
        <source>Immediate items</source>
        <translation>Неодложни ставки</translation>
    </message>
    <message>
        <source>No immediate items in this period.</source>
        <translation>Во овој период нема неодложни ставки.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
        <translation>Упатувања направени во периодот, според тоа каде се наоѓа секое сега (само броеви, никогаш бодови).</translation>
    </message>
    <message>
        <source>New subject files</source>
        <translation>Нови досиеја</translation>
    </message>
    <message>
        <source>Subject files opened in the period: %1.</source>
        <translation>Досиеја отворени во периодот: %1.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Отворено</translation>
    </message>
    <message>
        <source>Overdue file reviews</source>
        <translation>Задоцнети прегледи на досиеја</translation>
    </message>
    <message>
        <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
        <translation>Досиеја за преглед заклучно со %1: %2. За секое претпоставениот одлучува: да се задржи (со образложение), да се анонимизира или да се избрише.</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Преглед до</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Пример-набљудување</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Чести грешки</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Засега нема грешки.</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Грешка</translation>
    </message>
    <message>
        <source>times</source>
        <translation>пати</translation>
    </message>
    <message>
        <source>in scenarios</source>
        <translation>во сценарија</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>не е завршено</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нема</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Започнато</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Означени ставки</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>Како е познато</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Повратна информација</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Запис за обуката</translation>
    </message>
    <message>
        <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee&apos;s exercises are described.</source>
        <translation>Запис за вежбање на измислени сценарија во база за обука. Не кажува ништо за ниедна вистинска личност и ниедно осудено лице не се оценува: опишани се само вежбите на полазникот.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Полазник</translation>
    </message>
    <message>
        <source>Exercises started</source>
        <translation>Започнати вежби</translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation>Завршени вежби</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Вежби</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарио</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Јазик</translation>
    </message>
    <message>
        <source>What the trainee recorded</source>
        <translation>Запис на полазникот</translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation>Сè уште нема вежби.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A word quoted from the trainee&apos;s answer, in the language&apos;s quotation marks („%1“, „%1”…).</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Your facts say what was seen and heard, without words of opinion.</source>
        <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
        <translation>Вашите факти кажуваат што е видено и слушнато, без зборови што изразуваат мислење.</translation>
    </message>
    <message>
        <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
        <translation>Вашите факти содржат зборови што изразуваат мислење: %1. Фактите кажуваат што е видено или слушнато; мислењето напишете го во проценката, а туѓите зборови наведете ги во наводници.</translation>
    </message>
    <message>
        <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
        <translation>Го наведовте лицето што ви го кажало тоа (%1) надвор од полето за извор со ограничен пристап. Од тоа зависи неговата безбедност: наведувајте го само во полето за идентитет на изворот, што никогаш не се печати.</translation>
    </message>
    <message>
        <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
        <translation>Вашите факти спомнуваат %1. Дали тоа е потребно за опис на однесувањето?</translation>
    </message>
    <message>
        <source>You ticked %1 (%2): right.</source>
        <translation>Означивте %1 (%2): точно.</translation>
    </message>
    <message>
        <source>You did not tick %1 (%2), which the facts support.</source>
        <translation>Не означивте %1 (%2), што фактите го поткрепуваат.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
        <translation>Означивте %1 (%2). Овде тоа е прашање на проценка: ниту означувањето ниту изоставувањето не е грешка.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2), which the facts do not support.</source>
        <translation>Означивте %1 (%2), што фактите не го поткрепуваат.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
        <translation>Означивте %1 (%2) врз основа на нешто што никогаш не е показател: %3.</translation>
    </message>
    <message>
        <source>You ticked no item: right, nothing in these facts is an indicator.</source>
        <translation>Не означивте ниедна ставка: точно, ништо во овие факти не е показател.</translation>
    </message>
    <message>
        <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
        <translation>Доказот за %1 содржи зборови што изразуваат мислење: %2. Доказот е конкретен пример со датум за она што е видено или слушнато.</translation>
    </message>
    <message>
        <source>Urgency: %1. Right.</source>
        <translation>Итност: %1. Точно.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; this needs %2.</source>
        <translation>Избравте итност %1; ова бара: %2.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; %2 is enough here.</source>
        <translation>Избравте итност %1; овде е доволно: %2.</translation>
    </message>
    <message>
        <source>You recorded how you know it as “%1”; here it is “%2”.</source>
        <translation>Запишавте како знаете како „%1“; овде тоа е „%2“.</translation>
    </message>
    <message>
        <source>Grading: source %1, information %2. Right.</source>
        <translation>Оценка: извор %1, информација %2. Точно.</translation>
    </message>
    <message>
        <source>You graded the source %1; here it should be %2.</source>
        <translation>Изворот го оценивте со %1; овде треба %2.</translation>
    </message>
    <message>
        <source>You graded the information %1; here it should be %2.</source>
        <translation>Информацијата ја оценивте со %1; овде треба %2.</translation>
    </message>
    <message>
        <source>This vault grades with another scale (%1); your grading was not compared.</source>
        <translation>Овој трезор оценува според друга скала (%1); вашата оценка не е споредена.</translation>
    </message>
    <message>
        <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
        <translation>Некој ви го кажал ова: запишете кој, во полето за идентитет на изворот со ограничен пристап (никогаш не се печати), за службата за обезбедување да може да го процени изворот.</translation>
    </message>
    <message>
        <source>Your assessment weighs other possible explanations.</source>
        <translation>Вашата проценка разгледува други можни објаснувања.</translation>
    </message>
    <message>
        <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
        <translation>Вашата проценка не разгледува ниедно друго објаснување. Пред однесувањето да го протолкувате како знак, прашајте се што друго би можело да го објасни.</translation>
    </message>
    <message>
        <source>Also worth weighing:</source>
        <translation>Вреди да се разгледа и:</translation>
    </message>
    <message>
        <source>You noted the context: %1 (%2).</source>
        <translation>Го забележавте контекстот: %1 (%2).</translation>
    </message>
    <message>
        <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
        <translation>Контекст што вреди да се запише, заради поддршка и никогаш како знак за ризик: %1 (%2).</translation>
    </message>
    <message>
        <source>You recorded the protective factor %1 (%2).</source>
        <translation>Го запишавте заштитниот фактор %1 (%2).</translation>
    </message>
    <message>
        <source>You did not record the protective factor %1 (%2).</source>
        <translation>Не го запишавте заштитниот фактор %1 (%2).</translation>
    </message>
    <message>
        <source>Not an indicator: %1.</source>
        <translation>Не е показател: %1.</translation>
    </message>
    <message>
        <source>Words of opinion in the facts</source>
        <extracomment>Short names of the points to improve, for the trainer&apos;s list of common mistakes.</extracomment>
        <translation>Зборови на мислење во фактите</translation>
    </message>
    <message>
        <source>Informant named outside the restricted field</source>
        <translation>Изворот е наведен надвор од полето со ограничен пристап</translation>
    </message>
    <message>
        <source>Item missed</source>
        <translation>Пропуштена ставка</translation>
    </message>
    <message>
        <source>Item ticked that the facts do not support</source>
        <translation>Означена ставка што фактите не ја поткрепуваат</translation>
    </message>
    <message>
        <source>Item ticked on the strength of a non-indicator</source>
        <translation>Ставка означена врз основа на нешто што не е показател</translation>
    </message>
    <message>
        <source>Words of opinion in the evidence</source>
        <translation>Зборови на мислење во доказот</translation>
    </message>
    <message>
        <source>Urgency too low</source>
        <translation>Премногу ниска итност</translation>
    </message>
    <message>
        <source>Urgency too high</source>
        <translation>Премногу висока итност</translation>
    </message>
    <message>
        <source>How it is known recorded wrongly</source>
        <translation>Погрешно запишано како е познато</translation>
    </message>
    <message>
        <source>Source graded wrongly</source>
        <translation>Погрешно оценет извор</translation>
    </message>
    <message>
        <source>Information graded wrongly</source>
        <translation>Погрешно оценета информација</translation>
    </message>
    <message>
        <source>No other explanation weighed</source>
        <translation>Не е разгледано друго објаснување</translation>
    </message>
    <message>
        <source>Protective factor not recorded</source>
        <translation>Не е запишан заштитен фактор</translation>
    </message>
    <message>
        <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
        <translation>Неодложно значи: известете го претпоставениот веднаш, лично или по телефон. Не чекајте извештај, преглед ниту извоз.</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Добро направено</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>За подобрување</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Добро е да се знае</translation>
    </message>
    <message>
        <source>open referrals to programmes</source>
        <translation>отворени упатувања на програми</translation>
    </message>
    <message>
        <source>closed referrals and their outcomes</source>
        <translation>затворени упатувања и нивните исходи</translation>
    </message>
    <message>
        <source>the facts of reviewed observations since %1</source>
        <translation>фактите од прегледаните набљудувања од %1</translation>
    </message>
    <message>
        <source>protective factors noted in reviewed observations</source>
        <translation>заштитни фактори забележани во прегледаните набљудувања</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>проценки на службените лица</translation>
    </message>
    <message>
        <source>This extract holds, as the handover policy allows: %1.</source>
        <comment>; </comment>
        <translation>Овој извод содржи, колку што дозволуваат правилата за предавање: %1.</translation>
    </message>
    <message>
        <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
        <translation>Никогаш во предавање: идентитетот на изворот, набљудувањата чиј извор е ограничен и пријавите што претпоставениот ги вратил, одбил или не ги прегледал.</translation>
    </message>
    <message>
        <source>No reviewed observation in the period.</source>
        <translation>Нема прегледани набљудувања во периодот.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Проценка на службеното лице</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Запишано во</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Што е видено или слушнато</translation>
    </message>
    <message>
        <source>No protective factor noted in reviewed observations.</source>
        <translation>Во прегледаните набљудувања не е забележан ниеден заштитен фактор.</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Заштитен фактор</translation>
    </message>
    <message>
        <source>Last noted</source>
        <translation>Последно забележано</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Предавање на пробациската служба при отпуст</translation>
    </message>
    <message>
        <source>For</source>
        <translation>За</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Signed with workstation key</source>
        <translation>Потпишано со клучот на работната станица</translation>
    </message>
    <message>
        <source>Reviewed observations: what was seen or heard</source>
        <translation>Прегледани набљудувања: што е видено или слушнато</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Национален преглед</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>Workstations enrolled</source>
        <translation>Запишани работни станици</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
        <translation>Набљудувањата се бројат таму каде што се запишани, според денот на настанот; вратените и одбиените пријави не се бројат. Установите се наведени по ознака, а не рангирани.</translation>
    </message>
    <message>
        <source>Observations by establishment</source>
        <translation>Набљудувања по установи</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Сите</translation>
    </message>
    <message>
        <source>Referrals, transfers and reviews by establishment</source>
        <translation>Упатувања, преместувања и прегледи по установи</translation>
    </message>
    <message>
        <source>Referrals open</source>
        <translation>Отворени упатувања</translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation>Затворени упатувања</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Доаѓања со преместување</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Заминувања со преместување</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Прегледи на ред</translation>
    </message>
    <message>
        <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
        <comment>, </comment>
        <translation>Овој преглед ги опфаќа само установите што ви се доделени (%1); другите установи не се бројат.</translation>
    </message>
    <message>
        <source>Observations per establishment (all urgencies)</source>
        <translation>Набљудувања по установа (сите итности)</translation>
    </message>
    <message>
        <source>%1 of %2 workstations need attention.</source>
        <translation>Работни станици што бараат внимание: %1 од %2.</translation>
    </message>
    <message>
        <source>Read the file or a record in it</source>
        <translation>Читање на досието или запис во него</translation>
    </message>
    <message>
        <source>Found the file in a search or a list</source>
        <translation>Досието пронајдено во пребарување или листа</translation>
    </message>
    <message>
        <source>Recorded or corrected the prisoner&apos;s details</source>
        <translation>Внес или исправка на податоците за осуденото лице</translation>
    </message>
    <message>
        <source>Wrote or corrected an observation</source>
        <translation>Внес или исправка на набљудување</translation>
    </message>
    <message>
        <source>Reviewed an observation</source>
        <translation>Преглед на набљудување</translation>
    </message>
    <message>
        <source>Completed or corrected a checklist</source>
        <translation>Пополнување или исправка на контролна листа</translation>
    </message>
    <message>
        <source>Made a report</source>
        <translation>Изработка на извештај</translation>
    </message>
    <message>
        <source>Gave data to another authority</source>
        <translation>Отстапување податоци на друг орган</translation>
    </message>
    <message>
        <source>Sent to the central office</source>
        <translation>Испраќање до централата</translation>
    </message>
    <message>
        <source>Transfer to another establishment</source>
        <translation>Преместување во друга установа</translation>
    </message>
    <message>
        <source>Referral to a programme</source>
        <translation>Упатување на програма</translation>
    </message>
    <message>
        <source>Decision on keeping or erasing the file</source>
        <translation>Одлука за чување или бришење на досието</translation>
    </message>
    <message>
        <source>Decision whether two files are the same person</source>
        <translation>Одлука дали две досиеја се однесуваат на исто лице</translation>
    </message>
    <message>
        <source>Restriction, correction or dispute of the data</source>
        <translation>Ограничување, исправка или оспорување на податоците</translation>
    </message>
    <message>
        <source>Other recorded action on the file</source>
        <extracomment>Actions that never concern a prisoner&apos;s file (accounts, keys, the vault), and codes not in the table (an older build&apos;s, read from an imported log).</extracomment>
        <translation>Друго евидентирано дејство за досието</translation>
    </message>
    <message>
        <source>[another prisoner]</source>
        <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting&apos;s value).</extracomment>
        <translation>[друго осудено лице]</translation>
    </message>
    <message>
        <source>[source withheld]</source>
        <translation>[изворот изоставен]</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Службеник %1</translation>
    </message>
    <message>
        <source>Another prisoner&apos;s name</source>
        <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
        <translation>Име на друго осудено лице</translation>
    </message>
    <message>
        <source>Identity of a restricted source</source>
        <translation>Идентитет на заштитен извор</translation>
    </message>
    <message>
        <source>Name of an officer</source>
        <translation>Име на службеник</translation>
    </message>
    <message>
        <source>Who consulted this file</source>
        <translation>Кој го прегледувал ова досие</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Увиди без наведена цел</translation>
    </message>
    <message>
        <source>Exports and disclosures in the period</source>
        <translation>Извози и откривања во периодот</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Досиеја на кои им поминал рокот за преиспитување</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Се однесува на</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Reason for this report</source>
        <translation>Причина за овој извештај</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ништо не е пронајдено.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Денови доцнење</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Барање за исправка</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Оспорување</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Обработката е ограничена</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ограничувањето е укинато</translation>
    </message>
    <message>
        <source>open, not decided yet</source>
        <translation>отворено, сè уште не е одлучено</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>исправено</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>одбиено</translation>
    </message>
    <message>
        <source>noted beside the record</source>
        <translation>забележано покрај записот</translation>
    </message>
    <message>
        <source>the prisoner&apos;s details</source>
        <translation>податоците за осуденото лице</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>набљудување</translation>
    </message>
    <message>
        <source>a checklist run</source>
        <translation>пополнета контролна листа</translation>
    </message>
    <message>
        <source>rectified by version %1</source>
        <translation>исправено со верзијата %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>одбиено: %1</translation>
    </message>
    <message>
        <source>noted beside the record: %1</source>
        <translation>забележано покрај записот: %1</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>не е барање</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Преместувања</translation>
    </message>
</context>
<context>
    <name>safeguards</name>
    <message>
        <source>Is this necessary to describe the behaviour?</source>
        <extracomment>The gentle question (context &quot;safeguards&quot; of the catalogues).</extracomment>
        <translation>Дали ова е потребно за опис на однесувањето?</translation>
    </message>
    <message>
        <source>Religious conversion or a change to a different faith</source>
        <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context &quot;safeguards&quot;).</extracomment>
        <translation>Промена на верата или преминување во друга вера</translation>
    </message>
    <message>
        <source>More religious practice, prayer or attendance at worship</source>
        <translation>Почесто верско практикување, молитва или одење на богослужба</translation>
    </message>
    <message>
        <source>Fasting, diet or food rules</source>
        <translation>Пост, исхрана или правила за храната</translation>
    </message>
    <message>
        <source>A beard, head covering or style of dress</source>
        <translation>Брада, покривање на главата или начин на облекување</translation>
    </message>
    <message>
        <source>Having religious books or objects</source>
        <translation>Поседување верски книги или предмети</translation>
    </message>
    <message>
        <source>The language a person speaks</source>
        <translation>Јазикот што го зборува лицето</translation>
    </message>
    <message>
        <source>Nationality, ethnicity or skin colour</source>
        <translation>Државјанство, етничка припадност или боја на кожата</translation>
    </message>
    <message>
        <source>Lawful political opinions that do not advocate violence</source>
        <translation>Законски политички мислења што не повикуваат на насилство</translation>
    </message>
    <message>
        <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
        <translation>Молитва, сам/а или со други, верска поука, богослужба или контакт со верски службеник или имам</translation>
    </message>
</context>
</TS>
