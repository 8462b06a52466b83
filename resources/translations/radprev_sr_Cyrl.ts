<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sr_Cyrl_RS">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>Верзија</translation>
        </message>
        <message>
            <source>Database folder</source>
            <translation>Фасцикла базе података</translation>
        </message>
        <message>
            <source>Logs and crash reports</source>
            <translation>Записници и извештаји о падовима</translation>
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
            <translation>О програму radprev</translation>
        </message>
        <message>
            <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
            <translation>radprev — дневник запажања без мреже за службена лица у заводима.
Ово је дневник запажања, а не процена ризика.</translation>
        </message>
        <message>
            <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
            <translation>Лиценце трећих страна: THIRD-PARTY-NOTICES.txt у фасцикли програма.</translation>
        </message>
    </context>
    <context>
        <name>AccessDialog</name>
        <message>
            <source>Units and access of {user}</source>
            <translation>Одељења и приступ — {user}</translation>
        </message>
        <message>
            <source>Establishments and access of {user}</source>
            <translation>Установе и приступ — {user}</translation>
        </message>
        <message>
            <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
            <translation>Службена лица и надређени виде и уписују само осуђена лица из одељења која су овде означена. Приступ свим осуђеним лицима установе посебно је овлашћење, које се бележи у дневнику ревизије са својим разлогом.</translation>
        </message>
        <message>
            <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations' packages. Every change of access is recorded in the audit log with its reason.</source>
            <translation>У централи налог чита досијеа, записе и бројке установа наведених овде (њихове шифре; * за све установе), онако како стижу у пакетима са радних станица. Свака промена приступа бележи се у дневнику ревизије са својим разлогом.</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Одељења</translation>
        </message>
        <message>
            <source>Unit {code}</source>
            <translation>Одељење {code}</translation>
        </message>
        <message>
            <source>This establishment has no units.</source>
            <translation>Ова установа нема одељења.</translation>
        </message>
        <message>
            <source>&amp;Whole establishment (every unit)</source>
            <translation>&amp;Цела установа (сва одељења)</translation>
        </message>
        <message>
            <source>Whole establishment</source>
            <translation>Цела установа</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Установе</translation>
        </message>
        <message>
            <source>codes separated by commas; * for all</source>
            <translation>шифре одвојене зарезима; * за све</translation>
        </message>
        <message>
            <source>Reason for the change of access</source>
            <translation>Разлог промене приступа</translation>
        </message>
        <message>
            <source>e.g. acting head of security until 30 June</source>
            <translation>нпр. вршилац дужности начелника обезбеђења до 30. јуна</translation>
        </message>
        <message>
            <source>E&amp;stablishments:</source>
            <translation>&amp;Установе:</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Разлог:</translation>
        </message>
        <message>
            <source>Save access</source>
            <translation>Сачувај приступ</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>Додавање налога</translation>
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
            <translation>Улоге</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>Улога: {role}</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Одељења</translation>
        </message>
        <message>
            <source>Unit {code}</source>
            <translation>Одељење {code}</translation>
        </message>
        <message>
            <source>This establishment has no units.</source>
            <translation>Ова установа нема одељења.</translation>
        </message>
        <message>
            <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
            <translation>Двапут унесите привремену лозинку и дајте је тој особи; при првој пријави мора да изабере своју.</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>Корисничко и&amp;ме:</translation>
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
            <translation>Додај налог</translation>
        </message>
        <message>
            <source>Type a username.</source>
            <translation>Унесите корисничко име.</translation>
        </message>
        <message>
            <source>Tick at least one role.</source>
            <translation>Означите бар једну улогу.</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
            <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
            <translation>3x5x2 (извор 1–3, информација А–Е, поступање П/Ц)</translation>
        </message>
        <message>
            <source>Admiralty 6x6 (source A–F, information 1–6)</source>
            <translation>Адмиралитет 6x6 (извор А–Ф, информација 1–6)</translation>
        </message>
        <message>
            <source>Each reader's own language</source>
            <extracomment>Languages a report can be printed in and the workstation's default: every offered language (core/languages.py), by its own name, not translated. The administrator's default language of reports: none (each reader's own, the screen's — core/i18n.py `default_report_language`) or one of them.</extracomment>
            <translation>Језик сваког читаоца</translation>
        </message>
        <message>
            <source>Review a prisoner's file after (months)</source>
            <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
            <translation>Провера досијеа осуђеног лица после (месеци)</translation>
        </message>
        <message>
            <source>Review after release (months)</source>
            <translation>Провера после отпуста (месеци)</translation>
        </message>
        <message>
            <source>Review after transfer (months)</source>
            <translation>Провера после премештаја (месеци)</translation>
        </message>
        <message>
            <source>Erase a rejected report after (months)</source>
            <translation>Обриши одбијени извештај после (месеци)</translation>
        </message>
        <message>
            <source>Handover: open referrals (1 = include, 0 = leave out)</source>
            <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
            <translation>Предаја: отворена упућивања (1 = укључи, 0 = изостави)</translation>
        </message>
        <message>
            <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
            <translation>Предаја: затворена упућивања (1 = укључи, 0 = изостави)</translation>
        </message>
        <message>
            <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
            <translation>Предаја: чињенице проверених запажања из последњих (месеци, 0 = ниједно)</translation>
        </message>
        <message>
            <source>Handover: protective factors (1 = include, 0 = leave out)</source>
            <translation>Предаја: заштитни фактори (1 = укључи, 0 = изостави)</translation>
        </message>
        <message>
            <source>Handover: officers' assessments (1 = include, 0 = leave out)</source>
            <translation>Предаја: процене службених лица (1 = укључи, 0 = изостави)</translation>
        </message>
        <message>
            <source>Lock after idle (minutes)</source>
            <translation>Закључавање после неактивности (минута)</translation>
        </message>
        <message>
            <source>Classification marking</source>
            <translation>Ознака тајности</translation>
        </message>
        <message>
            <source>Classification levels (lowest first, separated by ;)</source>
            <translation>Степени тајности (од најнижег, одвојени са ;)</translation>
        </message>
        <message>
            <source>Grading preset</source>
            <translation>Шема оцењивања</translation>
        </message>
        <message>
            <source>Default language of reports</source>
            <translation>Подразумевани језик радне станице и извештаја</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Број чуваних резервних копија</translation>
        </message>
        <message>
            <source>Clear copied text after (seconds)</source>
            <translation>Брисање копираног текста после (секунди)</translation>
        </message>
        <message>
            <source>Export to the central office every (days)</source>
            <translation>Извоз у централу сваких (дана)</translation>
        </message>
        <message>
            <source>Wait for a receipt (days)</source>
            <translation>Чекање на потврду пријема (дана)</translation>
        </message>
        <message>
            <source>Write new observations before seeing earlier reports (default)</source>
            <translation>Нова запажања писати пре увида у раније пријаве (подразумевано)</translation>
        </message>
        <message>
            <source>Search words in the audit log</source>
            <translation>Речи за претрагу у дневнику ревизије</translation>
        </message>
        <message>
            <source>Hashed (the data-protection officer can check a word)</source>
            <translation>Као хеш-збир (лице за заштиту података може да провери реч)</translation>
        </message>
        <message>
            <source>Stored as typed</source>
            <translation>Чувају се како су уписане</translation>
        </message>
        <message>
            <source>Staff named in a prisoner's access report</source>
            <translation>Особље наведено по имену у извештају о приступу осуђеног лица</translation>
        </message>
        <message>
            <source>Supervisors and above (officers withheld)</source>
            <translation>Надзорници и виши (службеници изостављени)</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Сви</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>Нико</translation>
        </message>
        <message>
            <source>Information for the person in an access report (empty: the default)</source>
            <translation>Информација за лице у извештају о приступу (празно: подразумевана)</translation>
        </message>
        <message>
            <source>Retention periods (months)</source>
            <translation>Рокови чувања (месеци)</translation>
        </message>
        <message>
            <source>Release handover policy</source>
            <translation>Правила предаје при отпусту</translation>
        </message>
        <message>
            <source>Code lists</source>
            <translation>Листе шифара</translation>
        </message>
        <message>
            <source>Administration sections</source>
            <translation>Одељци администрације</translation>
        </message>
        <message>
            <source>Acco&amp;unts</source>
            <translation>&amp;Налози</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Подешавања</translation>
        </message>
        <message>
            <source>Checklist &amp;templates</source>
            <translation>Шаблони контролних &amp;листа</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>&amp;Резервне копије</translation>
        </message>
        <message>
            <source>&amp;Prisoners' details</source>
            <translation>Подаци о осуђеним ли&amp;цима</translation>
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
            <translation>Први администратор</translation>
        </message>
        <message>
            <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
            <translation>Администратор управља налозима, подешавањима и резервним копијама. Остали налози се додају касније.</translation>
        </message>
        <message>
            <source>&amp;Create the encrypted database</source>
            <translation>&amp;Направи шифровану базу података</translation>
        </message>
        <message>
            <source>Administrator username</source>
            <translation>Корисничко име администратора</translation>
        </message>
        <message>
            <source>Administrator full name</source>
            <translation>Име и презиме администратора</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>Корисничко и&amp;ме:</translation>
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
            <translation>У {folder} је база података која није база за обуку; не отвара се.</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>User filter</source>
            <translation>Филтер корисника</translation>
        </message>
        <message>
            <source>Action filter</source>
            <translation>Филтер радње</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>&amp;Од:</translation>
        </message>
        <message>
            <source>Filter from a date</source>
            <translation>Филтер од датума</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Од датума</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;До:</translation>
        </message>
        <message>
            <source>Filter up to a date</source>
            <translation>Филтер до датума</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>До датума</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Прикажи</translation>
        </message>
        <message>
            <source>Show entries</source>
            <translation>Прикажи уносе</translation>
        </message>
        <message>
            <source>&amp;Export to JSON Lines…</source>
            <translation>&amp;Извези у JSON Линес…</translation>
        </message>
        <message>
            <source>Export to JSON Lines</source>
            <translation>Извези у JSON Линес</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>Про&amp;вери ланац</translation>
        </message>
        <message>
            <source>Verify the hash chain</source>
            <translation>Провери ланац хеш-збирова</translation>
        </message>
        <message>
            <source>Data-protection &amp;questions…</source>
            <translation>Питања о &amp;заштити података…</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Уноси ревизије</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>&amp;Корисник:</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>&amp;Радња:</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Дневник ревизије</translation>
        </message>
        <message>
            <source>Reading the audit log is itself written to the audit log.</source>
            <translation>И само читање дневника ревизије уписује се у дневник ревизије.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) shown.</source>
            <translation>
                <numerusform>Приказан је %n унос.</numerusform>
                <numerusform>Приказана су %n уноса.</numerusform>
                <numerusform>Приказано је %n уноса.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>Извоз дневника ревизије</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>JSON Линес (*.јсонл)</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) exported to {file}.</source>
            <translation>
                <numerusform>%n унос је извезен у {file}.</numerusform>
                <numerusform>%n уноса су извезена у {file}.</numerusform>
                <numerusform>%n уноса је извезено у {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hash chain is intact: %n entry(ies) checked.</source>
            <translation>
                <numerusform>Ланац хеш-збирова је неоштећен: проверен је %n унос.</numerusform>
                <numerusform>Ланац хеш-збирова је неоштећен: проверена су %n уноса.</numerusform>
                <numerusform>Ланац хеш-збирова је неоштећен: проверено је %n уноса.</numerusform>
            </translation>
        </message>
        <message>
            <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
            <translation>Ланац хеш-збирова је ПРЕКИНУТ код уноса {seq}: {reason}</translation>
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
            <translation>Када</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Корисник</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Радња</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>Објекат</translation>
        </message>
        <message>
            <source>Reason for access</source>
            <translation>Разлог приступа</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Прималац</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Детаљи</translation>
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
            <translation>Величина</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервне копије</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Направи резервну копију сада</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Направи резервну копију сада</translation>
        </message>
        <message>
            <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
            <translation>Резервне копије су шифроване копије у фасцикли базе података (backups), проверене отварањем. Враћање се нуди на екрану за пријаву када база података не може да се отвори, или командом radprev restore.</translation>
        </message>
        <message>
            <source>{n} KiB</source>
            <translation>{n} KiB</translation>
        </message>
        <message>
            <source>Backup {name} written.</source>
            <translation>Резервна копија {name} је уписана.</translation>
        </message>
        <message>
            <source>Writing a backup</source>
            <translation>Писање резервне копије</translation>
        </message>
    </context>
    <context>
        <name>CapsLockWatcher</name>
        <message>
            <source>Caps Lock warning</source>
            <translation>Упозорење за Цапс Лоцк</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>Цапс Лоцк је укључен.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Промена лозинке</translation>
        </message>
        <message>
            <source>Your password was set by the administrator. Choose your own password before you continue.</source>
            <translation>Вашу лозинку је поставио администратор. Изаберите сопствену лозинку пре него што наставите.</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>Унесите тренутну лозинку, а затим двапут нову.</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Тренутна лозинка</translation>
        </message>
        <message>
            <source>C&amp;urrent password:</source>
            <translation>&amp;Тренутна лозинка:</translation>
        </message>
    </context>
    <context>
        <name>CharacterCounter</name>
        <message>
            <source>At most {n} characters.</source>
            <extracomment>The counter shows from this share of the limit on.</extracomment>
            <translation>Највише {n} знакова.</translation>
        </message>
        <message>
            <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
            <translation>Стаје само {limit} знакова: {cut} налепљених знакова је изостављено (још су у остави).</translation>
        </message>
        <message>
            <source>Limit reached: {limit} characters.</source>
            <translation>Достигнуто ограничење: {limit} знакова.</translation>
        </message>
        <message>
            <source>{n} of {limit} characters</source>
            <translation>{n} од {limit} знакова</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRunnerPage</name>
        <message>
            <source>completed and sealed</source>
            <translation>завршено и запечаћено</translation>
        </message>
        <message>
            <source>Next review date</source>
            <translation>Датум следеће провере</translation>
        </message>
        <message>
            <source>Protective factors</source>
            <translation>Заштитни фактори</translation>
        </message>
        <message>
            <source>Not indicators</source>
            <translation>Нису показатељи</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Напредак</translation>
        </message>
        <message>
            <source>Protective factors: &amp;none observed</source>
            <translation>Заштитни фактори: &amp;ниједан није уочен</translation>
        </message>
        <message>
            <source>Other possible explanations (required)</source>
            <translation>Друга могућа објашњења (обавезно)</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>Друга могућа објашњења</translation>
        </message>
        <message>
            <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
            <translation>нпр. дуг, сукоб са другим осуђеним лицем, лоше вести од куће, ментално здравље</translation>
        </message>
        <message>
            <source>None &amp;identified</source>
            <translation>Ниједно није &amp;утврђено</translation>
        </message>
        <message>
            <source>Context and vulnerability (for support, not a risk sign)</source>
            <translation>Контекст и рањивост (ради подршке, не као знак ризика)</translation>
        </message>
        <message>
            <source>Context notes</source>
            <translation>Белешке о контексту</translation>
        </message>
        <message>
            <source>Summary and next review</source>
            <translation>Резиме и следећа провера</translation>
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
            <translation>С&amp;ледећа провера:</translation>
        </message>
        <message>
            <source>Answers by domain</source>
            <translation>Одговори по областима</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Уочено</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>Није уочено</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Непознато</translation>
        </message>
        <message>
            <source>Save progress (Ctrl+S)</source>
            <translation>Сачувај напредак (Ctrl+S)</translation>
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
            <translation>Разлог исправке</translation>
        </message>
        <message>
            <source>Reason for the correction (required)</source>
            <translation>Разлог исправке (обавезно)</translation>
        </message>
        <message>
            <source>Save co&amp;rrection</source>
            <translation>Сачувај ис&amp;правку</translation>
        </message>
        <message>
            <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
            <translation>Исправка завршене контролне листе: одговорено је на {done} од {total} ставки. Ставке без одговора бележе се као непознате када сачувате исправку.</translation>
        </message>
        <message>
            <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
            <translation>Завршено и запечаћено: забележене су све ставке ({total}), од тога {unknown} као непознате (укључујући оне остављене без одговора). Свака измена је сада исправка, која се чува као нова верзија.</translation>
        </message>
        <message>
            <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
            <translation>Одговорено је на {done} од {total} ставки. Ставке без одговора бележе се као непознате када завршите.</translation>
        </message>
        <message>
            <source>Recorded for support, never as a sign of risk.</source>
            <translation>Бележи се ради подршке, никад као знак ризика.</translation>
        </message>
        <message>
            <source>Protective factors (required)</source>
            <translation>Заштитни фактори (обавезно)</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such:</source>
            <translation>Ово НИСУ показатељи и никада не смеју да се означе као такви:</translation>
        </message>
        <message>
            <source>{title} (v{version}) — {name} ({number})</source>
            <translation>{title} (в{version}) — {name} ({number})</translation>
        </message>
        <message>
            <source>Not saved: change the wording, then save the correction.</source>
            <translation>Није сачувано: промените формулацију, па сачувајте исправку.</translation>
        </message>
        <message>
            <source>Correction saved as version {n}.</source>
            <translation>Исправка је сачувана као верзија {n}.</translation>
        </message>
        <message>
            <source>Checklist progress saved.</source>
            <translation>Напредак контролне листе је сачуван.</translation>
        </message>
        <message>
            <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
            <translation>Оно што сте унели сачувано је док је екран био закључан; још није снимљено.</translation>
        </message>
        <message>
            <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
            <translation>{heading}

Одговорено је на {done} од {total} ставки; ставке без одговора ({left}) биће забележене као непознате.

Завршавање запечаћује контролну листу са резимеом и датумом следеће провере: после тога може се изменити само исправком уз разлог, која се чува као нова верзија.</translation>
        </message>
        <message>
            <source>Complete and seal?</source>
            <translation>Завршити и запечатити?</translation>
        </message>
        <message>
            <source>Complete and seal</source>
            <translation>Заврши и запечати</translation>
        </message>
        <message>
            <source>Not completed: change the wording, then complete.</source>
            <translation>Није завршено: промените формулацију, па завршите.</translation>
        </message>
        <message>
            <source>Checklist completed.</source>
            <translation>Контролна листа је завршена.</translation>
        </message>
        <message>
            <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
            <translation>Завршено. Следећа провера: {date}. Бројеви показују како је одговорено на ставке у свакој области; нису збир и никад се не сабирају.</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
            <translation>Извештај о паду без икаквих личних података је уписан у:
{path}
Предајте га својој ИТ подршци.</translation>
        </message>
        <message>
            <source>No crash report could be written.</source>
            <translation>Извештај о паду није могао да се упише.</translation>
        </message>
        <message>
            <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
            <translation>radprev је наишао на неочекивану грешку. Оно што сте раније сачували је безбедно; последња радња можда није завршена. Затворите radprev и поново га покрените.</translation>
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
            <translation>предато</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>прихваћено</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>враћено</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>одбијено</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>извезено</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>Осуђено лице</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Хитност</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>What was seen or heard (start)</source>
            <translation>Шта је виђено или чуто (почетак)</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Почетна</translation>
        </message>
        <message>
            <source>My drafts</source>
            <translation>Моји нацрти</translation>
        </message>
        <message>
            <source>You have no unfinished drafts.</source>
            <translation>Немате недовршених нацрта.</translation>
        </message>
        <message>
            <source>Returned to me</source>
            <translation>Враћено мени</translation>
        </message>
        <message>
            <source>Nothing was returned to you.</source>
            <translation>Ништа вам није враћено.</translation>
        </message>
        <message>
            <source>Immediate items awaiting review</source>
            <translation>Неодложне ставке које чекају проверу</translation>
        </message>
        <message>
            <source>No immediate item is waiting for review.</source>
            <translation>Ниједна неодложна ставка не чека проверу.</translation>
        </message>
        <message>
            <source>Overdue reviews of prisoners' files</source>
            <translation>Закаснеле провере досијеа осуђених лица</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Провера до</translation>
        </message>
        <message>
            <source>No file is overdue for review.</source>
            <translation>Ниједан досије не касни са провером.</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>Ново &amp;запажање</translation>
        </message>
        <message>
            <source>New observation</source>
            <translation>Ново запажање</translation>
        </message>
        <message>
            <source>Re&amp;tention decisions…</source>
            <translation>Одлуке о чу&amp;вању…</translation>
        </message>
        <message>
            <source>(after the reason for access)</source>
            <translation>(након разлога приступа)</translation>
        </message>
        <message>
            <source>Logged in as {name}.</source>
            <translation>Пријављени сте као {name}.</translation>
        </message>
        <message>
            <source>Your role has no observations of its own. Use the menu on the left.</source>
            <translation>Ваша улога нема сопствена запажања. Користите мени са леве стране.</translation>
        </message>
        <message>
            <source>Your role has no observations of its own. The Training page shows the trainees' exercises.</source>
            <translation>Ваша улога нема сопствена запажања. Страница Обука приказује вежбе полазника.</translation>
        </message>
    </context>
    <context>
        <name>DataExportButton</name>
        <message>
            <source>E&amp;xport the person's data (JSON + PDF)…</source>
            <translation>И&amp;звези податке лица (JSON + PDF)…</translation>
        </message>
        <message>
            <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
            <translation>Изаберите осуђено лице: унесите име или матични број и изаберите са листе.</translation>
        </message>
        <message>
            <source>Say who the files are for (recipient).</source>
            <translation>Наведите коме су датотеке намењене (прималац).</translation>
        </message>
        <message>
            <source>Write unencrypted files?</source>
            <translation>Уписати нешифроване датотеке?</translation>
        </message>
        <message>
            <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
            <translation>JSON датотека и PDF НЕЋЕ бити шифровани: свако ко може да отвори фасциклу може да их прочита. Упишите их само тамо где ваша упутства дозвољавају (на пример на USB предат лицу) и избришите сваку копију коју задржите када више није потребна. Извоз се бележи у дневнику ревизије као откривање података.</translation>
        </message>
        <message>
            <source>Folder for the person's data</source>
            <translation>Фасцикла за податке лица</translation>
        </message>
        <message>
            <source>Written: %1 and %2</source>
            <translation>Уписано: %1 и %2</translation>
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
            <translation>Захтеви за исправку и оспоравања — {name} ({number})</translation>
        </message>
        <message>
            <source>Record what the prisoner asks to be corrected, or contests, in the person's own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
            <translation>Забележите речима саме особе шта осуђено лице тражи да се исправи или шта оспорава. Сама исправка је измена записа; затим одлучите о захтеву и наведите исправљену верзију.</translation>
        </message>
        <message>
            <source>Requests and disputes of the file</source>
            <translation>Захтеви и оспоравања у досијеу</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Забележено</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Захтев</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Односи се на</translation>
        </message>
        <message>
            <source>What the person says</source>
            <translation>Шта особа каже</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>Нови захтев</translation>
        </message>
        <message>
            <source>What the person asks or contests</source>
            <translation>Шта особа тражи или оспорава</translation>
        </message>
        <message>
            <source>In the person's own words</source>
            <translation>Речима саме особе</translation>
        </message>
        <message>
            <source>Record the re&amp;quest</source>
            <translation>&amp;Забележи захтев</translation>
        </message>
        <message>
            <source>Abou&amp;t:</source>
            <translation>&amp;Односи се на:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Врста:</translation>
        </message>
        <message>
            <source>The person's &amp;words:</source>
            <translation>&amp;Речи особе:</translation>
        </message>
        <message>
            <source>Decision on the selected request</source>
            <translation>Одлука о изабраном захтеву</translation>
        </message>
        <message>
            <source>&amp;Decide</source>
            <translation>Од&amp;лучи</translation>
        </message>
        <message>
            <source>&amp;Correct the record…</source>
            <translation>&amp;Исправи запис…</translation>
        </message>
        <message>
            <source>Close this window and amend the record the request is about.</source>
            <translation>Затворите овај прозор и измените запис на који се захтев односи.</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>Ис&amp;ход:</translation>
        </message>
        <message>
            <source>Amended &amp;version:</source>
            <translation>Исправљена верзи&amp;ја:</translation>
        </message>
        <message>
            <source>&amp;Reason (refused, noted):</source>
            <translation>Разло&amp;г (одбијено, забележено):</translation>
        </message>
        <message>
            <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
            <translation>Може се навести само верзија којом су после евидентирања захтева исправљени матични број, име и презиме или година рођења.</translation>
        </message>
        <message>
            <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
            <translation>Може се навести само верзија измењена после евидентирања захтева: прво исправите запис.</translation>
        </message>
        <message>
            <source>The request is recorded: {kind}, {about}.</source>
            <translation>Захтев је забележен: {kind}, {about}.</translation>
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
            <translation>Питања о заштити података</translation>
        </message>
        <message>
            <source>Who consulted a prisoner's file</source>
            <translation>Ко је прегледао досије осуђеног</translation>
        </message>
        <message>
            <source>Consultations without a stated purpose</source>
            <translation>Увиди без наведене сврхе</translation>
        </message>
        <message>
            <source>Exports and disclosures in a period</source>
            <translation>Извози и откривања у периоду</translation>
        </message>
        <message>
            <source>Files overdue for their review</source>
            <translation>Досијеи којима је истекао рок за преиспитивање</translation>
        </message>
        <message>
            <source>establishment:number, e.g. PL-WAW1:1234</source>
            <translation>установа:број, нпр. ПЛ-WAW1:1234</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>При&amp;кажи</translation>
        </message>
        <message>
            <source>Pre&amp;view the PDF</source>
            <translation>Преглед П&amp;ДФ-а</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Питање:</translation>
        </message>
        <message>
            <source>Prison &amp;number:</source>
            <translation>&amp;Матични број:</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>&amp;Временски период:</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>&amp;Разлог (чува се у дневнику ревизије):</translation>
        </message>
        <message>
            <source>{about} — entries: {count}</source>
            <translation>{about} — уноси: {count}</translation>
        </message>
        <message>
            <source>Data-protection officer</source>
            <translation>Лице за заштиту података о личности</translation>
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
            <translation>Установа којој припада ова шифрована база података и њена одељења.</translation>
        </message>
        <message>
            <source>Establishment code</source>
            <translation>Ознака установе</translation>
        </message>
        <message>
            <source>for example PL-WAW1</source>
            <translation>на пример РС-BG1</translation>
        </message>
        <message>
            <source>Establishment name</source>
            <translation>Назив установе</translation>
        </message>
        <message>
            <source>Units, one per line: code = name</source>
            <translation>Одељења, по једно у реду: ознака = назив</translation>
        </message>
        <message>
            <source>A = Wing A
B = Wing B</source>
            <translation>А = Павиљон А
Б = Павиљон Б</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Ознака:</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>Наз&amp;ив:</translation>
        </message>
        <message>
            <source>&amp;Units (code = name, one per line):</source>
            <translation>О&amp;дељења (ознака = назив, по једно у реду):</translation>
        </message>
        <message>
            <source>Type the establishment code.</source>
            <translation>Унесите ознаку установе.</translation>
        </message>
        <message>
            <source>The code uses letters, digits and '-' only.</source>
            <translation>Ознака садржи само слова, цифре и '-'.</translation>
        </message>
        <message>
            <source>A unit code uses letters, digits and '-' only.</source>
            <translation>Ознака одељења садржи само слова, цифре и '-'.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the audit log</source>
            <translation>Извоз дневника ревизије</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Прималац</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>&amp;Прималац:</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Разлог:</translation>
        </message>
        <message>
            <source>Give the recipient and the reason.</source>
            <translation>Наведите примаоца и разлог.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback on your exercise</source>
            <translation>Повратна информација о вашој вежби</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Feedback on your observation</source>
            <translation>Повратна информација о вашем запажању</translation>
        </message>
        <message>
            <source>Model observation</source>
            <translation>Узорно запажање</translation>
        </message>
        <message>
            <source>Feed&amp;back</source>
            <translation>Повратна &amp;информација</translation>
        </message>
        <message>
            <source>&amp;Model observation</source>
            <translation>&amp;Узорно запажање</translation>
        </message>
        <message>
            <source>Not completed yet: record and submit the observation.</source>
            <translation>Још није завршено: забележите и предајте запажање.</translation>
        </message>
        <message>
            <source>{code} — {title}: {good} done well, {improve} to improve.</source>
            <translation>{code} — {title}: добро урађено {good}, за побољшање {improve}.</translation>
        </message>
    </context>
    <context>
        <name>FileNotOpened</name>
        <message>
            <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
            <translation>Досије није приказан: разлог приступа није наведен. Ништа из њега се не приказује нити бележи као увид док га не наведете.</translation>
        </message>
        <message>
            <source>Give the reason and &amp;open the file again…</source>
            <translation>Наведи разлог и &amp;отвори досије поново…</translation>
        </message>
        <message>
            <source>Or choose another page in the list on the left.</source>
            <translation>Или изаберите другу страну са листе лево.</translation>
        </message>
    </context>
    <context>
        <name>FileRequests</name>
        <message>
            <source>Re&amp;quests and disputes…</source>
            <translation>За&amp;хтеви и оспоравања…</translation>
        </message>
        <message>
            <source>The prisoner's rectification requests and disputes: record and decide them.</source>
            <translation>Захтеви осуђеног лица за исправку и оспоравања: забележите их и одлучите о њима.</translation>
        </message>
        <message>
            <source>Recla&amp;ssify…</source>
            <translation>Промени степен &amp;тајности…</translation>
        </message>
        <message>
            <source>Change the classification of the selected observation (with a reason).</source>
            <translation>Промените степен тајности изабраног запажања (уз разлог).</translation>
        </message>
        <message>
            <source>The record of the request</source>
            <translation>Запис на који се захтев односи</translation>
        </message>
        <message>
            <source>The prisoner's details</source>
            <translation>Подаци о осуђеном лицу</translation>
        </message>
        <message>
            <source>The observation of {when}</source>
            <translation>Запажање од {when}</translation>
        </message>
        <message>
            <source>The checklist run: {run}</source>
            <translation>Попуњена контролна листа: {run}</translation>
        </message>
        <message>
            <source>Processing restricted</source>
            <translation>Обрада је ограничена</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner's open rectification request on the details. The unit, cell and status can still be changed.</source>
            <translation>Обрада овог досијеа је ограничена: матични број, име и презиме и година рођења исправљају се само као одговор на отворен захтев осуђеног лица за исправку података. Одељење, ћелија и статус и даље се могу мењати.</translation>
        </message>
        <message>
            <source>A supervisor records the prisoner's request first.</source>
            <translation>Надређени прво бележи захтев осуђеног лица.</translation>
        </message>
        <message>
            <source>Change unit, cell or &amp;status…</source>
            <translation>Промени одељење, ћелију или &amp;статус…</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: a record is corrected only to answer the prisoner's open rectification request on it. Record the request first; then the correction can be made.</source>
            <translation>Обрада овог досијеа је ограничена: запис се исправља само као одговор на отворен захтев осуђеног лица за његову исправку. Прво забележите захтев; затим се исправка може унети.</translation>
        </message>
        <message>
            <source>Record the &amp;request…</source>
            <translation>&amp;Забележи захтев…</translation>
        </message>
    </context>
    <context>
        <name>GradingWidget</name>
        <message>
            <source>Source grade</source>
            <extracomment>Error field names of the observations service that point into this widget.</extracomment>
            <translation>Оцена извора</translation>
        </message>
        <message>
            <source>Information grade</source>
            <translation>Оцена информације</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Поступање</translation>
        </message>
        <message>
            <source>Who may receive it, and on what conditions</source>
            <translation>Ко сме да је прими и под којим условима</translation>
        </message>
        <message>
            <source>Conditions of sharing</source>
            <translation>Услови прослеђивања</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>Услови:</translation>
        </message>
        <message>
            <source>Sou&amp;rce is:</source>
            <translation>&amp;Извор је:</translation>
        </message>
        <message>
            <source>&amp;Information is:</source>
            <translation>Информација &amp;је:</translation>
        </message>
        <message>
            <source>Han&amp;dling (sharing):</source>
            <translation>Поступа&amp;ње (прослеђивање):</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>radprev — user guide</source>
            <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
            <translation>radprev — упутство за кориснике</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Упутство за кориснике</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>Тражи у упутству</translation>
        </message>
        <message>
            <source>word to find, then Enter</source>
            <translation>реч за претрагу, па Enter</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Тражи:</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>&amp;Садржај</translation>
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
            <translation>Предаја при отпусту служби за алтернативне санкције (повереничка служба)</translation>
        </message>
        <message>
            <source>open referrals</source>
            <translation>отворена упућивања</translation>
        </message>
        <message>
            <source>closed referrals</source>
            <translation>затворена упућивања</translation>
        </message>
        <message>
            <source>facts of reviewed observations of the last {n} months</source>
            <translation>чињенице проверених запажања из последњих {n} месеци</translation>
        </message>
        <message>
            <source>protective factors</source>
            <translation>заштитни фактори</translation>
        </message>
        <message>
            <source>officers' assessments</source>
            <translation>процене службених лица</translation>
        </message>
        <message>
            <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service's key only and recorded in the audit log.</source>
            <translation>{name}: предаја садржи само оно што правила дозвољавају — {held}. Никада извор, ограничени извор или пријаву коју надређени није прихватио. Шифрована је само кључем повереничке службе и бележи се у дневнику ревизије.</translation>
        </message>
        <message>
            <source>e.g. Probation office, officer's name</source>
            <translation>нпр. повереничка канцеларија, име службеника</translation>
        </message>
        <message>
            <source>The probation service's key file</source>
            <translation>Датотека кључа повереничке службе</translation>
        </message>
        <message>
            <source>Folder for the handover</source>
            <translation>Фасцикла за предају</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>&amp;Прималац:</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>Раз&amp;лог:</translation>
        </message>
        <message>
            <source>Probation &amp;key file:</source>
            <translation>Датотека &amp;кључа повереничке службе:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Фасцикла:</translation>
        </message>
        <message>
            <source>The prisoner is &amp;due for release</source>
            <translation>Осуђени &amp;ускоро излази на слободу</translation>
        </message>
        <message>
            <source>&amp;Make handover</source>
            <translation>&amp;Направи предају</translation>
        </message>
        <message>
            <source>Choose the probation service's key file.</source>
            <translation>Изаберите датотеку кључа повереничке службе.</translation>
        </message>
        <message>
            <source>Choose the folder to write to.</source>
            <translation>Изаберите фасциклу у коју се пише.</translation>
        </message>
        <message>
            <source>The key file cannot be read: {why}</source>
            <translation>Датотека кључа не може да се прочита: {why}</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Versions</source>
            <translation>Верзије</translation>
        </message>
        <message>
            <source>Versions side by side</source>
            <translation>Верзије једна поред друге</translation>
        </message>
        <message>
            <source>Changes as a text difference</source>
            <translation>Измене као разлика у тексту</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Једна поред друге</translation>
        </message>
        <message>
            <source>Text difference</source>
            <translation>Разлика у тексту</translation>
        </message>
        <message>
            <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
            <translation>Изаберите једну верзију да је прочитате или две (Ctrl+клик, Shift+стрелице) да их упоредите.</translation>
        </message>
        <message>
            <source>&amp;Back to the file</source>
            <translation>&amp;Назад на досије</translation>
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
            <translation>Показатељи</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатељ</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказ</translation>
        </message>
        <message>
            <source>What exactly did you see that fits this item?</source>
            <translation>Шта сте тачно видели што одговара овој ставци?</translation>
        </message>
        <message>
            <source>Evidence for the selected indicator</source>
            <translation>Доказ за изабрани показатељ</translation>
        </message>
        <message>
            <source>E&amp;vidence:</source>
            <translation>&amp;Доказ:</translation>
        </message>
        <message>
            <source>No checklist template is installed.</source>
            <translation>Ниједан шаблон контролне листе није инсталиран.</translation>
        </message>
        <message>
            <source>From another template version</source>
            <translation>Из друге верзије шаблона</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other's work.</source>
            <translation>Ова шифрована база података је већ отворена у програму radprev (процес {pid} на рачунару {host}). Пређите у тај прозор или га прво затворите: два прозора над истом базом могла би да препишу туђи рад.</translation>
        </message>
        <message>
            <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
            <translation>Датотека закључавања {path} не може да се направи. Проверите да ли је у фасциклу дозвољен упис.</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>Observed</source>
            <translation>Уочено</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>Није уочено</translation>
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
            <translation>Напомена (није обавезно)</translation>
        </message>
        <message>
            <source>A concrete example: what exactly was seen or heard (required)</source>
            <translation>Конкретан пример: шта је тачно виђено или чуто (обавезно)</translation>
        </message>
        <message>
            <source>Date of the example for {code}</source>
            <translation>Датум примера за {code}</translation>
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
            <translation>Разлог приступа</translation>
        </message>
        <message>
            <source>Opening a prisoner's file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
            <translation>Отварање досијеа осуђеног лица бележи се у дневнику ревизије. Наведите зашто вам је потребан; разлог се памти док се не одјавите или док се екран не закључа.</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Choose the reason</source>
            <translation>Изаберите разлог</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Детаљи</translation>
        </message>
        <message>
            <source>e.g. weekly wing review</source>
            <translation>нпр. недељна провера павиљона</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Разлог:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Детаљи:</translation>
        </message>
        <message>
            <source>Choose the reason for access from the list.</source>
            <translation>Изаберите разлог приступа са листе.</translation>
        </message>
    </context>
    <context>
        <name>LinkedFilesPanel</name>
        <message>
            <source>Show files that may be one &amp;person</source>
            <translation>Прикажи досијее који су можда једно &amp;лице</translation>
        </message>
        <message>
            <source>&amp;Same person…</source>
            <translation>&amp;Исто лице…</translation>
        </message>
        <message>
            <source>&amp;Not the same…</source>
            <translation>&amp;Није исто…</translation>
        </message>
        <message>
            <source>First file</source>
            <translation>Први досије</translation>
        </message>
        <message>
            <source>Second file</source>
            <translation>Други досије</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Година рођења</translation>
        </message>
        <message>
            <source>Files that may be one person</source>
            <translation>Досијеи који су можда једно лице</translation>
        </message>
        <message>
            <source>Decisions made:</source>
            <translation>Донете одлуке:</translation>
        </message>
        <message>
            <source>&amp;Undo decision…</source>
            <translation>&amp;Поништи одлуку…</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Досијеи</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Одлука</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Ко</translation>
        </message>
        <message>
            <source>Decisions about files of one person</source>
            <translation>Одлуке о досијеима једног лица</translation>
        </message>
        <message>
            <source>same person</source>
            <translation>исто лице</translation>
        </message>
        <message>
            <source>not same</source>
            <translation>није исто</translation>
        </message>
        <message>
            <source>(undone)</source>
            <translation>(поништено)</translation>
        </message>
        <message>
            <source>{n} pair(s) to decide.</source>
            <translation>Парова за одлуку: {n}.</translation>
        </message>
        <message>
            <source>No files left to decide.</source>
            <translation>Нема више досијеа за одлуку.</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log):</source>
            <translation>Разлог (чува се у дневнику ревизије):</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>Исто лице</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>Није исто лице</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>Одлука је забележена.</translation>
        </message>
        <message>
            <source>Undo the decision</source>
            <translation>Поништавање одлуке</translation>
        </message>
        <message>
            <source>Decision undone.</source>
            <translation>Одлука је поништена.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The application is locked</source>
            <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
            <translation>Апликација је закључана</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Лозинка</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Порука</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Откључај</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Откључај</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>Промени &amp;корисника…</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>Промени корисника</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Излаз</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Излаз</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Лозинка:</translation>
        </message>
        <message>
            <source>Locked by {name} ({user}). Enter the password to unlock.</source>
            <translation>Закључао/ла {name} ({user}). Унесите лозинку за откључавање.</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунду.</numerusform>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунде.</numerusform>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунди.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginNotices</name>
        <message>
            <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
            <translation>Уклањање налога {user}, раније прекинуто, сада је завршено: његова лозинка више не отвара базу података.</translation>
        </message>
        <message>
            <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
            <translation>Онемогућавање налога {user}, раније прекинуто, сада је завршено: његова лозинка више не отвара базу података.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
            <translation>
                <numerusform>Избрисана је %n резервна копија направљена под старијим кључем (могла је да се отвори уклоњеном лозинком).</numerusform>
                <numerusform>Избрисане су %n резервне копије направљене под старијим кључем (могле су да се отворе уклоњеном лозинком).</numerusform>
                <numerusform>Избрисано је %n резервних копија направљених под старијим кључем (могле су да се отворе уклоњеном лозинком).</numerusform>
            </translation>
        </message>
        <message>
            <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
            <translation>Прекинуто уклањање или онемогућавање налога још није могло да се заврши. Касније се поново пријавите као администратор; до тада покрените „radprev doctor” за детаље.</translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>
                <numerusform>Упозорење: недостаје %n унос на крају дневника ревизије — дневник је скраћен или је база података замењена старијом копијом. То је забележено у дневнику; обавестите администратора и ревизора.</numerusform>
                <numerusform>Упозорење: недостају %n уноса на крају дневника ревизије — дневник је скраћен или је база података замењена старијом копијом. То је забележено у дневнику; обавестите администратора и ревизора.</numerusform>
                <numerusform>Упозорење: недостаје %n уноса на крају дневника ревизије — дневник је скраћен или је база података замењена старијом копијом. То је забележено у дневнику; обавестите администратора и ревизора.</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>Упозорење: датотека vault.anchor, која штити дневник ревизије од скраћивања, недостаје, оштећена је или је старија копија. Дневник је могао да се провери само до ранијег уноса. То је забележено у дневнику; обавестите администратора и ревизора.</translation>
        </message>
        <message>
            <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>Упозорење: дневник ревизије је измењен након уписа (један унос није онај који је забележен). То је забележено у дневнику; обавестите администратора и ревизора.</translation>
        </message>
        <message>
            <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
            <translation>База података је ажурирана за ову верзију програма. Резервна копија од пре ажурирања сачувана је у {folder}.</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>radprev — log in</source>
            <translation>radprev — пријава</translation>
        </message>
        <message>
            <source>Observation log — log in</source>
            <translation>Дневник запажања — пријава</translation>
        </message>
        <message>
            <source>An observation log, not a risk assessment.</source>
            <translation>Дневник запажања, а не процена ризика.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>Demo accounts (throw-away demo database only)</source>
            <translation>Демо налози (само за привремену демо базу)</translation>
        </message>
        <message>
            <source>Demo accounts</source>
            <translation>Демо налози</translation>
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
            <translation>Улоге</translation>
        </message>
        <message>
            <source>Double-click or press Enter on an account to fill it in.</source>
            <translation>Двапут кликните или притисните Enter на налогу да бисте га попунили.</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Порука</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Пријави се</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Пријави се</translation>
        </message>
        <message>
            <source>&amp;Forgot password…</source>
            <translation>&amp;Заборављена лозинка…</translation>
        </message>
        <message>
            <source>Forgot password: use the recovery code</source>
            <translation>Заборављена лозинка: употребите код за опоравак</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Врати из резервне копије…</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Врати из резервне копије</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>Корисничко и&amp;ме:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Лозинка:</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>&amp;Језик:</translation>
        </message>
        <message>
            <source>&amp;Back to the real database</source>
            <translation>&amp;Назад на праву базу података</translation>
        </message>
        <message>
            <source>Prac&amp;tise…</source>
            <translation>&amp;Вежбај…</translation>
        </message>
        <message>
            <source>Back to the real database</source>
            <translation>Назад на праву базу података</translation>
        </message>
        <message>
            <source>Practise on training scenarios (training database)</source>
            <translation>Вежбање на сценаријима за обуку (база за обуку)</translation>
        </message>
        <message>
            <source>An administrator can restore the encrypted database from a backup.</source>
            <translation>Администратор може да врати шифровану базу података из резервне копије.</translation>
        </message>
        <message numerus="yes">
            <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
            <translation>
                <numerusform>Шифрована база података је враћена из резервне копије. Њеном дневнику ревизије недостаје %n унос који је база имала; враћање је забележено са тим бројем. Пријавите се.</numerusform>
                <numerusform>Шифрована база података је враћена из резервне копије. Њеном дневнику ревизије недостају %n уноса која је база имала; враћање је забележено са тим бројем. Пријавите се.</numerusform>
                <numerusform>Шифрована база података је враћена из резервне копије. Њеном дневнику ревизије недостаје %n уноса које је база имала; враћање је забележено са тим бројем. Пријавите се.</numerusform>
            </translation>
        </message>
        <message>
            <source>The encrypted database was restored from the backup. Log in.</source>
            <translation>Шифрована база података је враћена из резервне копије. Пријавите се.</translation>
        </message>
        <message>
            <source>Type your username and password.</source>
            <translation>Унесите корисничко име и лозинку.</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>Провера лозинке…</translation>
        </message>
        <message>
            <source>You must choose a new password before you can continue.</source>
            <translation>Морате да изаберете нову лозинку пре него што наставите.</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>Сада можете поново да покушате.</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунду.</numerusform>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунде.</numerusform>
                <numerusform>Превише неуспелих покушаја. Поново можете да покушате за %n секунди.</numerusform>
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
            <translation>Осуђена лица</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Претрага</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Ред за проверу</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Извештаји</translation>
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
            <translation>Дневник ревизије</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обука</translation>
        </message>
        <message>
            <source>Prisoner's file</source>
            <translation>Досије осуђеног лица</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Запажање</translation>
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
            <translation>Обавештење</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Затвори</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>Затвори обавештење</translation>
        </message>
        <message>
            <source>Your draft was kept.</source>
            <translation>Ваш нацрт је сачуван.</translation>
        </message>
        <message>
            <source>Your role does not record observations.</source>
            <translation>Ваша улога не бележи запажања.</translation>
        </message>
        <message>
            <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
            <translation>Екран се закључава за {seconds} с. Померите миш или притисните тастер да бисте остали; ваш нацрт се чува у сваком случају.</translation>
        </message>
        <message>
            <source>Locking when the running task ends.</source>
            <translation>Закључавање када се заврши задатак који је у току.</translation>
        </message>
        <message>
            <source>What you had not yet saved in a prisoner's file is kept until you open that file again.</source>
            <translation>Оно што још нисте сачували у досијеу осуђеног лица чува се док поново не отворите тај досије.</translation>
        </message>
        <message>
            <source>What you had not yet saved is back on screen.</source>
            <translation>Оно што још нисте сачували поново је на екрану.</translation>
        </message>
        <message>
            <source>You must choose a new password before you can continue.</source>
            <translation>Морате да изаберете нову лозинку пре него што наставите.</translation>
        </message>
        <message numerus="yes">
            <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
            <translation>
                <numerusform>Од ваше последње пријаве био је %n неуспео покушај пријаве. Ако то нисте били ви, обавестите администратора.</numerusform>
                <numerusform>Од ваше последње пријаве била су %n неуспела покушаја пријаве. Ако то нисте били ви, обавестите администратора.</numerusform>
                <numerusform>Од ваше последње пријаве било је %n неуспелих покушаја пријаве. Ако то нисте били ви, обавестите администратора.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Ваша лозинка је промењена.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несачуване измене</translation>
        </message>
        <message>
            <source>Some changes are not saved. Close anyway and lose them?</source>
            <translation>Неке измене нису сачуване. Ипак затворити и изгубити их?</translation>
        </message>
        <message>
            <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
            <translation>Исправка или одговор који још нисте сачували чува се само у меморији (није могло да се сачува као нацрт). Ипак затворити и изгубити га?</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Сачекајте</translation>
        </message>
        <message>
            <source>A task is still running. Close the window when it has finished.</source>
            <translation>Задатак је још у току. Затворите прозор када се заврши.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>Датот&amp;ека</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>Ново &amp;запажање</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>&amp;Претрага…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Закључај</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>Промени &amp;лозинку…</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>Промени &amp;корисника…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Излаз</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>Пре&amp;ђи</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>По&amp;моћ</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Упутство</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;О програму</translation>
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
Радна станица: {id}</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Закључано</translation>
        </message>
        <message numerus="yes">
            <source>Locks in %n min</source>
            <translation>
                <numerusform>Закључава се за %n мин</numerusform>
                <numerusform>Закључава се за %n мин</numerusform>
                <numerusform>Закључава се за %n мин</numerusform>
            </translation>
        </message>
        <message>
            <source>Locks in {sec} s</source>
            <translation>Закључава се за {sec} с</translation>
        </message>
        <message>
            <source>central office</source>
            <translation>централа</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>радна станица</translation>
        </message>
        <message>
            <source>radprev — observation log — {code} ({mode})</source>
            <translation>radprev — дневник запажања — {code} ({mode})</translation>
        </message>
    </context>
    <context>
        <name>ModePage</name>
        <message>
            <source>Where will this computer be used?</source>
            <translation>Где ће се овај рачунар користити?</translation>
        </message>
        <message>
            <source>The choice cannot be changed later.</source>
            <translation>Избор касније не може да се промени.</translation>
        </message>
        <message>
            <source>&amp;Workstation in an establishment</source>
            <translation>&amp;Радна станица у установи</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Радна станица</translation>
        </message>
        <message>
            <source>&amp;Central office (imports packages from workstations)</source>
            <translation>&amp;Централа (увози пакете са радних станица)</translation>
        </message>
        <message>
            <source>Central office</source>
            <translation>Централа</translation>
        </message>
        <message>
            <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts' computer.</source>
            <translation>Службена лица, надређени и ревизори раде на радној станици; њени записи стижу у централу као шифроване датотеке на USB меморији. Централу изаберите само за рачунар аналитичара.</translation>
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
            <translation>Ваша дужност у то време</translation>
        </message>
        <message>
            <source>Officer's &amp;assessment (required) — why it may matter. What was this person's usual behaviour before?</source>
            <translation>Процена &amp;службеног лица (обавезно) — зашто може бити важно. Какво је раније било уобичајено понашање ове особе?</translation>
        </message>
        <message>
            <source>Usual behaviour before: …
Why it may matter: …</source>
            <translation>Раније уобичајено понашање: …
Зашто може бити важно: …</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>Процена службеног лица</translation>
        </message>
        <message>
            <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
            <translation>Размотрена друга обја&amp;шњења (обавезно) — дуг, сукоб, група, болест или ментално здравље, осећај неправде, лоше вести од куће, верско практиковање или празник…</translation>
        </message>
        <message>
            <source>What else could explain it?</source>
            <translation>Шта би друго могло то да објасни?</translation>
        </message>
        <message>
            <source>Other explanations considered</source>
            <translation>Размотрена друга објашњења</translation>
        </message>
        <message>
            <source>None identified after considering them</source>
            <translation>Ниједно није утврђено након разматрања</translation>
        </message>
        <message>
            <source>No other explanation identified</source>
            <translation>Није утврђено друго објашњење</translation>
        </message>
        <message>
            <source>How you know it and grading</source>
            <translation>Како знате и оцена</translation>
        </message>
        <message>
            <source>Classification:</source>
            <translation>Степен тајности:</translation>
        </message>
        <message>
            <source>Other people involved</source>
            <translation>Друга укључена лица</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>Предузета или препоручена радња</translation>
        </message>
        <message>
            <source>Prisoner's own account</source>
            <translation>Изјава осуђеног лица</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Разлог исправке</translation>
        </message>
        <message>
            <source>Status: {status}, version {version}</source>
            <translation>Статус: {status}, верзија {version}</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Поруке</translation>
        </message>
        <message>
            <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
            <translation>Пријавите одмах лично или телефоном — не чекајте извоз. Одмах обавестите дежурног руководиоца / службу безбедности, а затим завршите овај запис.</translation>
        </message>
        <message>
            <source>Escalate now</source>
            <translation>Пријавите одмах</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Када и где</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>К&amp;ада:</translation>
        </message>
        <message>
            <source>When did it happen</source>
            <translation>Када се догодило</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>Мест&amp;о:</translation>
        </message>
        <message>
            <source>e.g. wing A landing, yard, visits hall</source>
            <translation>нпр. ходник павиљона А, шеталиште, сала за посете</translation>
        </message>
        <message>
            <source>Your d&amp;uty:</source>
            <translation>Ваша д&amp;ужност:</translation>
        </message>
        <message>
            <source>e.g. landing officer, visits</source>
            <translation>нпр. дежурство на ходнику, посете</translation>
        </message>
        <message>
            <source>What was seen or heard (facts)</source>
            <translation>Шта је виђено или чуто (чињенице)</translation>
        </message>
        <message>
            <source>What was &amp;seen or heard — who, what, where, how. Put a person's exact words in "quotation marks".</source>
            <translation>Шта је &amp;виђено или чуто — ко, шта, где, како. Тачне речи неке особе ставите под „наводнике“.</translation>
        </message>
        <message>
            <source>Describe only what you saw or heard yourself or were told.</source>
            <translation>Опишите само оно што сте лично видели или чули или што вам је речено.</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Шта је виђено или чуто</translation>
        </message>
        <message>
            <source>Officer's assessment (your opinion)</source>
            <translation>Процена службеног лица (ваше мишљење)</translation>
        </message>
        <message>
            <source>Question about wording</source>
            <translation>Питање о формулацији</translation>
        </message>
        <message>
            <source>How do you &amp;know it:</source>
            <translation>&amp;Како то знате:</translation>
        </message>
        <message>
            <source>How do you know it</source>
            <translation>Како то знате</translation>
        </message>
        <message>
            <source>Who told you (restricted):</source>
            <translation>Ко вам је рекао (ограничен приступ):</translation>
        </message>
        <message>
            <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
            <translation>Никад се не штампа у прегледима. Оставите празно ако сте лично видели.</translation>
        </message>
        <message>
            <source>Who told you (restricted)</source>
            <translation>Ко вам је рекао (ограничен приступ)</translation>
        </message>
        <message>
            <source>The grade is proposed from how you know it; change it if it does not fit.</source>
            <translation>Оцена се предлаже према томе како знате; промените је ако не одговара.</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Хитност</translation>
        </message>
        <message>
            <source>Urgenc&amp;y:</source>
            <translation>&amp;Хитност:</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Степен тајности</translation>
        </message>
        <message>
            <source>Indicators from the checklist (optional)</source>
            <translation>Показатељи из контролне листе (није обавезно)</translation>
        </message>
        <message>
            <source>Not indicators</source>
            <translation>Нису показатељи</translation>
        </message>
        <message>
            <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
            <translation>Показатељи: стрели&amp;цама се крећете, размакницом означавате, или унесите ознаку или реч да бисте га пронашли. Сваки означени показатељ захтева реченицу доказа.</translation>
        </message>
        <message>
            <source>Protective factors seen</source>
            <translation>Уочени заштитни фактори</translation>
        </message>
        <message>
            <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write 'none observed' if you saw none.</source>
            <translation>&amp;Заштитни фактори — по један у реду (контакт са породицом, рад, образовање, добри односи са особљем…). Напишите „ниједан није уочен“ ако нисте уочили ниједан.</translation>
        </message>
        <message>
            <source>none observed</source>
            <translation>ниједан није уочен</translation>
        </message>
        <message>
            <source>Action and the prisoner's own account</source>
            <translation>Радња и изјава осуђеног лица</translation>
        </message>
        <message>
            <source>A&amp;ction taken:</source>
            <translation>Предузета &amp;радња:</translation>
        </message>
        <message>
            <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
            <translation>нпр. обавештена служба безбедности, затражен претрес ћелије, разговор са осуђеним лицем</translation>
        </message>
        <message>
            <source>Prisoner's own accoun&amp;t:</source>
            <translation>Изјава осуђеног &amp;лица:</translation>
        </message>
        <message>
            <source>If you spoke with the prisoner: what did they say about it?</source>
            <translation>Ако сте разговарали са осуђеним лицем: шта је рекло о томе?</translation>
        </message>
        <message>
            <source>Why is it corrected? (required)</source>
            <translation>Зашто се исправља? (обавезно)</translation>
        </message>
        <message>
            <source>&amp;Justification of the correction:</source>
            <translation>О&amp;бразложење исправке:</translation>
        </message>
        <message>
            <source>Prisoner:</source>
            <translation>Осуђено лице:</translation>
        </message>
        <message>
            <source>Find the prisoner by name or prison number</source>
            <translation>Пронађите осуђено лице по имену или матичном броју</translation>
        </message>
        <message>
            <source>name or prison number, then Enter</source>
            <translation>име или матични број, па Enter</translation>
        </message>
        <message>
            <source>Matching prisoners</source>
            <translation>Одговарајућа осуђена лица</translation>
        </message>
        <message>
            <source>No prisoner matches “{text}”.</source>
            <translation>Ниједно осуђено лице не одговара упиту „{text}“.</translation>
        </message>
        <message>
            <source>Save draft (Ctrl+S)</source>
            <translation>Сачувај нацрт (Ctrl+S)</translation>
        </message>
        <message>
            <source>Su&amp;bmit (Ctrl+Enter)</source>
            <translation>&amp;Предај (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Ame&amp;nd…</source>
            <translation>Ис&amp;прави…</translation>
        </message>
        <message>
            <source>Write a corrected version with a reason; the original stays in the history.</source>
            <translation>Напишите исправљену верзију уз разлог; оригинал остаје у историји.</translation>
        </message>
        <message>
            <source>C&amp;lose (Esc)</source>
            <translation>За&amp;твори (Esc)</translation>
        </message>
        <message>
            <source>Escalate now in person or by phone — do not wait for an export.</source>
            <translation>Пријавите одмах лично или телефоном — не чекајте извоз.</translation>
        </message>
        <message>
            <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person's exact words), keep it.</source>
            <translation>Написали сте: {words}. Да ли је ово потребно за опис понашања? Ако јесте (на пример тачне речи особе), задржите га.</translation>
        </message>
        <message>
            <source>Su&amp;bmit correction (Ctrl+Enter)</source>
            <translation>&amp;Предај исправку (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>New observation — choose the prisoner</source>
            <translation>Ново запажање — изаберите осуђено лице</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such:</source>
            <translation>Ово НИСУ показатељи и никада не смеју да се означе као такви:</translation>
        </message>
        <message>
            <source>New observation — {name} ({number})</source>
            <translation>Ново запажање — {name} ({number})</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Још није сачувано.</translation>
        </message>
        <message>
            <source>Draft observation — {name} ({number})</source>
            <translation>Нацрт запажања — {name} ({number})</translation>
        </message>
        <message>
            <source>Correction of an observation — {name} ({number})</source>
            <translation>Исправка запажања — {name} ({number})</translation>
        </message>
        <message>
            <source>Observation (sealed) — {name} ({number})</source>
            <translation>Запажање (запечаћено) — {name} ({number})</translation>
        </message>
        <message>
            <source>sealed: it can only be corrected with a reason (Amend).</source>
            <translation>запечаћено: може само да се исправи уз разлог (Исправи).</translation>
        </message>
        <message>
            <source>returned by {who}: {comment}</source>
            <translation>вратио/ла {who}: {comment}</translation>
        </message>
        <message>
            <source>Kept as an unfinished draft.</source>
            <translation>Сачувано као недовршен нацрт.</translation>
        </message>
        <message>
            <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
            <translation>Ваша исправка је сачувана док је екран био закључан; још није предата.</translation>
        </message>
        <message>
            <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
            <translation>Оно што сте унели сачувано је док је екран био закључан; још није снимљено.</translation>
        </message>
        <message>
            <source>Draft saved automatically at {time}.</source>
            <translation>Нацрт је аутоматски сачуван у {time}.</translation>
        </message>
        <message>
            <source>Draft saved at {time}.</source>
            <translation>Нацрт је сачуван у {time}.</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>Нацрт је сачуван.</translation>
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

Хитност: {urgency}
Показатељи: {indicators}

Када се преда, запечаћено је: може само да се исправи уз разлог.</translation>
        </message>
        <message>
            <source>Submit and seal?</source>
            <translation>Предати и запечатити?</translation>
        </message>
        <message>
            <source>Submit and seal</source>
            <translation>Предај и запечати</translation>
        </message>
        <message>
            <source>Not submitted: change the wording, then submit.</source>
            <translation>Није предато: промените формулацију, па предајте.</translation>
        </message>
        <message>
            <source>Submitted for review (version {version}).</source>
            <translation>Предато на проверу (верзија {version}).</translation>
        </message>
        <message>
            <source>Observation submitted. Escalate now in person or by phone.</source>
            <translation>Запажање је предато. Пријавите одмах лично или телефоном.</translation>
        </message>
        <message>
            <source>Observation submitted for review.</source>
            <translation>Запажање је предато на проверу.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Несачуване измене</translation>
        </message>
        <message>
            <source>The correction is not submitted yet. Discard it?</source>
            <translation>Исправка још није предата. Одбацити је?</translation>
        </message>
        <message>
            <source>Keep what you typed as a draft?</source>
            <translation>Сачувати оно што сте унели као нацрт?</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>Сачувај као нацрт</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Unsaved changes</source>
            <extracomment>The guide's section for this page (Help → Guide, F1).</extracomment>
            <translation>Несачуване измене</translation>
        </message>
        <message>
            <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
            <translation>Део онога што сте унели не може да се сачува као нацрт (исправка која још није предата или одговор још без примера). Одбацити га?</translation>
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
            <translation>Поново нова лозинка</translation>
        </message>
        <message>
            <source>Password check</source>
            <translation>Провера лозинке</translation>
        </message>
        <message>
            <source>Show passwords</source>
            <translation>Прикажи лозинке</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>Нова &amp;лозинка:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Поновите је:</translation>
        </message>
        <message>
            <source>Type the new password, at least 10 characters.</source>
            <translation>Унесите нову лозинку, најмање 10 знакова.</translation>
        </message>
        <message>
            <source>Type the password a second time.</source>
            <translation>Унесите лозинку још једном.</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Лозинке се не подударају.</translation>
        </message>
        <message>
            <source>The password is acceptable.</source>
            <translation>Лозинка је прихватљива.</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>No report generated yet.</source>
            <translation>Још није направљен ниједан извештај.</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Умањи</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увећај</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Прилагоди ширини</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Ш&amp;тампај…</translation>
        </message>
        <message>
            <source>Save as PDF (unencrypted)…</source>
            <translation>Сачувај као PDF (нешифровано)…</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Преглед извештаја</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n страна</numerusform>
                <numerusform>%n стране</numerusform>
                <numerusform>%n страна</numerusform>
            </translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>Штампање извештаја</translation>
        </message>
        <message>
            <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use "Save as PDF (unencrypted)…" where the report offers it.</source>
            <translation>Штампање у датотеку није понуђено: датотека не би била шифрована, а њена копија не би била забележена. Изаберите штампач или употребите „Сачувај као PDF (нешифровано)…” где га извештај нуди.</translation>
        </message>
    </context>
    <context>
        <name>PeopleList</name>
        <message>
            <source>Category of the person</source>
            <translation>Категорија лица</translation>
        </message>
        <message>
            <source>e.g. cellmate, visitor (wife), prison number</source>
            <translation>нпр. цимер, посетилац (супруга), матични број</translation>
        </message>
        <message>
            <source>Who (description)</source>
            <translation>Ко (опис)</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>Додај лице</translation>
        </message>
        <message>
            <source>People involved (Delete removes)</source>
            <translation>Укључена лица (Делете уклања)</translation>
        </message>
        <message>
            <source>Cat&amp;egory:</source>
            <translation>Кате&amp;горија:</translation>
        </message>
    </context>
    <context>
        <name>PrisonerDetailsTab</name>
        <message>
            <source>Find a prisoner to record or decide the person's rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
            <translation>Нађите осуђено лице да бисте забележили или решили његов захтев за исправку или оспоравање његових података, или да бисте исправили податке. Запажања се овде не приказују.</translation>
        </message>
        <message>
            <source>Give the &amp;reason for access…</source>
            <translation>Наведите р&amp;азлог приступа…</translation>
        </message>
        <message>
            <source>Find prisoner by name or prison number</source>
            <translation>Нађи осуђено лице по имену или матичном броју</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>име или матични број</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>&amp;Тражи:</translation>
        </message>
        <message>
            <source>Sear&amp;ch</source>
            <translation>Претраж&amp;и</translation>
        </message>
        <message>
            <source>&amp;Open details</source>
            <translation>От&amp;вори податке</translation>
        </message>
        <message>
            <source>Prisoners found</source>
            <translation>Пронађена осуђена лица</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>Ограничење</translation>
        </message>
        <message>
            <source>Re&amp;quests and disputes…</source>
            <translation>За&amp;хтеви и оспоравања…</translation>
        </message>
        <message>
            <source>The prisoner's rectification requests and disputes on the details.</source>
            <translation>Захтеви осуђеног лица за исправку података и оспоравања података.</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>Измени по&amp;датке…</translation>
        </message>
        <message>
            <source>Changes to details, requests and disputes</source>
            <translation>Измене података, захтеви и оспоравања</translation>
        </message>
        <message>
            <source>Prisoners found: {count}</source>
            <translation>Пронађена осуђена лица: {count}</translation>
        </message>
        <message>
            <source>restricted</source>
            <translation>ограничено</translation>
        </message>
        <message>
            <source>Details of {name} ({number}).</source>
            <translation>Подаци: {name} ({number}).</translation>
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
            <translation>Фасцикла</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Изабери све</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Корак &amp;горе</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Корак &amp;доле</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>Посао</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Управљање послом</translation>
        </message>
        <message>
            <source>Scheduled &amp;printing:</source>
            <translation>&amp;Заказано штампање:</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Штампај одмах</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Задржи до даљег</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Дан (06:00 до 17:59)</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Ноћ (18:00 до 05:59)</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Друга смена (16:00 до 23:59)</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Трећа смена (00:00 до 07:59)</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Викенд (од суботе до недеље)</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Одређено време</translation>
        </message>
        <message>
            <source>&amp;Billing information:</source>
            <translation>Подаци за &amp;наплату:</translation>
        </message>
        <message>
            <source>Job &amp;priority:</source>
            <translation>П&amp;риоритет посла:</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>Насловне странице</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>&amp;Почетак:</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>&amp;Крај:</translation>
        </message>
        <message>
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>Ниједна</translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>Стандардна</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>Некласификовано</translation>
        </message>
        <message>
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>Поверљиво</translation>
        </message>
        <message>
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>Класификовано</translation>
        </message>
        <message>
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Тајно</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>Строго поверљиво</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>What Qt's own (non-native) file dialog shows: labels, buttons, tool tips, the list's columns and context menu, the overwrite question.</extracomment>
            <translation>&amp;Тражи у:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Назив датотеке:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Врста датотека:</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Фасцикла:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Отвори</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Сачувај</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Изабери</translation>
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
            <translation>Надређена фасцикла</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Приказ листе</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Детаљан приказ</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Преименуј</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Обриши</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Прикажи &amp;скривене датотеке</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Нова фасцикла</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Нова фасцикла</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Све датотеке (*)</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <extracomment>The file dialog's rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column's words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
            <translation>%1
Фасцикла није пронађена.
Проверите да ли је назив фасцикле исправан.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Датотека није пронађена.
Проверите да ли је назив датотеке исправан.</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' је заштићено од уписивања.
Да ли ипак желите да га обришете?</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Да ли сте сигурни да желите да обришете '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Фасциклу није могуће обрисати.</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Иди назад</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Иди напред</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Иди у надређену фасциклу</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Направи нову фасциклу</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Пређи на приказ листе</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Пређи на детаљан приказ</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Листа места и обележивача</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Бочна трака</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Недавна места</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Датотеке</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Фасцикле</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Уклони</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Непознато</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Пронађи фасциклу</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Сачувај као</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Назив</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Величина</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Датум измене</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Рачунар</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Мој рачунар</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Исе&amp;ци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Прикажи детаље...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Сакриј детаље...</translation>
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
            <translation>обичан текстуални документ</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>Папир</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Величина странице:</translation>
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
            <translation>Извор папира:</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Прилагођено</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Оријентација</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Усправно</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Положено</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Положено, обрнуто</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Усправно, обрнуто</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Маргине</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>горња маргина</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>доња маргина</translation>
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
            <translation>Милиметри (мм)</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Инчи (ин)</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Тачке (пт)</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>Пика (П̸)</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>Дидоова тачка (ДД)</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>Цицерон (ЦЦ)</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Распоред страница</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>&amp;Редослед страница:</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>Страница &amp;по листу:</translation>
        </message>
    </context>
    <context>
        <name>QPageSize</name>
        <message>
            <source>Custom</source>
            <translation>Прилагођена</translation>
        </message>
        <message>
            <source>Custom (%1mm x %2mm)</source>
            <translation>Прилагођена (%1мм × %2мм)</translation>
        </message>
        <message>
            <source>Custom (%1pt x %2pt)</source>
            <translation>Прилагођена (%1пт × %2пт)</translation>
        </message>
        <message>
            <source>Custom (%1in x %2in)</source>
            <translation>Прилагођена (%1ин × %2ин)</translation>
        </message>
        <message>
            <source>Custom (%1pc x %2pc)</source>
            <translation>Прилагођена (%1пц × %2пц)</translation>
        </message>
        <message>
            <source>Custom (%1DD x %2DD)</source>
            <translation>Прилагођена (%1ДД × %2ДД)</translation>
        </message>
        <message>
            <source>Custom (%1CC x %2CC)</source>
            <translation>Прилагођена (%1ЦЦ × %2ЦЦ)</translation>
        </message>
        <message>
            <source>Postcard</source>
            <translation>Дописница</translation>
        </message>
        <message>
            <source>Double Postcard</source>
            <translation>Двострука дописница</translation>
        </message>
        <message>
            <source>Envelope B4</source>
            <translation>Коверта B4</translation>
        </message>
        <message>
            <source>Envelope B5</source>
            <translation>Коверта B5</translation>
        </message>
        <message>
            <source>Envelope B6</source>
            <translation>Коверта B6</translation>
        </message>
        <message>
            <source>Envelope C0</source>
            <translation>Коверта C0</translation>
        </message>
        <message>
            <source>Envelope C1</source>
            <translation>Коверта C1</translation>
        </message>
        <message>
            <source>Envelope C2</source>
            <translation>Коверта C2</translation>
        </message>
        <message>
            <source>Envelope C3</source>
            <translation>Коверта C3</translation>
        </message>
        <message>
            <source>Envelope C4</source>
            <translation>Коверта C4</translation>
        </message>
        <message>
            <source>Envelope C5</source>
            <translation>Коверта C5</translation>
        </message>
        <message>
            <source>Envelope C6</source>
            <translation>Коверта C6</translation>
        </message>
        <message>
            <source>Envelope C65</source>
            <translation>Коверта C65</translation>
        </message>
        <message>
            <source>Envelope C7</source>
            <translation>Коверта C7</translation>
        </message>
        <message>
            <source>Envelope Chou 3</source>
            <translation>Коверта Chou 3</translation>
        </message>
        <message>
            <source>Envelope Chou 4</source>
            <translation>Коверта Chou 4</translation>
        </message>
        <message>
            <source>Envelope DL</source>
            <translation>Коверта DL</translation>
        </message>
        <message>
            <source>Envelope Invite</source>
            <translation>Коверта Invite</translation>
        </message>
        <message>
            <source>Envelope Italian</source>
            <translation>Коверта Italian</translation>
        </message>
        <message>
            <source>Envelope Kaku 2</source>
            <translation>Коверта Kaku 2</translation>
        </message>
        <message>
            <source>Envelope Kaku 3</source>
            <translation>Коверта Kaku 3</translation>
        </message>
        <message>
            <source>Envelope Monarch</source>
            <translation>Коверта Monarch</translation>
        </message>
        <message>
            <source>Envelope PRC 1</source>
            <translation>Коверта PRC 1</translation>
        </message>
        <message>
            <source>Envelope PRC 10</source>
            <translation>Коверта PRC 10</translation>
        </message>
        <message>
            <source>Envelope PRC 2</source>
            <translation>Коверта PRC 2</translation>
        </message>
        <message>
            <source>Envelope PRC 3</source>
            <translation>Коверта PRC 3</translation>
        </message>
        <message>
            <source>Envelope PRC 4</source>
            <translation>Коверта PRC 4</translation>
        </message>
        <message>
            <source>Envelope PRC 5</source>
            <translation>Коверта PRC 5</translation>
        </message>
        <message>
            <source>Envelope PRC 6</source>
            <translation>Коверта PRC 6</translation>
        </message>
        <message>
            <source>Envelope PRC 7</source>
            <translation>Коверта PRC 7</translation>
        </message>
        <message>
            <source>Envelope PRC 8</source>
            <translation>Коверта PRC 8</translation>
        </message>
        <message>
            <source>Envelope PRC 9</source>
            <translation>Коверта PRC 9</translation>
        </message>
        <message>
            <source>Envelope Personal</source>
            <translation>Коверта Personal</translation>
        </message>
        <message>
            <source>Envelope US 10</source>
            <translation>Коверта US 10</translation>
        </message>
        <message>
            <source>Envelope US 11</source>
            <translation>Коверта US 11</translation>
        </message>
        <message>
            <source>Envelope US 12</source>
            <translation>Коверта US 12</translation>
        </message>
        <message>
            <source>Envelope US 14</source>
            <translation>Коверта US 14</translation>
        </message>
        <message>
            <source>Envelope US 9</source>
            <translation>Коверта US 9</translation>
        </message>
        <message>
            <source>Envelope You 4</source>
            <translation>Коверта You 4</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>У реду</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сачувај</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Сачувај све</translation>
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
            <translation>Да за &amp;све</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Не</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Н&amp;е за све</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Прекини</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Покушај поново</translation>
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
            <translation>Одбаци</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Помоћ</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Примени</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Врати</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Врати подразумевано</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <extracomment>Qt's own print dialog (Linux; Windows and macOS show the system's): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
            <translation>Штампање</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Штампај</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Опције &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Опције &lt;&lt;</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Штампај у датотеку (PDF)</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Штампај у датотеку…</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Локална датотека</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Упиши PDF датотеку</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Све странице</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Непарне странице</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Парне странице</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Аутоматски</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>С лева на десно, одозго надоле</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>С лева на десно, одоздо нагоре</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>С десна на лево, одоздо нагоре</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>С десна на лево, одозго надоле</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Одоздо нагоре, с лева на десно</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Одоздо нагоре, с десна на лево</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Одозго надоле, с лева на десно</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Одозго надоле, с десна на лево</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 већ постоји.
Да ли желите да је замените?</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 је фасцикла.
Изаберите други назив датотеке.</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>У датотеку %1 није могуће уписивати.
Изаберите други назив датотеке.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Неисправно задате странице</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 није исправно задато. Странице и опсеге одвојите зарезом ',', опсег означите цртицом '-' и пазите да се опсези не преклапају.</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Опције 'Страница по листу' и 'Скуп страница' не могу се користити заједно.
Искључите једну од њих.</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Сукоб подешавања двостраног штампања</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Подешавања двостраног штампања су у сукобу. Да ли желите да их исправите?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>Својства штампача</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Опције посла</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Сукоб подешавања странице</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Подешавања странице су у сукобу. Да ли желите да их исправите?</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Сукоб напредних опција</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Неке напредне опције су у сукобу. Да ли желите да их исправите?</translation>
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
            <translation>Неке опције су у сукобу. Исправите их.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>Примерци</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Број примерака:</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>Сложи по примерцима</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Обрнутим редом</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Опције</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Подешавања штампања</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Опсег штампања</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Штампај све</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Странице од</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Странице</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Тренутна страница</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Избор</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>&amp;Скуп страница:</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Наведите странице или опсеге одвојене зарезима. Опсег су два броја одвојена цртицом. Нпр. 3,5-7,9 штампа странице 3, 5, 6, 7 и 9.</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Режим боја</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>У боји</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Нијансе сиве</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Двострано штампање</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Искључено</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Повез по дужој ивици</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Повез по краћој ивици</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>Штампач</translation>
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
            <translation>Врста:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>Излазна &amp;датотека:</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Опозови</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Понови</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Исе&amp;ци</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Копирај</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Копирај адресу &amp;везе</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Налепи</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Обриши</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Изабери све</translation>
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
            <translation>Да&amp;ље &gt;</translation>
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
            <translation>&amp;Помоћ</translation>
        </message>
    </context>
    <context>
        <name>ReasonButton</name>
        <message>
            <source>Every consultation of prisoners' data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
            <translation>Сваки увид у податке осуђених лица бележи се у дневнику ревизије са овим разлогом. Кликните да га промените када почнете други задатак.</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>Разлог није наведен</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>Разлог: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ReasonGate</name>
        <message>
            <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
            <translation>Имена се приказују када наведете зашто су вам потребна (разлог приступа се уписује у дневник ревизије).</translation>
        </message>
        <message>
            <source>Give the &amp;reason for access…</source>
            <translation>Наведите &amp;разлог приступа…</translation>
        </message>
    </context>
    <context>
        <name>ReclassifyDialog</name>
        <message>
            <source>Change the classification</source>
            <translation>Промена степена тајности</translation>
        </message>
        <message>
            <source>Observation of {when}, version {version}</source>
            <translation>Запажање од {when}, верзија {version}</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>&amp;Промени</translation>
        </message>
        <message>
            <source>Current classification:</source>
            <translation>Садашњи степен тајности:</translation>
        </message>
        <message>
            <source>&amp;New classification:</source>
            <translation>&amp;Нови степен тајности:</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>&amp;Разлог (чува се у дневнику ревизије):</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Find the prisoner by name or prison number</source>
            <translation>Пронађите осуђено лице по имену или матичном броју</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>име или матични број</translation>
        </message>
        <message>
            <source>Matching prisoners</source>
            <translation>Одговарајућа осуђена лица</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Запажање</translation>
        </message>
        <message>
            <source>No names are shown without a reason for access.</source>
            <translation>Без разлога приступа имена се не приказују.</translation>
        </message>
        <message>
            <source>No prisoner matches “{text}”.</source>
            <translation>Ниједно осуђено лице не одговара упиту „{text}“.</translation>
        </message>
        <message>
            <source>Chosen: {who}</source>
            <translation>Изабрано: {who}</translation>
        </message>
        <message>
            <source>No observations are shown without a reason for access.</source>
            <translation>Без разлога приступа запажања се не приказују.</translation>
        </message>
        <message>
            <source>This prisoner has no observation yet.</source>
            <translation>За ово осуђено лице још нема запажања.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Forgot password — recovery code</source>
            <translation>Заборављена лозинка — код за опоравак</translation>
        </message>
        <message>
            <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
            <translation>Унесите код за опоравак са листа који се чува у сефу, име налога и нову лозинку. Употреба кода за опоравак уписује се у дневник ревизије.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Код за опоравак</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Корисничко име</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>&amp;Код за опоравак:</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>Корисничко и&amp;ме:</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>Постави нову лозинку</translation>
        </message>
        <message>
            <source>Type the recovery code and the username.</source>
            <translation>Унесите код за опоравак и корисничко име.</translation>
        </message>
        <message>
            <source>Password set</source>
            <translation>Лозинка је постављена</translation>
        </message>
        <message>
            <source>The new password is set. Log in with it.</source>
            <translation>Нова лозинка је постављена. Пријавите се њоме.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Recovery code</source>
            <translation>Код за опоравак</translation>
        </message>
        <message>
            <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
            <translation>Овај код се приказује само сада. Њиме се може поставити нова лозинка када су изгубљене све администраторске лозинке.</translation>
        </message>
        <message>
            <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment's safe. Do not store it on this computer.</source>
            <translation>Запишите га или одштампајте лист за опоравак, запечатите га у коверту и чувајте у сефу установе. Не чувајте га на овом рачунару.</translation>
        </message>
        <message>
            <source>&amp;Print the recovery sheet…</source>
            <translation>&amp;Одштампај лист за опоравак…</translation>
        </message>
        <message>
            <source>Print the recovery sheet</source>
            <translation>Штампање листа за опоравак</translation>
        </message>
        <message>
            <source>I have written down / printed it and stored it safely</source>
            <translation>Записао/ла сам га / одштампао/ла и безбедно га сачувао/ла</translation>
        </message>
        <message>
            <source>I have stored the recovery code safely</source>
            <translation>Код за опоравак је безбедно сачуван</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Refer to a programme</source>
            <translation>Упућивање на програм</translation>
        </message>
        <message>
            <source>Prisoner: {name}</source>
            <translation>Осуђено лице: {name}</translation>
        </message>
        <message>
            <source>What was seen or heard that led to the referral</source>
            <translation>Шта је виђено или чуто што је довело до упућивања</translation>
        </message>
        <message>
            <source>Why the programme may help (optional)</source>
            <translation>Зашто програм може да помогне (није обавезно)</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>&amp;Програм:</translation>
        </message>
        <message>
            <source>&amp;Date of referral:</source>
            <translation>&amp;Датум упућивања:</translation>
        </message>
        <message>
            <source>Reason — &amp;facts:</source>
            <translation>Разлог — &amp;чињенице:</translation>
        </message>
        <message>
            <source>Reason — your &amp;assessment:</source>
            <translation>Разлог — ваша про&amp;цена:</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>&amp;Упути</translation>
        </message>
    </context>
    <context>
        <name>ReferralStepDialog</name>
        <message>
            <source>Record a step of the referral</source>
            <translation>Бележење корака упућивања</translation>
        </message>
        <message>
            <source>{programme} — now: {status}</source>
            <translation>{programme} — сада: {status}</translation>
        </message>
        <message>
            <source>No change of status (outcome only)</source>
            <translation>Без промене статуса (само исход)</translation>
        </message>
        <message>
            <source>What came of it, in words (never a score)</source>
            <translation>Шта је из тога произашло, речима (никада оцена)</translation>
        </message>
        <message>
            <source>&amp;Status reached:</source>
            <translation>Достигнути &amp;статус:</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Датум:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Напомена:</translation>
        </message>
        <message>
            <source>&amp;Outcome notes:</source>
            <translation>&amp;Белешке о исходу:</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Refer to a &amp;programme…</source>
            <translation>Упути на &amp;програм…</translation>
        </message>
        <message>
            <source>Record a ste&amp;p…</source>
            <translation>Забележи &amp;корак…</translation>
        </message>
        <message>
            <source>Referrals to programmes</source>
            <translation>Упућивања на програме</translation>
        </message>
        <message>
            <source>Selected referral</source>
            <translation>Изабрано упућивање</translation>
        </message>
        <message>
            <source>{day} — {programme}: {status}</source>
            <translation>{day} — {programme}: {status}</translation>
        </message>
        <message>
            <source>[from {est}, read-only]</source>
            <translation>[из {est}, само за читање]</translation>
        </message>
        <message>
            <source>Referred on {day} by {who} at {est}</source>
            <translation>Упућено {day}, упутио/ла {who} у {est}</translation>
        </message>
        <message>
            <source>Made at {est}; it arrived with the prisoner's file and is read-only here.</source>
            <translation>Направљено у {est}; стигло је са досијеом осуђеног лица и овде је само за читање.</translation>
        </message>
        <message>
            <source>Reason — facts</source>
            <translation>Разлог — чињенице</translation>
        </message>
        <message>
            <source>Reason — assessment</source>
            <translation>Разлог — процена</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Кораци</translation>
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
            <translation>Подразумевани</translation>
        </message>
        <message>
            <source>Default ({language})</source>
            <translation>Подразумевани ({language})</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Observation record</source>
            <translation>Запис запажања</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>Преглед одељења за период</translation>
        </message>
        <message>
            <source>Blank checklist (paper form)</source>
            <translation>Празна контролна листа (папирни образац)</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>Лист за упис радне станице</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>Извештај о приступу за лице на које се подаци односе</translation>
        </message>
        <message>
            <source>Establishment report (central office)</source>
            <translation>Извештај установе (централа)</translation>
        </message>
        <message>
            <source>National overview (central office)</source>
            <translation>Национални преглед (централа)</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Извештај</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Извештај:</translation>
        </message>
        <message>
            <source>Pri&amp;soner:</source>
            <translation>&amp;Осуђено лице:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Оде&amp;љење:</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>Установа</translation>
        </message>
        <message>
            <source>Esta&amp;blishment:</source>
            <translation>Уста&amp;нова:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Први дан</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Последњи дан</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>&amp;Период:</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>Шаблон контролне листе</translation>
        </message>
        <message>
            <source>From a f&amp;ile…</source>
            <translation>И&amp;з датотеке…</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>Шаб&amp;лон:</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Код за опоравак</translation>
        </message>
        <message>
            <source>Rec&amp;overy code:</source>
            <translation>&amp;Код за опоравак:</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Језик извештаја</translation>
        </message>
        <message>
            <source>Prisoner summary</source>
            <translation>Преглед осуђеног лица</translation>
        </message>
        <message>
            <source>Recovery sheet (administrator's password)</source>
            <translation>Лист за опоравак (лозинка администратора)</translation>
        </message>
        <message>
            <source>Central office certificate check code</source>
            <translation>Контролни код сертификата централе</translation>
        </message>
        <message>
            <source>Central office's check code (optio&amp;nal):</source>
            <translation>&amp;Контролни код централе (није обавезно):</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Језик:</translation>
        </message>
        <message>
            <source>Why and for whom (recorded in the audit log)</source>
            <translation>Зашто и за кога (бележи се у дневнику ревизије)</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Details of the reason</source>
            <translation>Детаљи разлога</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Прималац</translation>
        </message>
        <message>
            <source>e.g. security department, case conference</source>
            <translation>нпр. служба безбедности, стручни тим</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>&amp;Разлог:</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>&amp;Детаљи:</translation>
        </message>
        <message>
            <source>Re&amp;cipient:</source>
            <translation>Примала&amp;ц:</translation>
        </message>
        <message>
            <source>Generate and pre&amp;view</source>
            <translation>&amp;Направи и прегледај</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Сва одељења</translation>
        </message>
        <message>
            <source> (active)</source>
            <translation> (активан)</translation>
        </message>
        <message>
            <source>Checklist template file</source>
            <translation>Датотека шаблона контролне листе</translation>
        </message>
        <message>
            <source>Templates (*.json)</source>
            <translation>Шаблони (*.јсон)</translation>
        </message>
        <message>
            <source>Choose a report.</source>
            <translation>Изаберите извештај.</translation>
        </message>
        <message>
            <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
            <translation>Изаберите осуђено лице: унесите име или матични број и изаберите са листе.</translation>
        </message>
        <message>
            <source>Choose the observation from the list.</source>
            <translation>Изаберите запажање са листе.</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>Прављење извештаја…</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>%1 — %n страна</numerusform>
                <numerusform>%1 — %n стране</numerusform>
                <numerusform>%1 — %n страна</numerusform>
            </translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>Документ %1</translation>
        </message>
        <message>
            <source>The report was sent to the printer.</source>
            <translation>Извештај је послат на штампач.</translation>
        </message>
        <message>
            <source>Save an unencrypted PDF?</source>
            <translation>Сачувати нешифрован PDF?</translation>
        </message>
        <message>
            <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
            <translation>PDF датотека НЕЋЕ бити шифрована: свако ко може да отвори фасциклу може да је прочита. Сачувајте је само тамо где то дозвољавају ваша упутства и избришите је када више није потребна. Чување се бележи у дневнику ревизије.</translation>
        </message>
        <message>
            <source>Save report as PDF</source>
            <translation>Чување извештаја као PDF</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Сачувано %1</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Enable {user} with a new password</source>
            <translation>Омогућавање налога {user} са новом лозинком</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <translation>Ресетовање лозинке за {user}</translation>
        </message>
        <message>
            <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
            <translation>Двапут унесите привремену лозинку. {user} мора да изабере нову при следећој пријави.</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>Ресетуј лозинку</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore the encrypted database from a backup</source>
            <translation>Враћање шифроване базе података из резервне копије</translation>
        </message>
        <message>
            <source>Choose a backup. An administrator's username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
            <translation>Изаберите резервну копију. Потребни су корисничко име и лозинка администратора из времена када је копија направљена. Тренутне датотеке се склањају, не бришу се.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Резервне копије</translation>
        </message>
        <message>
            <source>Administrator username</source>
            <translation>Корисничко име администратора</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>Лозинка администратора</translation>
        </message>
        <message>
            <source>There are no backups in the database folder.</source>
            <translation>У фасцикли базе података нема резервних копија.</translation>
        </message>
        <message>
            <source>Administrator &amp;username:</source>
            <translation>&amp;Корисничко име администратора:</translation>
        </message>
        <message>
            <source>Administrator &amp;password:</source>
            <translation>&amp;Лозинка администратора:</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Врати</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>Прво изаберите резервну копију.</translation>
        </message>
    </context>
    <context>
        <name>RestrictionButton</name>
        <message>
            <source>&amp;Lift restriction…</source>
            <translation>Укини &amp;ограничење…</translation>
        </message>
        <message>
            <source>Restr&amp;ict processing…</source>
            <translation>&amp;Ограничи обраду…</translation>
        </message>
        <message>
            <source>Restrict processing</source>
            <translation>Ограничи обраду</translation>
        </message>
        <message>
            <source>Lift the restriction</source>
            <translation>Укини ограничење</translation>
        </message>
        <message>
            <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
            <translation>Зашто се обрада овог досијеа ограничава? (чува се у досијеу и у дневнику ревизије)</translation>
        </message>
        <message>
            <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
            <translation>Зашто се ограничење укида? (чува се у досијеу и у дневнику ревизије)</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention decisions</source>
            <translation>Одлуке о чувању</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>Осуђени</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Рок за преиспитивање</translation>
        </message>
        <message>
            <source>Keep the file (until the next review)</source>
            <translation>Задржи досије (до следећег преиспитивања)</translation>
        </message>
        <message>
            <source>Anonymise the file</source>
            <translation>Анонимизуј досије</translation>
        </message>
        <message>
            <source>Erase the file</source>
            <translation>Обриши досије</translation>
        </message>
        <message>
            <source>Keep the free text (checked: it names no one)</source>
            <translation>Задржи слободан текст (проверено: никога не именује)</translation>
        </message>
        <message>
            <source>&amp;Decide</source>
            <translation>&amp;Одлучи</translation>
        </message>
        <message>
            <source>Erase re&amp;jected reports past their period…</source>
            <translation>Обриши о&amp;дбијене извештаје после рока…</translation>
        </message>
        <message>
            <source>De&amp;cision:</source>
            <translation>Од&amp;лука:</translation>
        </message>
        <message>
            <source>&amp;Next review (keep):</source>
            <translation>&amp;Следеће преиспитивање (задржавање):</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>&amp;Разлог (чува се у дневнику ревизије):</translation>
        </message>
        <message>
            <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
            <translation>Одлука за досије {number}: {decision}. Ово се не може поништити. Наставити?</translation>
        </message>
        <message>
            <source>Decided: {decision}.</source>
            <translation>Одлучено: {decision}.</translation>
        </message>
        <message>
            <source>No rejected report is past its period.</source>
            <translation>Ниједан одбијени извештај није прешао рок чувања.</translation>
        </message>
        <message>
            <source>Erase {count} rejected report(s) rejected before {day}?</source>
            <translation>Обрисати одбијене извештаје одбијене пре {day} (број: {count})?</translation>
        </message>
        <message>
            <source>Rejected reports erased: {count}.</source>
            <translation>Обрисани одбијени извештаји: {count}.</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <source>Grading after review</source>
            <translation>Оцена после провере</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>Ред за проверу</translation>
        </message>
        <message>
            <source>Observations awaiting review, most urgent first</source>
            <translation>Запажања која чекају проверу, најхитнија прва</translation>
        </message>
        <message>
            <source>Observation under review</source>
            <translation>Запажање које се проверава</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Запажање</translation>
        </message>
        <message>
            <source>Changes (side by side)</source>
            <translation>Измене (једна поред друге)</translation>
        </message>
        <message>
            <source>Changes (text)</source>
            <translation>Измене (текст)</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Одлука</translation>
        </message>
        <message>
            <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
            <translation>&amp;Коментар или разлог (обавезно за враћање, промену оцене, одбијање):</translation>
        </message>
        <message>
            <source>Comment or reason</source>
            <translation>Коментар или разлог</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>&amp;Прихвати</translation>
        </message>
        <message>
            <source>Re&amp;turn to author</source>
            <translation>&amp;Врати аутору</translation>
        </message>
        <message>
            <source>Re-grad&amp;e and accept</source>
            <translation>Промени &amp;оцену и прихвати</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>О&amp;дбиј</translation>
        </message>
        <message>
            <source>Open prisoner's fi&amp;le</source>
            <translation>Отвори досије осуђеног &amp;лица</translation>
        </message>
        <message>
            <source>C&amp;orrect (amend)…</source>
            <translation>И&amp;справи…</translation>
        </message>
        <message>
            <source>Write a corrected version with a reason; the original stays in the history.</source>
            <translation>Напишите исправљену верзију уз разлог; оригинал остаје у историји.</translation>
        </message>
        <message>
            <source>Reclassif&amp;y…</source>
            <translation>Промени степен &amp;тајности…</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) awaiting review</source>
            <translation>
                <numerusform>%n запажање чека проверу</numerusform>
                <numerusform>%n запажања чекају проверу</numerusform>
                <numerusform>%n запажања чека проверу</numerusform>
            </translation>
        </message>
        <message>
            <source>Give a reason for access to review this observation.</source>
            <translation>Наведите разлог приступа за проверу овог запажања.</translation>
        </message>
        <message>
            <source>{number} — {name}</source>
            <translation>{number} — {name}</translation>
        </message>
        <message>
            <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
            <translation>Неодложно: претња по живот или непосредна опасност. Проверите да ли је пријављено лично или телефоном.</translation>
        </message>
        <message>
            <source>Officer's grade: {grade}</source>
            <translation>Оцена службеног лица: {grade}</translation>
        </message>
        <message>
            <source>Accepted.</source>
            <translation>Прихваћено.</translation>
        </message>
        <message>
            <source>Returned to the author with your comment.</source>
            <translation>Враћено аутору са вашим коментаром.</translation>
        </message>
        <message>
            <source>Rejected with your reason.</source>
            <translation>Одбијено са вашим разлогом.</translation>
        </message>
        <message>
            <source>Re-graded and accepted.</source>
            <translation>Оцена промењена и прихваћено.</translation>
        </message>
        <message>
            <source>Classification: {level}.</source>
            <translation>Степен тајности: {level}.</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Training scenario</source>
            <translation>Сценарио за обуку</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Search</source>
            <translation>Претрага</translation>
        </message>
        <message>
            <source>Search fo&amp;r:</source>
            <translation>&amp;Тражи:</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Текст за претрагу</translation>
        </message>
        <message>
            <source>words from the facts or assessment, a name or a prison number</source>
            <translation>речи из чињеница или процене, име или матични број</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>&amp;Претражи</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Хитност</translation>
        </message>
        <message>
            <source>Any urgency</source>
            <translation>Свака хитност</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Сваки статус</translation>
        </message>
        <message>
            <source>Indicator domain</source>
            <translation>Област показатеља</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>&amp;Између</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Од датума</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>До датума</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Оде&amp;љење:</translation>
        </message>
        <message>
            <source>Urgenc&amp;y:</source>
            <translation>&amp;Хитност:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>Indicator &amp;domain:</source>
            <translation>&amp;Област показатеља:</translation>
        </message>
        <message>
            <source>and</source>
            <translation>и</translation>
        </message>
        <message>
            <source>Results; Enter opens the prisoner's file</source>
            <translation>Резултати; Enter отвара досије осуђеног лица</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Сва одељења</translation>
        </message>
        <message>
            <source>Any domain</source>
            <translation>Свака област</translation>
        </message>
        <message>
            <source>No results are shown without a reason for access.</source>
            <translation>Без разлога приступа резултати се не приказују.</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) found</source>
            <translation>
                <numerusform>Пронађено је %n запажање</numerusform>
                <numerusform>Пронађена су %n запажања</numerusform>
                <numerusform>Пронађено је %n запажања</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n results, best match first; scroll down for more.</source>
            <translation>
                <numerusform>Први %n резултат, најбоље подударање прво; померите наниже за још.</numerusform>
                <numerusform>Прва %n резултата, најбоље подударање прво; померите наниже за још.</numerusform>
                <numerusform>Првих %n резултата, најбоље подударање прво; померите наниже за још.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SensitiveQuestion</name>
        <message>
            <source>Words about religion, ethnicity or politics</source>
            <translation>Речи о вери, етничкој припадности или политици</translation>
        </message>
        <message>
            <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person's exact words); your supervisor will see that you were asked.</source>
            <translation>Написали сте:
{lines}

Да ли је ово потребно за опис понашања? Вера, етничка припадност или политичка уверења сами по себи никада нису показатељи. Задржите речи само ако су потребне (на пример тачне речи особе); ваш надређени ће видети да вам је ово питање постављено.</translation>
        </message>
        <message>
            <source>Necessary: keep and submit</source>
            <translation>Потребно: задржи и предај</translation>
        </message>
        <message>
            <source>Change the wording</source>
            <translation>Промени формулацију</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Сачувај подешавања</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Сачувај подешавања</translation>
        </message>
        <message>
            <source>The settings were saved.</source>
            <translation>Подешавања су сачувана.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>radprev — create the encrypted database</source>
            <translation>radprev — прављење шифроване базе података</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Заврши</translation>
        </message>
        <message>
            <source>Creating the encrypted database; measuring this computer's speed for the password key…</source>
            <translation>Прави се шифрована база података; мери се брзина овог рачунара за кључ лозинке…</translation>
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
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Година рођења</translation>
        </message>
        <message>
            <source>Unit / cell</source>
            <translation>Одељење / ћелија</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>File review due</source>
            <translation>Провера досијеа до</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>Ограничење</translation>
        </message>
        <message>
            <source>Your reason for access</source>
            <translation>Ваш разлог приступа</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>Ново &amp;запажање</translation>
        </message>
        <message>
            <source>New chec&amp;klist run</source>
            <translation>Нова &amp;контролна листа</translation>
        </message>
        <message>
            <source>Con&amp;tinue draft</source>
            <translation>Настави &amp;нацрт</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>Ис&amp;прави…</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>&amp;Историја</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>Измени по&amp;датке…</translation>
        </message>
        <message>
            <source>Change &amp;reason…</source>
            <translation>Промени &amp;разлог…</translation>
        </message>
        <message>
            <source>&amp;Write my new observation before seeing earlier reports</source>
            <translation>Напиши моје ново запажање пре &amp;увида у раније пријаве</translation>
        </message>
        <message>
            <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
            <translation>Ако прво прочитате раније пријаве, то може утицати на оно што пишете. Скривене су док не предате.</translation>
        </message>
        <message>
            <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
            <translation>Раније пријаве су скривене док не напишете своје запажање. Притисните „Ново запажање“ или „Прикажи раније пријаве“ ако треба само да читате.</translation>
        </message>
        <message>
            <source>&amp;Show earlier reports</source>
            <translation>&amp;Прикажи раније пријаве</translation>
        </message>
        <message>
            <source>Observations, newest first</source>
            <translation>Запажања, најновија прва</translation>
        </message>
        <message>
            <source>Selected observation</source>
            <translation>Изабрано запажање</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Запажања</translation>
        </message>
        <message>
            <source>Checklist runs</source>
            <translation>Попуњене контролне листе</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Контролне листе</translation>
        </message>
        <message>
            <source>Changes to details</source>
            <translation>Измене података</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Упућивања</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Премештаји</translation>
        </message>
        <message>
            <source>The file was not opened: no reason given.</source>
            <translation>Досије није отворен: разлог није наведен.</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>Досије: {name}</translation>
        </message>
        <message>
            <source>Recorded at {est}: it arrived with the prisoner's file and is read-only here.</source>
            <translation>Забележено у {est}: стигло је са досијеом осуђеног лица и овде је само за читање.</translation>
        </message>
        <message>
            <source>Restricted: accuracy disputed</source>
            <translation>Ограничено: тачност је оспорена</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>{at}: {who} changed {fields} — {reason}</source>
            <translation>{at}: {who} — измењено: {fields} — {reason}</translation>
        </message>
        <message>
            <source>No changes since the file was created.</source>
            <translation>Нема измена од отварања досијеа.</translation>
        </message>
        <message>
            <source>{at}: {decision} by {who} (version {version}){comment}</source>
            <translation>{at}: {decision}, {who} (верзија {version}){comment}</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Провере</translation>
        </message>
        <message>
            <source>History of the observation of {when}</source>
            <translation>Историја запажања од {when}</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Edit prisoner</source>
            <translation>Измена података осуђеног лица</translation>
        </message>
        <message>
            <source>Add prisoner</source>
            <translation>Додавање осуђеног лица</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>није познато</translation>
        </message>
        <message>
            <source>Why is this changed? (required)</source>
            <translation>Зашто се ово мења? (обавезно)</translation>
        </message>
        <message>
            <source>&amp;Prison number:</source>
            <translation>&amp;Матични број:</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
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
            <translation>&amp;Година рођења:</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Година рођења</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Оде&amp;љење:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>&amp;Cell:</source>
            <translation>Ћ&amp;елија:</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>Ћелија</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>&amp;Статус:</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>&amp;Reason for change:</source>
            <translation>&amp;Разлог измене:</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>Разлог измене</translation>
        </message>
        <message>
            <source>Similar prisoners already recorded:</source>
            <translation>Слична осуђена лица која су већ евидентирана:</translation>
        </message>
        <message>
            <source>Similar prisoners already recorded</source>
            <translation>Слична осуђена лица која су већ евидентирана</translation>
        </message>
        <message>
            <source>&amp;Open this file instead</source>
            <translation>&amp;Отвори овај досије</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(нема)</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner's rectification request on the details. The unit, cell and status can still be changed.</source>
            <translation>Обрада овог досијеа је ограничена: матични број, име и презиме и година рођења исправљају се само као одговор на захтев осуђеног лица за исправку података. Одељење, ћелија и статус и даље се могу мењати.</translation>
        </message>
        <message>
            <source>{number} — {name}, born {year}, unit {unit}</source>
            <translation>{number} — {name}, година рођења {year}, одељење {unit}</translation>
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
            <translation>Осуђена лица</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>&amp;Нађи:</translation>
        </message>
        <message>
            <source>Find prisoner by name or prison number</source>
            <translation>Нађи осуђено лице по имену или матичном броју</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>име или матични број</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>Оде&amp;љење:</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>&amp;Add prisoner…</source>
            <translation>&amp;Додај осуђено лице…</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>&amp;Отвори досије</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Сва одељења</translation>
        </message>
        <message numerus="yes">
            <source>%n prisoner(s)</source>
            <translation>
                <numerusform>%n осуђено лице</numerusform>
                <numerusform>%n осуђена лица</numerusform>
                <numerusform>%n осуђених лица</numerusform>
            </translation>
        </message>
        <message>
            <source>Matching prisoners: scroll for more</source>
            <translation>Одговарајућа осуђена лица: померите за још</translation>
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
            <translation>Шта је урадила последња радња</translation>
        </message>
        <message>
            <source>Export to the central office</source>
            <translation>Извоз у централу</translation>
        </message>
        <message>
            <source>Central office:</source>
            <translation>Централа:</translation>
        </message>
        <message>
            <source>Last export:</source>
            <translation>Последњи извоз:</translation>
        </message>
        <message>
            <source>Next export due:</source>
            <translation>Следећи извоз до:</translation>
        </message>
        <message>
            <source>Changes waiting:</source>
            <translation>Промене на чекању:</translation>
        </message>
        <message>
            <source>Awaiting receipt:</source>
            <translation>Чека потврду пријема:</translation>
        </message>
        <message>
            <source>This workstation's check code:</source>
            <translation>Контролни код ове радне станице:</translation>
        </message>
        <message>
            <source>&amp;Export to folder…</source>
            <translation>&amp;Извези у фасциклу…</translation>
        </message>
        <message>
            <source>&amp;Re-send unacknowledged…</source>
            <translation>&amp;Поново пошаљи непотврђено…</translation>
        </message>
        <message>
            <source>&amp;Import receipt or bundle…</source>
            <translation>&amp;Увези потврду или пакет…</translation>
        </message>
        <message>
            <source>&amp;Trust central certificate…</source>
            <translation>&amp;Сертификат централе је поуздан…</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>Пакет</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Уписано</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Ко</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>Уноси ревизије</translation>
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
            <translation>Уписани пакети</translation>
        </message>
        <message>
            <source>&amp;Import packages…</source>
            <translation>&amp;Увези пакете…</translation>
        </message>
        <message>
            <source>Import a whole &amp;folder…</source>
            <translation>Увези целу &amp;фасциклу…</translation>
        </message>
        <message>
            <source>Write &amp;receipt…</source>
            <translation>Упиши &amp;потврду пријема…</translation>
        </message>
        <message>
            <source>Write reference &amp;bundle…</source>
            <translation>Упиши &amp;референтни пакет…</translation>
        </message>
        <message>
            <source>Write &amp;certificate…</source>
            <translation>Упиши &amp;сертификат…</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>Установа</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Радна станица</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>Пакети</translation>
        </message>
        <message>
            <source>Last package</source>
            <translation>Последњи пакет</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Недостаје</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>У карантину</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Сукоби</translation>
        </message>
        <message>
            <source>Failed imports</source>
            <translation>Неуспели увози</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>Последњи увоз</translation>
        </message>
        <message>
            <source>Check code</source>
            <translation>Контролни код</translation>
        </message>
        <message>
            <source>{est} — check code {fp}</source>
            <translation>{est} — контролни код {fp}</translation>
        </message>
        <message>
            <source>This office's check code: {fp}</source>
            <translation>Контролни код ове централе: {fp}</translation>
        </message>
        <message>
            <source>Central office {est} trusted (check code {fp}).</source>
            <translation>Централа {est} је проглашена поузданом (контролни код {fp}).</translation>
        </message>
        <message>
            <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation's enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
            <translation>Пакет је стигао са радне станице која није уписана ({est}).
Њен контролни код је:
{fp}

Унесите контролни код одштампан на листи за упис те радне станице (на листи се зове отисак) да бисте је уписали:</translation>
        </message>
        <message>
            <source>Check code for the enrolment sheet: {fp}</source>
            <translation>Контролни код за листу за упис: {fp}</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ред</translation>
        </message>
        <message>
            <source>Take in a transferred &amp;prisoner…</source>
            <translation>Пријем премештеног &amp;осуђеног лица…</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Верзија</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Примљено</translation>
        </message>
        <message>
            <source>&amp;Show prisoners of every establishment</source>
            <translation>&amp;Прикажи осуђена лица свих установа</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
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
            <translation>Година рођења</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Запажања</translation>
        </message>
        <message>
            <source>Last event</source>
            <translation>Последњи догађај</translation>
        </message>
        <message>
            <source>Workstations</source>
            <translation>Радне станице</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>Карантин</translation>
        </message>
        <message>
            <source>All prisoners</source>
            <translation>Сва осуђена лица</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Премештаји</translation>
        </message>
        <message>
            <source>One person, two files</source>
            <translation>Једно лице, два досијеа</translation>
        </message>
        <message>
            <source>Sync — central office</source>
            <translation>Синхронизација — централа</translation>
        </message>
        <message>
            <source>Sync — export to the central office</source>
            <translation>Синхронизација — извоз у централу</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet (an administrator trusts it).</source>
            <translation>Ниједан сертификат централе још није проглашен поузданим (то ради администратор).</translation>
        </message>
        <message>
            <source>package {n}, {when}</source>
            <translation>пакет {n}, {when}</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никад</translation>
        </message>
        <message>
            <source>{when} — OVERDUE</source>
            <translation>{when} — КАСНИ</translation>
        </message>
        <message>
            <source>(no receipt after {days} days: {late})</source>
            <translation>(нема потврде пријема после {days} дана: {late})</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>достављено {when}</translation>
        </message>
        <message>
            <source>awaiting receipt</source>
            <translation>чека потврду пријема</translation>
        </message>
        <message>
            <source>(re-send)</source>
            <translation>(поново послато)</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder for the package</source>
            <translation>Изаберите USB меморију или фасциклу за пакет</translation>
        </message>
        <message>
            <source>Package {n} written: {path}</source>
            <translation>Пакет {n} је уписан: {path}</translation>
        </message>
        <message>
            <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
            <translation>Записа: {records}, уноса ревизије: {audit}, шифровано за централу.</translation>
        </message>
        <message>
            <source>More changes are waiting: export again.</source>
            <translation>Чека још промена: поново извезите.</translation>
        </message>
        <message>
            <source>Writing the export package</source>
            <translation>Писање пакета за извоз</translation>
        </message>
        <message>
            <source>Central office certificate</source>
            <translation>Сертификат централе</translation>
        </message>
        <message>
            <source>Certificates (*.json)</source>
            <translation>Сертификати (*.јсон)</translation>
        </message>
        <message>
            <source>Export packages (*.age)</source>
            <translation>Пакети за извоз (*.age)</translation>
        </message>
        <message>
            <source>Receipts and bundles (*.tar)</source>
            <translation>Потврде пријема и пакети (*.тар)</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>Датотеке за увоз</translation>
        </message>
        <message>
            <source>Stopped: {count} file(s) were not imported.</source>
            <translation>Заустављено: {count} датотека није увезено.</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Увоз</translation>
        </message>
        <message>
            <source>Folder with packages</source>
            <translation>Фасцикла са пакетима</translation>
        </message>
        <message>
            <source>No export packages (*.age) in that folder.</source>
            <translation>У тој фасцикли нема пакета за извоз (*.age).</translation>
        </message>
        <message>
            <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation's enrolment sheet.</source>
            <translation>{file}: одбијено — потиче са радне станице која још није уписана ({est}). Администратор је уписује након што упореди њен контролни код са листом за упис те радне станице.</translation>
        </message>
        <message>
            <source>{file}: refused — {reason}</source>
            <translation>{file}: одбијено — {reason}</translation>
        </message>
        <message>
            <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
            <translation>{file}: увоз НИЈЕ УСПЕО — његов дневник ревизије је у супротности са оним што централа већ има за ту радну станицу.</translation>
        </message>
        <message>
            <source>The check code typed for the previous package was refused: {why}</source>
            <translation>Контролни код унет за претходни пакет је одбијен: {why}</translation>
        </message>
        <message>
            <source>Enrol a new workstation?</source>
            <translation>Уписати нову радну станицу?</translation>
        </message>
        <message>
            <source>Workstation enrolled.</source>
            <translation>Радна станица је уписана.</translation>
        </message>
        <message>
            <source>Folder for the receipt</source>
            <translation>Фасцикла за потврду пријема</translation>
        </message>
        <message>
            <source>Receipt written: {path}</source>
            <translation>Потврда пријема је уписана: {path}</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Фасцикла за пакет</translation>
        </message>
        <message>
            <source>Reference bundle written: {path}</source>
            <translation>Референтни пакет је уписан: {path}</translation>
        </message>
        <message>
            <source>Save the certificate</source>
            <translation>Чување сертификата</translation>
        </message>
        <message>
            <source>Certificate written: {path}</source>
            <translation>Сертификат је уписан: {path}</translation>
        </message>
    </context>
    <context>
        <name>TakeInDialog</name>
        <message>
            <source>Take in a transferred prisoner</source>
            <translation>Пријем премештеног осуђеног лица</translation>
        </message>
        <message>
            <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner's earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
            <translation>Изаберите пакет премештаја (radprev-transfer_….age) који је послала централа. Ранији записи осуђеног лица остају само за читање, означени установом која их је направила; нови записи настављају исти досије овде.</translation>
        </message>
        <message>
            <source>Transfer bundle</source>
            <translation>Пакет премештаја</translation>
        </message>
        <message>
            <source>Leave empty to keep the earlier number</source>
            <translation>Оставите празно да задржите ранији број</translation>
        </message>
        <message>
            <source>No unit yet</source>
            <translation>Још без одељења</translation>
        </message>
        <message>
            <source>Transfer &amp;bundle:</source>
            <translation>&amp;Пакет премештаја:</translation>
        </message>
        <message>
            <source>&amp;Prison number here:</source>
            <translation>&amp;Матични број овде:</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>&amp;Одељење:</translation>
        </message>
        <message>
            <source>&amp;Take in</source>
            <translation>Пр&amp;ими</translation>
        </message>
        <message>
            <source>Choose the transfer bundle.</source>
            <translation>Изаберите пакет премештаја.</translation>
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
            <translation>Језици</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Увезено</translation>
        </message>
        <message>
            <source>Offered to officers</source>
            <translation>Понуђено службеним лицима</translation>
        </message>
        <message>
            <source>Checklist templates</source>
            <translation>Шаблони контролних листа</translation>
        </message>
        <message>
            <source>&amp;Import template from a file…</source>
            <translation>&amp;Увези шаблон из датотеке…</translation>
        </message>
        <message>
            <source>Import template from a file</source>
            <translation>Увези шаблон из датотеке</translation>
        </message>
        <message>
            <source>&amp;Offer this version to officers</source>
            <translation>&amp;Понуди ову верзију службеним лицима</translation>
        </message>
        <message>
            <source>Offer this version to officers</source>
            <translation>Понуди ову верзију службеним лицима</translation>
        </message>
        <message>
            <source>Problems found in the template</source>
            <translation>Проблеми пронађени у шаблону</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>да</translation>
        </message>
        <message>
            <source>Import a checklist template</source>
            <translation>Увоз шаблона контролне листе</translation>
        </message>
        <message>
            <source>Templates (*.json)</source>
            <translation>Шаблони (*.јсон)</translation>
        </message>
        <message>
            <source>The template was not imported. Problems found:</source>
            <translation>Шаблон није увезен. Пронађени проблеми:</translation>
        </message>
        <message>
            <source>This template version is already stored; nothing changed.</source>
            <translation>Ова верзија шаблона је већ сачувана; ништа није промењено.</translation>
        </message>
        <message>
            <source>Template {code} version {version} imported.</source>
            <translation>Шаблон {code}, верзија {version}, је увезен.</translation>
        </message>
        <message>
            <source>Choose a template version in the list first.</source>
            <translation>Прво изаберите верзију шаблона са листе.</translation>
        </message>
        <message>
            <source>Officers are now offered {code} version {version}.</source>
            <translation>Службеним лицима се сада нуди {code}, верзија {version}.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
            <translation>ОБУКА — вежбање на измишљеним сценаријима. Ништа овде није прави запис.</translation>
        </message>
        <message>
            <source>Training mode</source>
            <translation>Режим обуке</translation>
        </message>
        <message>
            <source>TRAINING — {title}</source>
            <translation>ОБУКА — {title}</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>Осуђено лице</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Your duty</source>
            <translation>Ваша дужност</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Када</translation>
        </message>
        <message>
            <source>Record what you saw and heard as you would on duty, then submit it.</source>
            <translation>Забележите шта сте видели и чули као што бисте то учинили на дужности, затим предајте.</translation>
        </message>
        <message>
            <source>Feedback on your answer only: no prisoner is ever scored.</source>
            <translation>Повратна информација само о вашем одговору: ниједно осуђено лице се никада не оцењује.</translation>
        </message>
        <message>
            <source>The observable facts</source>
            <translation>Уочљиве чињенице</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>Друга могућа објашњења</translation>
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
            <translation>&amp;Полазници</translation>
        </message>
        <message>
            <source>Scenarios:</source>
            <translation>Сценарији:</translation>
        </message>
        <message>
            <source>Training scenarios</source>
            <translation>Сценарији за обуку</translation>
        </message>
        <message>
            <source>&amp;Start this exercise</source>
            <translation>&amp;Започни ову вежбу</translation>
        </message>
        <message>
            <source>What you will see and hear</source>
            <translation>Шта ћете видети и чути</translation>
        </message>
        <message>
            <source>Your exercises:</source>
            <translation>Ваше вежбе:</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>Ваше вежбе</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарио</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Започето</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>За побољшање</translation>
        </message>
        <message>
            <source>&amp;Continue the exercise</source>
            <translation>&amp;Настави вежбу</translation>
        </message>
        <message>
            <source>My training &amp;record…</source>
            <translation>Мој запис о &amp;обуци…</translation>
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
            <translation>Добро урађено</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Последња активност</translation>
        </message>
        <message>
            <source>Training &amp;record…</source>
            <translation>Запис о &amp;обуци…</translation>
        </message>
        <message>
            <source>The trainee's exercises</source>
            <translation>Вежбе полазника</translation>
        </message>
        <message>
            <source>Common mistakes</source>
            <translation>Честе грешке</translation>
        </message>
        <message>
            <source>E&amp;xercises</source>
            <translation>&amp;Вежбе</translation>
        </message>
        <message>
            <source>Common mista&amp;kes</source>
            <translation>Честе &amp;грешке</translation>
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
            <translation>Засад нема грешака.</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecordDialog</name>
        <message>
            <source>Save an unencrypted PDF?</source>
            <translation>Сачувати нешифрован PDF?</translation>
        </message>
        <message>
            <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
            <translation>PDF датотека НЕЋЕ бити шифрована. Чување се бележи у дневнику ревизије.</translation>
        </message>
        <message>
            <source>Save the training record</source>
            <translation>Чување записа о обуци</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>Сачувано: {name}</translation>
        </message>
    </context>
    <context>
        <name>TrainingSetupDialog</name>
        <message>
            <source>Create the training database</source>
            <translation>Направи базу података за обуку</translation>
        </message>
        <message>
            <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
            <translation>Вежба се одвија у посебној бази података за обуку, у {folder}: никада у правој, никада се не извози, а на свакој страници коју одштампа пише ОБУКА — НИЈЕ ПРАВИ ЗАПИС. Ви постајете њен администратор: додајте полазнике (улога службено лице) и инструктора на страници Администрација.</translation>
        </message>
        <message>
            <source>Administrator's username</source>
            <translation>Корисничко име администратора</translation>
        </message>
        <message>
            <source>Administrator's full name</source>
            <translation>Име и презиме администратора</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>Корисничко и&amp;ме:</translation>
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
            <translation>Павиљон за обуку</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Код за опоравак</translation>
        </message>
        <message>
            <source>The training database is ready. Its recovery code (shown once; keep it with the trainer's papers):

{code}</source>
            <translation>База података за обуку је спремна. Њен код за опоравак (приказује се једном; чувајте га уз документацију инструктора):

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
            <translation>Бележење премештаја</translation>
        </message>
        <message>
            <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
            <translation>{name} напушта {here}. Премештај путује у следећем извозу; централа затим шаље досије установи која прима.</translation>
        </message>
        <message>
            <source>&amp;To establishment (code):</source>
            <translation>&amp;У установу (шифра):</translation>
        </message>
        <message>
            <source>&amp;Date of the move:</source>
            <translation>&amp;Датум премештаја:</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>&amp;Напомена (није обавезно):</translation>
        </message>
        <message>
            <source>&amp;Record transfer</source>
            <translation>&amp;Забележи премештај</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>Record &amp;transfer…</source>
            <translation>Забележи &amp;премештај…</translation>
        </message>
        <message>
            <source>Release &amp;handover…</source>
            <translation>Предаја при &amp;отпусту…</translation>
        </message>
        <message>
            <source>Transfers and handovers</source>
            <translation>Премештаји и предаје</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Премештаји</translation>
        </message>
        <message>
            <source>{day}: from {src} to {dst}</source>
            <translation>{day}: из {src} у {dst}</translation>
        </message>
        <message>
            <source>No transfer recorded.</source>
            <translation>Није забележен ниједан премештај.</translation>
        </message>
        <message>
            <source>Known as: {numbers}</source>
            <translation>Познат/а као: {numbers}</translation>
        </message>
        <message>
            <source>Release handovers</source>
            <translation>Предаје при отпусту</translation>
        </message>
        <message>
            <source>{at}: to {who} (document {doc})</source>
            <translation>{at}: за {who} (документ {doc})</translation>
        </message>
        <message>
            <source>Handover written: {pdf} and {package}</source>
            <translation>Предаја је уписана: {pdf} и {package}</translation>
        </message>
    </context>
    <context>
        <name>TransfersToIssuePanel</name>
        <message>
            <source>&amp;Issue transfer bundle…</source>
            <translation>&amp;Издај пакет премештаја…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Из</translation>
        </message>
        <message>
            <source>To</source>
            <translation>У</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име</translation>
        </message>
        <message>
            <source>Receiving workstations</source>
            <translation>Радне станице које примају</translation>
        </message>
        <message>
            <source>Transfers awaiting a bundle</source>
            <translation>Премештаји који чекају пакет</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>Фасцикла за пакет</translation>
        </message>
        <message>
            <source>Bundle {file} written for {est} ({n} records).</source>
            <translation>Пакет {file} је уписан за {est} (записа: {n}).</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the central office certificate</source>
            <translation>Проглашавање сертификата централе поузданим</translation>
        </message>
        <message>
            <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
            <translation>Централа: {est}. Унесите контролни код одштампан на листи за упис (на листи се зове отисак). Свака група од четири знака постаје зелена када се слаже са сертификатом.</translation>
        </message>
        <message>
            <source>Check code of the certificate</source>
            <translation>Контролни код сертификата</translation>
        </message>
        <message>
            <source>Check code from the enrolment sheet</source>
            <translation>Контролни код са листе за упис</translation>
        </message>
        <message>
            <source>The check codes match.</source>
            <translation>Контролни кодови се слажу.</translation>
        </message>
        <message>
            <source>The check codes do NOT match. Do not trust this certificate.</source>
            <translation>Контролни кодови се НЕ слажу. Немојте прогласити овај сертификат поузданим.</translation>
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
            <translation>Улоге</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Одељења</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Стање</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Налози</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>&amp;Додај налог…</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>Ресе&amp;туј лозинку…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Онемогући</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Омо&amp;гући</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>&amp;Уклони…</translation>
        </message>
        <message>
            <source>Un&amp;its and access…</source>
            <translation>Одел&amp;јења и приступ…</translation>
        </message>
        <message>
            <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
            <translation>Уклањање или онемогућавање налога брише његову лозинку и одмах завршава његове отворене сесије на свим рачунарима; централно складиште нема кључ који би се мењао.</translation>
        </message>
        <message>
            <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
            <translation>Уклањање налога поново шифрује целу базу података новим кључем, тако да уклоњена лозинка ништа не отвара. То може потрајати; прозор остаје употребљив.</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Установе</translation>
        </message>
        <message>
            <source>E&amp;stablishments and access…</source>
            <translation>Ус&amp;танове и приступ…</translation>
        </message>
        <message>
            <source>whole establishment</source>
            <translation>цела установа</translation>
        </message>
        <message>
            <source>The account's access was saved.</source>
            <translation>Приступ налога је сачуван.</translation>
        </message>
        <message>
            <source>Disabling {user}</source>
            <translation>Онемогућавање налога {user}</translation>
        </message>
        <message>
            <source>Account {user} disabled; their open sessions were ended.</source>
            <translation>Налог {user} је онемогућен; његове отворене сесије су прекинуте.</translation>
        </message>
        <message>
            <source>Disabling {user} and re-encrypting the database</source>
            <translation>Онемогућавање налога {user} и поновно шифровање базе података</translation>
        </message>
        <message>
            <source>Account {user} disabled; the database has a new key.</source>
            <translation>Налог {user} је онемогућен; база података има нови кључ.</translation>
        </message>
        <message>
            <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
            <translation>Уклонити налог {user}? Његов кључ се брише, а цела база података се поново шифрује новим кључем. Ово не може да се опозове.</translation>
        </message>
        <message>
            <source>Removing {user} and re-encrypting the database</source>
            <translation>Уклањање налога {user} и поновно шифровање базе података</translation>
        </message>
        <message>
            <source>Account {user} removed; the database has a new key.</source>
            <translation>Налог {user} је уклоњен; база података има нови кључ.</translation>
        </message>
        <message>
            <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
            <translation>Уклонити налог {user}? Његова лозинка одмах престаје да важи, а његове отворене сесије се прекидају. Ово се не може поништити.</translation>
        </message>
        <message>
            <source>Removing {user}</source>
            <translation>Уклањање налога {user}</translation>
        </message>
        <message>
            <source>Account {user} removed; their open sessions were ended.</source>
            <translation>Налог {user} је уклоњен; његове отворене сесије су прекинуте.</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активан</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>онемогућен</translation>
        </message>
        <message>
            <source>must change password</source>
            <translation>мора да промени лозинку</translation>
        </message>
        <message>
            <source>Choose an account in the list first.</source>
            <translation>Прво изаберите налог са листе.</translation>
        </message>
        <message>
            <source>Account {user} added.</source>
            <translation>Налог {user} је додат.</translation>
        </message>
        <message>
            <source>The password was reset.</source>
            <translation>Лозинка је ресетована.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Уклони налог</translation>
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
            <translation>Заустављање…</translation>
        </message>
    </context>
    <context>
        <name>WorkerRunner</name>
        <message>
            <source>Working…</source>
            <translation>Рад у току…</translation>
        </message>
    </context>
    <context>
        <name>_FileField</name>
        <message>
            <source>Choose…</source>
            <translation>Изабери…</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>logged in</source>
            <translation>пријавио/ла се</translation>
        </message>
        <message>
            <source>logged out</source>
            <translation>одјавио/ла се</translation>
        </message>
        <message>
            <source>locked the screen</source>
            <translation>закључао/ла екран</translation>
        </message>
        <message>
            <source>ended the recovery session</source>
            <translation>завршио/ла сесију опоравка</translation>
        </message>
        <message>
            <source>was told of failed login attempts</source>
            <translation>обавештен/а о неуспелим покушајима пријаве</translation>
        </message>
        <message>
            <source>tried to log in with an unknown username</source>
            <translation>покушао/ла пријаву непознатим корисничким именом</translation>
        </message>
        <message>
            <source>changed their password</source>
            <translation>променио/ла своју лозинку</translation>
        </message>
        <message>
            <source>reset a colleague's password</source>
            <translation>ресетовао/ла лозинку колеге</translation>
        </message>
        <message>
            <source>used the recovery code</source>
            <translation>употребио/ла код за опоравак</translation>
        </message>
        <message>
            <source>added an account</source>
            <translation>додао/ла налог</translation>
        </message>
        <message>
            <source>changed an account</source>
            <translation>изменио/ла налог</translation>
        </message>
        <message>
            <source>disabled an account</source>
            <translation>онемогућио/ла налог</translation>
        </message>
        <message>
            <source>enabled an account</source>
            <translation>омогућио/ла налог</translation>
        </message>
        <message>
            <source>removed an account</source>
            <translation>уклонио/ла налог</translation>
        </message>
        <message>
            <source>created the encrypted database</source>
            <translation>направио/ла шифровану базу података</translation>
        </message>
        <message>
            <source>gave the encrypted database a new key</source>
            <translation>доделио/ла шифрованој бази података нови кључ</translation>
        </message>
        <message>
            <source>restored the database from a backup</source>
            <translation>вратио/ла базу података из резервне копије</translation>
        </message>
        <message>
            <source>made a backup</source>
            <translation>направио/ла резервну копију</translation>
        </message>
        <message>
            <source>checked the database</source>
            <translation>проверио/ла базу података</translation>
        </message>
        <message>
            <source>changed the settings</source>
            <translation>променио/ла подешавања</translation>
        </message>
        <message>
            <source>imported a checklist template</source>
            <translation>увезао/ла шаблон контролне листе</translation>
        </message>
        <message>
            <source>offered a checklist template version to officers</source>
            <translation>понудио/ла службеним лицима верзију шаблона контролне листе</translation>
        </message>
        <message>
            <source>added a prisoner</source>
            <translation>додао/ла осуђено лице</translation>
        </message>
        <message>
            <source>changed a prisoner's details</source>
            <translation>изменио/ла податке о осуђеном лицу</translation>
        </message>
        <message>
            <source>opened a prisoner's file</source>
            <translation>отворио/ла досије осуђеног лица</translation>
        </message>
        <message>
            <source>opened a prisoner's details (no observation)</source>
            <translation>отворио/ла податке осуђеног лица (без запажања)</translation>
        </message>
        <message>
            <source>erased a prisoner's file</source>
            <translation>избрисао/ла досије осуђеног лица</translation>
        </message>
        <message>
            <source>erased a rejected report past its retention period</source>
            <translation>обрисао/ла одбијени извештај по истеку рока чувања</translation>
        </message>
        <message>
            <source>restricted processing of a file</source>
            <translation>ограничио/ла обраду досијеа</translation>
        </message>
        <message>
            <source>lifted the restriction of a file</source>
            <translation>укинуо/ла ограничење досијеа</translation>
        </message>
        <message>
            <source>recorded a rectification request or a dispute</source>
            <translation>забележио/ла захтев за исправку или оспоравање</translation>
        </message>
        <message>
            <source>decided a rectification request or a dispute</source>
            <translation>одлучио/ла о захтеву за исправку или оспоравању</translation>
        </message>
        <message>
            <source>exported a person's data for their access request</source>
            <translation>извезао/ла податке лица по његовом захтеву за приступ</translation>
        </message>
        <message>
            <source>asked a data-protection question of the audit log</source>
            <translation>поставио/ла питање о заштити података дневнику ревизије</translation>
        </message>
        <message>
            <source>decided to keep a file after its review</source>
            <translation>одлучио/ла да задржи досије после провере</translation>
        </message>
        <message>
            <source>anonymised a prisoner's file</source>
            <translation>анонимизовао/ла досије осуђеног лица</translation>
        </message>
        <message>
            <source>started an observation</source>
            <translation>започео/ла запажање</translation>
        </message>
        <message>
            <source>changed a draft observation</source>
            <translation>изменио/ла нацрт запажања</translation>
        </message>
        <message>
            <source>discarded a draft observation</source>
            <translation>одбацио/ла нацрт запажања</translation>
        </message>
        <message>
            <source>submitted an observation</source>
            <translation>предао/ла запажање</translation>
        </message>
        <message>
            <source>corrected an observation</source>
            <translation>исправио/ла запажање</translation>
        </message>
        <message>
            <source>changed an observation's classification</source>
            <translation>променио/ла степен тајности запажања</translation>
        </message>
        <message>
            <source>read an observation to review it</source>
            <translation>прочитао/ла запажање ради провере</translation>
        </message>
        <message>
            <source>reviewed an observation</source>
            <translation>проверио/ла запажање</translation>
        </message>
        <message>
            <source>read who told an officer (restricted)</source>
            <translation>прочитао/ла ко је рекао службеном лицу (ограничен приступ)</translation>
        </message>
        <message>
            <source>started a checklist</source>
            <translation>започео/ла контролну листу</translation>
        </message>
        <message>
            <source>opened a checklist</source>
            <translation>отворио/ла контролну листу</translation>
        </message>
        <message>
            <source>saved checklist answers</source>
            <translation>сачувао/ла одговоре контролне листе</translation>
        </message>
        <message>
            <source>completed a checklist</source>
            <translation>завршио/ла контролну листу</translation>
        </message>
        <message>
            <source>corrected a checklist</source>
            <translation>исправио/ла контролну листу</translation>
        </message>
        <message>
            <source>discarded an empty checklist</source>
            <translation>одбацио/ла празну контролну листу</translation>
        </message>
        <message>
            <source>listed a prisoner's checklists</source>
            <translation>излистао/ла контролне листе осуђеног лица</translation>
        </message>
        <message>
            <source>listed a prisoner's referrals</source>
            <translation>излистао/ла упућивања осуђеног лица</translation>
        </message>
        <message>
            <source>listed a prisoner's transfers</source>
            <translation>излистао/ла премештаје осуђеног лица</translation>
        </message>
        <message>
            <source>listed the transfers awaiting a bundle</source>
            <translation>излистао/ла премештаје који чекају пакет</translation>
        </message>
        <message>
            <source>made a report</source>
            <translation>направио/ла извештај</translation>
        </message>
        <message>
            <source>looked at a report on screen</source>
            <translation>прегледао/ла извештај на екрану</translation>
        </message>
        <message>
            <source>printed a report</source>
            <translation>одштампао/ла извештај</translation>
        </message>
        <message>
            <source>saved a report as an unencrypted PDF</source>
            <translation>сачувао/ла извештај као нешифрован PDF</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>прочитао/ла дневник ревизије</translation>
        </message>
        <message>
            <source>exported the audit log</source>
            <translation>извезао/ла дневник ревизије</translation>
        </message>
        <message>
            <source>verified the audit log</source>
            <translation>проверио/ла дневник ревизије</translation>
        </message>
        <message>
            <source>wrote an export package</source>
            <translation>уписао/ла пакет за извоз</translation>
        </message>
        <message>
            <source>imported a receipt</source>
            <translation>увезао/ла потврду пријема</translation>
        </message>
        <message>
            <source>wrote a receipt</source>
            <translation>уписао/ла потврду пријема</translation>
        </message>
        <message>
            <source>imported a reference bundle</source>
            <translation>увезао/ла референтни пакет</translation>
        </message>
        <message>
            <source>wrote a reference bundle</source>
            <translation>уписао/ла референтни пакет</translation>
        </message>
        <message>
            <source>imported an export package</source>
            <translation>увезао/ла пакет за извоз</translation>
        </message>
        <message>
            <source>refused a package</source>
            <translation>одбио/ла пакет</translation>
        </message>
        <message>
            <source>could not import a package</source>
            <translation>није могао/ла да увезе пакет</translation>
        </message>
        <message>
            <source>trusted the central office certificate</source>
            <translation>прогласио/ла сертификат централе поузданим</translation>
        </message>
        <message>
            <source>created the central office keys</source>
            <translation>направио/ла кључеве централе</translation>
        </message>
        <message>
            <source>wrote the central office certificate</source>
            <translation>уписао/ла сертификат централе</translation>
        </message>
        <message>
            <source>set who receives the central backups</source>
            <translation>одредио/ла ко прима резервне копије централе</translation>
        </message>
        <message>
            <source>enrolled a workstation</source>
            <translation>уписао/ла радну станицу</translation>
        </message>
        <message>
            <source>resolved a sync conflict</source>
            <translation>решио/ла сукоб синхронизације</translation>
        </message>
        <message>
            <source>looked at a sync conflict</source>
            <translation>прегледао/ла сукоб синхронизације</translation>
        </message>
        <message>
            <source>looked at prisoners of every establishment</source>
            <translation>прегледао/ла осуђена лица свих установа</translation>
        </message>
        <message>
            <source>generated demonstration data</source>
            <translation>генерисао/ла демонстрационе податке</translation>
        </message>
        <message>
            <source>granted access to a whole establishment</source>
            <translation>дао/ла приступ целој установи</translation>
        </message>
        <message>
            <source>withdrew access to a whole establishment</source>
            <translation>повукао/ла приступ целој установи</translation>
        </message>
        <message>
            <source>found the audit log cut short or altered</source>
            <translation>открио/ла да је дневник ревизије скраћен или измењен</translation>
        </message>
        <message>
            <source>deleted backups that removed accounts could open</source>
            <translation>избрисао/ла резервне копије које су уклоњени налози могли да отворе</translation>
        </message>
        <message>
            <source>looked at the dashboard</source>
            <translation>прегледао/ла почетну страну</translation>
        </message>
        <message>
            <source>made a release handover for the probation service</source>
            <translation>направио/ла примопредају при отпусту за повереничку службу</translation>
        </message>
        <message>
            <source>looked at suggested links between files</source>
            <translation>прегледао/ла предложене везе између досијеа</translation>
        </message>
        <message>
            <source>read an observation's earlier versions</source>
            <translation>прочитао/ла раније верзије запажања</translation>
        </message>
        <message>
            <source>read an observation</source>
            <translation>прочитао/ла запажање</translation>
        </message>
        <message>
            <source>listed observations</source>
            <translation>излистао/ла запажања</translation>
        </message>
        <message>
            <source>referred a prisoner to a programme</source>
            <translation>упутио/ла осуђено лице на програм</translation>
        </message>
        <message>
            <source>changed a programme referral</source>
            <translation>изменио/ла упућивање на програм</translation>
        </message>
        <message>
            <source>looked at the observations waiting for review</source>
            <translation>прегледао/ла запажања која чекају проверу</translation>
        </message>
        <message>
            <source>searched the records</source>
            <translation>претражио/ла записе</translation>
        </message>
        <message>
            <source>linked two files as the same person</source>
            <translation>повезао/ла два досијеа као исто лице</translation>
        </message>
        <message>
            <source>decided two files are different people</source>
            <translation>одлучио/ла да се два досијеа односе на различита лица</translation>
        </message>
        <message>
            <source>undid a link between two files</source>
            <translation>поништио/ла везу између два досијеа</translation>
        </message>
        <message>
            <source>looked for possible duplicates of a new prisoner</source>
            <translation>потражио/ла могуће дупликате новог осуђеног лица</translation>
        </message>
        <message>
            <source>listed prisoners</source>
            <translation>излистао/ла осуђена лица</translation>
        </message>
        <message>
            <source>searched for prisoners</source>
            <translation>потражио/ла осуђена лица</translation>
        </message>
        <message>
            <source>completed a training exercise</source>
            <translation>завршио/ла вежбу обуке</translation>
        </message>
        <message>
            <source>started a training exercise</source>
            <translation>започео/ла вежбу обуке</translation>
        </message>
        <message>
            <source>prepared a practice database</source>
            <translation>припремио/ла базу за вежбу</translation>
        </message>
        <message>
            <source>issued a transfer bundle to another establishment</source>
            <translation>издао/ла пакет премештаја за другу установу</translation>
        </message>
        <message>
            <source>created the key for transfers</source>
            <translation>направио/ла кључ за премештаје</translation>
        </message>
        <message>
            <source>took in a prisoner from another establishment</source>
            <translation>примио/ла осуђено лице из друге установе</translation>
        </message>
        <message>
            <source>recorded a prisoner's transfer</source>
            <translation>евидентирао/ла премештај осуђеног лица</translation>
        </message>
        <message>
            <source>started disabling an account</source>
            <translation>започео/ла онемогућавање налога</translation>
        </message>
        <message>
            <source>started removing an account</source>
            <translation>започео/ла уклањање налога</translation>
        </message>
        <message>
            <source>prisoner</source>
            <extracomment>The kinds of object an entry names ("prisoner 01JD…").</extracomment>
            <translation>осуђено лице</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>запажање</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>контролна листа</translation>
        </message>
        <message>
            <source>account</source>
            <translation>налог</translation>
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
            <translation>шаблон контролне листе</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>подешавања</translation>
        </message>
        <message>
            <source>database</source>
            <translation>база података</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>резервна копија</translation>
        </message>
        <message>
            <source>reference bundle</source>
            <translation>референтни пакет</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>потврда пријема</translation>
        </message>
        <message>
            <source>central office keys</source>
            <translation>кључеви централе</translation>
        </message>
        <message>
            <source>file</source>
            <translation>датотека</translation>
        </message>
        <message>
            <source>prisoners</source>
            <translation>осуђена лица</translation>
        </message>
        <message>
            <source>observations</source>
            <translation>запажања</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>радна станица</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>полазник/ца</translation>
        </message>
        <message>
            <source>training exercise</source>
            <translation>вежба обуке</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>not a whole number: %1</source>
            <translation>није цео број: %1</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>мора бити између %1 и %2</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): %1</source>
            <translation>није датум (ГГГГ-ММ-ДД): %1</translation>
        </message>
        <message>
            <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
            <translation>није датум ни време (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТСС:ММ): %1</translation>
        </message>
        <message>
            <source>note: %1 (%2)</source>
            <translation>напомена: %1 (%2)</translation>
        </message>
        <message>
            <source>Imported: %1 version %2</source>
            <translation>Увезено: %1, верзија %2</translation>
        </message>
        <message>
            <source>Already stored: %1 version %2</source>
            <translation>Већ сачувано: %1, верзија %2</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активан</translation>
        </message>
        <message>
            <source>stored, not active</source>
            <translation>сачуван, није активан</translation>
        </message>
        <message>
            <source>Never indicators:</source>
            <translation>Никада нису показатељи:</translation>
        </message>
        <message>
            <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
            <translation>%1 в%2 — попуњавање %3 в%4 (%5, аутор: %6)</translation>
        </message>
        <message>
            <source>Observation record — not a risk assessment.</source>
            <translation>Запис запажања — није процена ризика.</translation>
        </message>
        <message>
            <source>domain  observed  not observed  unknown  unanswered</source>
            <translation>област  уочено  није уочено  непознато  без одговора</translation>
        </message>
        <message>
            <source>Summary: %1</source>
            <translation>Резиме: %1</translation>
        </message>
        <message>
            <source>Next review: %1</source>
            <translation>Следећа провера: %1</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>Сачувано %1.</translation>
        </message>
        <message>
            <source>Completed.</source>
            <translation>Завршено.</translation>
        </message>
        <message>
            <source>Amended: version %1.</source>
            <translation>Исправљено: верзија %1.</translation>
        </message>
        <message>
            <source>No checklist runs.</source>
            <translation>Нема попуњених контролних листа.</translation>
        </message>
        <message>
            <source>%1  %2 answered  %3</source>
            <translation>%1  одговора: %2  %3</translation>
        </message>
        <message>
            <source>No drafts.</source>
            <translation>Нема нацрта.</translation>
        </message>
        <message>
            <source>Draft discarded.</source>
            <translation>Нацрт је одбачен.</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>не може да се прочита %1: %2</translation>
        </message>
        <message>
            <source>%1 is UTF-16 text; save it as UTF-8</source>
            <translation>%1 је UTF-16 текст; сачувајте га као UTF-8</translation>
        </message>
        <message>
            <source>%1 is not a text file</source>
            <translation>%1 није текстуална датотека</translation>
        </message>
        <message>
            <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
            <translation>%1 није UTF-8 текст (бајт %2 не може да се прочита); сачувајте га као UTF-8</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>стандардни улаз</translation>
        </message>
        <message>
            <source>the first line of %1 is too long for a password</source>
            <translation>први ред %1 је предугачак за лозинку</translation>
        </message>
        <message>
            <source>the first line of %1 holds control characters</source>
            <translation>први ред %1 садржи контролне знакове</translation>
        </message>
        <message>
            <source>%1 is too long for the %2 (at most %3 bytes)</source>
            <translation>%1 је предугачко за: %2 (највише %3 бајтова)</translation>
        </message>
        <message>
            <source>no terminal to ask for the password: use --password-file</source>
            <translation>нема терминала за унос лозинке: користите --password-file</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>Лозинка: </translation>
        </message>
        <message>
            <source>no terminal to ask for the new password: use %1</source>
            <translation>нема терминала за унос нове лозинке: користите %1</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>Нова лозинка</translation>
        </message>
        <message>
            <source>%1 again: </source>
            <translation>%1 поново: </translation>
        </message>
        <message>
            <source>no user given: use --user</source>
            <translation>корисник није наведен: користите --user</translation>
        </message>
        <message>
            <source>Username: </source>
            <translation>Корисничко име: </translation>
        </message>
        <message>
            <source>note: %1 failed login attempts since your last login</source>
            <translation>напомена: неуспели покушаји пријаве од ваше последње пријаве: %1</translation>
        </message>
        <message>
            <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
            <translation>упозорење: датотека vault.anchor, која штити дневник ревизије од скраћивања, недостаје, оштећена је или је старија копија (забележено у дневнику; обавестите администратора и ревизора)</translation>
        </message>
        <message>
            <source>warning: audit log: %1 (recorded in the log)</source>
            <translation>упозорење: дневник ревизије: %1 (забележено у дневнику)</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>напомена: %1</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such: %1</source>
            <comment>; </comment>
            <translation>Ово НИСУ показатељи и никада не смеју да се означе као такви: %1</translation>
        </message>
        <message>
            <source>%1 Add --yes to confirm without a terminal.</source>
            <translation>%1 Додајте --yes да бисте потврдили без терминала.</translation>
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
            <translation>Шаблон контролне листе није исправан: %1</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>прекинуто</translation>
        </message>
        <message>
            <source>the vault's database cannot be used (%1); `radprev doctor` says more</source>
            <translation>база података трезора не може да се користи (%1); више каже `radprev doctor`</translation>
        </message>
        <message>
            <source>; a crash report was written to %1</source>
            <translation>; извештај о паду је уписан у %1</translation>
        </message>
        <message>
            <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
            <translation>интерна грешка (%1)%2. Поново покрените команду са --debug да бисте видели детаље.</translation>
        </message>
        <message>
            <source>%1%2 (see %3 --help)</source>
            <translation>%1%2 (види %3 --help)</translation>
        </message>
        <message>
            <source>a command is needed (see radprev --help)</source>
            <translation>потребна је команда (види radprev --help)</translation>
        </message>
        <message>
            <source>argument %1 is not valid UTF-8 text</source>
            <translation>аргумент %1 није исправан UTF-8 текст</translation>
        </message>
        <message>
            <source>radprev: %1</source>
            <translation>radprev: %1</translation>
        </message>
        <message>
            <source>note: %1 prisoner(s) with a similar name are already recorded</source>
            <translation>напомена: већ су евидентирана осуђена лица са сличним именом: %1</translation>
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
            <translation>ОДЕЉ.</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>СТАТУС</translation>
        </message>
        <message>
            <source>REVIEW DUE</source>
            <translation>ПРОВЕРА ДО</translation>
        </message>
        <message>
            <source>(restricted)</source>
            <translation>(ограничено)</translation>
        </message>
        <message>
            <source>(%1 in all)</source>
            <translation>(укупно: %1)</translation>
        </message>
        <message>
            <source>no similar prisoner recorded</source>
            <translation>није евидентирано слично осуђено лице</translation>
        </message>
        <message>
            <source>%1  (%2, born %3)</source>
            <translation>%1  (%2, година рођења %3)</translation>
        </message>
        <message>
            <source>unit %1 cell %2, %3, review due %4</source>
            <translation>одељење %1, ћелија %2, %3, провера до %4</translation>
        </message>
        <message>
            <source>, RESTRICTED</source>
            <translation>, ОГРАНИЧЕНО</translation>
        </message>
        <message>
            <source>Observations: %1</source>
            <translation>Запажања: %1</translation>
        </message>
        <message>
            <source>- %1 [%2, %3, v%4, grade %5] %6</source>
            <translation>- %1 [%2, %3, в%4, оцена %5] %6</translation>
        </message>
        <message>
            <source>Rectification, disputes and restriction: %1</source>
            <translation>Исправке, оспоравања и ограничење: %1</translation>
        </message>
        <message>
            <source>- %1 %2 (%3): %4 %5</source>
            <translation>- %1 %2 (%3): %4 %5</translation>
        </message>
        <message>
            <source>Processing of %1 is restricted.</source>
            <translation>Обрада досијеа %1 је ограничена.</translation>
        </message>
        <message>
            <source>The restriction of %1 is lifted.</source>
            <translation>Ограничење досијеа %1 је укинуто.</translation>
        </message>
        <message>
            <source>Recorded as %1 (%2).</source>
            <translation>Забележено као %1 (%2).</translation>
        </message>
        <message>
            <source>Decided: %1.</source>
            <translation>Одлучено: %1.</translation>
        </message>
        <message>
            <source>%1
%2  (pages: %3, document %4)</source>
            <translation>%1
%2  (страна: %3, документ %4)</translation>
        </message>
        <message>
            <source>only one of --facts-file and --assessment-file can be '-'</source>
            <translation>само једно од --facts-file и --assessment-file може бити '-'</translation>
        </message>
        <message>
            <source>standard input cannot hold both the password and a text</source>
            <translation>стандардни улаз не може да садржи и лозинку и текст</translation>
        </message>
        <message>
            <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
            <translation>НЕОДЛОЖНО: пријавите одмах лично или телефоном; не чекајте извоз.</translation>
        </message>
        <message>
            <source>nothing found</source>
            <translation>ништа није пронађено</translation>
        </message>
        <message>
            <source>%1: classification %2</source>
            <translation>%1: степен тајности %2</translation>
        </message>
        <message>
            <source>(next review %1)</source>
            <translation>(следећа провера %1)</translation>
        </message>
        <message>
            <source>%1 rejected report(s) rejected before %2 would be erased.</source>
            <translation>Одбијених извештаја одбијених пре %2 који би били обрисани: %1.</translation>
        </message>
        <message>
            <source>%1 rejected report(s) rejected before %2 erased.</source>
            <translation>Обрисани одбијени извештаји (одбијени пре %2): %1.</translation>
        </message>
        <message>
            <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
            <translation>Осуђена лица: %1, запажања: %2 (верзија: %3), провере: %4.</translation>
        </message>
        <message>
            <source>Demo accounts (for demonstrations only):</source>
            <translation>Демо налози (само за демонстрације):</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name for the PDF</source>
            <translation>%1 је фасцикла: наведите име датотеке за PDF</translation>
        </message>
        <message>
            <source>%1  (pages: %2, document %3)</source>
            <translation>%1  (страна: %2, документ %3)</translation>
        </message>
        <message>
            <source>text, 1–%1 characters</source>
            <translation>текст, 1–%1 знакова</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 или %2</translation>
        </message>
        <message>
            <source>names separated by ;, lowest first</source>
            <translation>називи раздвојени знаком ;, од најнижег</translation>
        </message>
        <message>
            <source>%1: %2–%3 each</source>
            <translation>%1: сваки %2–%3</translation>
        </message>
        <message>
            <source>arrives with reference bundles</source>
            <translation>стиже у референтним пакетима</translation>
        </message>
        <message>
            <source>default %1; allowed: %2</source>
            <translation>подразумевано %1; дозвољено: %2</translation>
        </message>
        <message>
            <source>%1 arrives with reference bundles; it is not set by hand</source>
            <translation>%1 стиже у референтним пакетима; не подешава се ручно</translation>
        </message>
        <message>
            <source>%1 takes PART=NUMBER pairs, not %2</source>
            <translation>%1 прима парове ДЕО=БРОЈ, а не %2</translation>
        </message>
        <message>
            <source>%1 takes one value</source>
            <translation>%1 прима једну вредност</translation>
        </message>
        <message>
            <source>no</source>
            <translation>не</translation>
        </message>
        <message>
            <source>(each part's default)</source>
            <translation>(подразумевано за сваки део)</translation>
        </message>
        <message>
            <source>Certificate written to %1
Fingerprint: %2</source>
            <translation>Сертификат је уписан у %1
Отисак: %2</translation>
        </message>
        <message>
            <source>Central office %1 trusted (fingerprint %2).</source>
            <translation>Централа %1 је проглашена поузданом (отисак %2).</translation>
        </message>
        <message>
            <source>Workstation %1/%2 enrolled.</source>
            <translation>Радна станица %1/%2 је уписана.</translation>
        </message>
        <message>
            <source>No workstation is enrolled yet.</source>
            <translation>Ниједна радна станица још није уписана.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
            <translation>последњи пакет %1  недостаје %2  у карантину %3  сукоби %4  неуспели увози %5  отисак %6</translation>
        </message>
        <message>
            <source>note: more changes are waiting; run export again</source>
            <translation>напомена: чека још промена; поново покрените извоз</translation>
        </message>
        <message>
            <source>no such file: %1</source>
            <translation>нема такве датотеке: %1</translation>
        </message>
        <message>
            <source>no package files found</source>
            <translation>нису пронађене датотеке пакета</translation>
        </message>
        <message>
            <source>radprev: %1: %2</source>
            <translation>radprev: %1: %2</translation>
        </message>
        <message>
            <source>radprev: %1: rejected: %2</source>
            <translation>radprev: %1: одбијено: %2</translation>
        </message>
        <message>
            <source>radprev: %1: import FAILED: %2</source>
            <translation>radprev: %1: увоз НИЈЕ УСПЕО: %2</translation>
        </message>
        <message>
            <source>Workstation %1/%2: packages missing %3.</source>
            <translation>Радна станица %1/%2: недостају пакети %3.</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Ништа није увезено.</translation>
        </message>
        <message>
            <source>%1 packages, last %2, missing %3</source>
            <translation>пакета: %1, последњи %2, недостаје %3</translation>
        </message>
        <message>
            <source>Central office trusted: %1</source>
            <translation>Централа је поуздана: %1</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>НЕ</translation>
        </message>
        <message>
            <source>Last export: %1 (package %2)</source>
            <translation>Последњи извоз: %1 (пакет %2)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>никад</translation>
        </message>
        <message>
            <source>Next export due: %1</source>
            <translation>Следећи извоз до: %1</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>КАСНИ</translation>
        </message>
        <message>
            <source>Changes waiting: %1</source>
            <translation>Промене на чекању: %1</translation>
        </message>
        <message>
            <source>Awaiting receipt: %1</source>
            <comment>, </comment>
            <translation>Чека потврду пријема: %1</translation>
        </message>
        <message>
            <source>(overdue: %1)</source>
            <comment>, </comment>
            <translation>(касне: %1)</translation>
        </message>
        <message>
            <source>central certificate</source>
            <translation>сертификат централе</translation>
        </message>
        <message>
            <source>workstation signing key</source>
            <translation>кључ за потписивање радне станице</translation>
        </message>
        <message>
            <source>package %1 line %2</source>
            <translation>пакет %1 ред %2</translation>
        </message>
        <message>
            <source>Nothing is in quarantine.</source>
            <translation>Ништа није у карантину.</translation>
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
            <translation>Нема сукоба.</translation>
        </message>
        <message>
            <source>--database is for --mode central only (workstations keep a vault file)</source>
            <translation>--database је само за --mode централ (радне станице имају датотеку трезора)</translation>
        </message>
        <message>
            <source>a central office has no units: leave out --unit</source>
            <translation>централа нема јединице: изоставите --unit</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>Лозинка администратора</translation>
        </message>
        <message>
            <source>Central store created on %1</source>
            <translation>Централно складиште је направљено на %1</translation>
        </message>
        <message>
            <source>Settings (no password) in %1; use --vault %1 with every command.</source>
            <translation>Подешавања (без лозинке) су у %1; користите --vault %1 уз сваку команду.</translation>
        </message>
        <message>
            <source>a central store backup needs --identity-file and --into SETTINGS</source>
            <translation>резервна копија централног складишта захтева --identity-file и --into SETTINGS</translation>
        </message>
        <message>
            <source>Backup %1 restored into %2; point central.json at it.</source>
            <translation>Резервна копија %1 је враћена у %2; усмерите central.json на њу.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Обука</translation>
        </message>
        <message>
            <source>Training wing</source>
            <translation>Павиљон за обуку</translation>
        </message>
        <message>
            <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
            <translation>База за обуку је направљена у %1
Полазнике (улога оффицер) и инструктора (улога траинер) додајте командом
  %2
Код за опоравак базе за обуку:

    %3
</translation>
        </message>
        <message>
            <source>Prisoner: %1, %2 — prison number %3</source>
            <translation>Осуђено лице: %1, %2 — матични број %3</translation>
        </message>
        <message>
            <source>Record your observation as you would on duty, then ask for feedback:</source>
            <translation>Забележите своје запажање као на дужности, а затим затражите повратну информацију:</translation>
        </message>
        <message>
            <source>you have no open exercise: start one with `radprev training start`</source>
            <translation>немате отворену вежбу: започните је командом `radprev training start`</translation>
        </message>
        <message>
            <source>Vault created in %1</source>
            <translation>Трезор је направљен у %1</translation>
        </message>
        <message>
            <source>Recovery code (shown once; print it and keep it in the safe):</source>
            <translation>Код за опоравак (приказује се једном; одштампајте га и чувајте у сефу):</translation>
        </message>
        <message>
            <source>Password for %1</source>
            <translation>Лозинка за %1</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>Додат је %1 (%2).</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>КОРИСНИК</translation>
        </message>
        <message>
            <source>ROLES</source>
            <translation>УЛОГЕ</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>СТАЊЕ</translation>
        </message>
        <message>
            <source>UNITS</source>
            <translation>ОДЕЉЕЊА</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>онемогућен</translation>
        </message>
        <message>
            <source>, must change password</source>
            <translation>, мора да промени лозинку</translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>Тренутна лозинка: </translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Лозинка је промењена.</translation>
        </message>
        <message>
            <source>Temporary password for %1</source>
            <translation>Привремена лозинка за %1</translation>
        </message>
        <message>
            <source>Password of %1 reset; it must be changed at the next login.</source>
            <translation>Лозинка за %1 је ресетована; мора да се промени при следећој пријави.</translation>
        </message>
        <message>
            <source>%1 disabled.</source>
            <translation>%1 је онемогућен.</translation>
        </message>
        <message>
            <source>%1 enabled; the new password must be changed at the next login.</source>
            <translation>%1 је омогућен; нова лозинка мора да се промени при следећој пријави.</translation>
        </message>
        <message>
            <source>%1 removed; the vault was rekeyed.</source>
            <translation>%1 је уклоњен; кључ трезора је промењен.</translation>
        </message>
        <message>
            <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
            <translation>%1 уклоњен; његова лозинка више ништа не отвара, а његове отворене сесије су прекинуте.</translation>
        </message>
        <message>
            <source>Recovery code: </source>
            <translation>Код за опоравак: </translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>Нова лозинка за %1</translation>
        </message>
        <message>
            <source>New password set for %1.</source>
            <translation>Постављена је нова лозинка за %1.</translation>
        </message>
        <message>
            <source>The vault has a new key; every key slot was rewrapped.</source>
            <translation>Трезор има нови кључ; сва места за кључеве су поново заштићена.</translation>
        </message>
        <message>
            <source>Audit log intact: %1 entries.</source>
            <translation>Дневник ревизије је неоштећен: уноса %1.</translation>
        </message>
        <message>
            <source>Audit log BROKEN at entry %1: %2</source>
            <translation>Дневник ревизије је ПРЕКИНУТ код уноса %1: %2</translation>
        </message>
        <message>
            <source>radprev: audit chain broken at entry %1: %2</source>
            <translation>radprev: ланац ревизије је прекинут код уноса %1: %2</translation>
        </message>
        <message>
            <source>%1 audit entries written to %2.</source>
            <translation>Уноса ревизије уписаних у %2: %1.</translation>
        </message>
        <message>
            <source>--to must be a folder; %1 is not one</source>
            <translation>--to мора бити фасцикла; %1 то није</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>Резервна копија је уписана у %1</translation>
        </message>
        <message>
            <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
            <translation>Заменити трезор у %1 резервном копијом %2? Њеном дневнику ревизије недостаје непознат број уноса које трезор има (остају у замењеној копији).</translation>
        </message>
        <message>
            <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
            <translation>Заменити трезор у %1 резервном копијом %2? Њеном дневнику ревизије недостаје уноса које трезор има: %3 (остају у замењеној копији).</translation>
        </message>
        <message>
            <source>radprev: restore cancelled; nothing was changed</source>
            <translation>radprev: враћање је отказано; ништа није промењено</translation>
        </message>
        <message>
            <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
            <translation>Трезор је враћен из %1; замењени трезор је сачуван у %2. Дневник ревизије је изгубио уносе (%3); враћање је у њему забележено са тим бројем.</translation>
        </message>
        <message>
            <source>give --unit (repeat for several) or --none</source>
            <translation>наведите --unit (поновите за више одељења) или --none</translation>
        </message>
        <message>
            <source>--unit and --none cannot be used together</source>
            <translation>--unit и --none не могу се користити заједно</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>Лозинке се не подударају.</translation>
        </message>
        <message>
            <source>Observations need at least one subject.</source>
            <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
            <translation>Запажања захтевају најмање једно осуђено лице.</translation>
        </message>
        <message>
            <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
            <translation>Изаберите 0–1.000.000 осуђених лица и 0–20.000.000 запажања.</translation>
        </message>
        <message>
            <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
            <translation>Запис се односи на: %1 установе %2, али је пакет потписала радна станица установе %3: радна станица сме да шаље само записе своје установе, па запис није примењен.</translation>
        </message>
        <message>
            <source>the file of a prisoner</source>
            <translation>досије осуђеног лица</translation>
        </message>
        <message>
            <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
            <translation>Осуђено лице је премештено из %1 у %2: досије сада води (мења, проверава, брише) %2, па је ова измена из %1 остављена по страни, није примењена.</translation>
        </message>
        <message>
            <source>This record was made at %1 and arrived with the prisoner's file: it is history here and is not corrected or reviewed here.</source>
            <translation>Овај запис је направљен у %1 и стигао је са досијеом осуђеног лица: овде је историја и овде се не исправља нити проверава.</translation>
        </message>
        <message>
            <source>The checklist template is not valid: %1</source>
            <translation>Шаблон контролне листе није исправан: %1</translation>
        </message>
        <message>
            <source>The training material is not valid: %1</source>
            <translation>Материјал за обуку није исправан: %1</translation>
        </message>
        <message>
            <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
            <translation>Да ли је ово потребно за опис понашања? (%1) Потврдите да бисте задржали речи како су написане.</translation>
        </message>
        <message>
            <source>The disk is full: %1 could not be written. Nothing was changed.</source>
            <translation>Диск је пун: %1 није могло да се упише. Ништа није промењено.</translation>
        </message>
        <message>
            <source>No permission to write %1 in %2. Nothing was changed.</source>
            <translation>Нема дозволе за упис %1 у %2. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Nothing was changed.</source>
            <translation>Фасцикла %1 не постоји. Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is not a folder. Nothing was changed.</source>
            <translation>%1 није фасцикла. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
            <translation>Фасцикла за %1 више не постоји (да ли је USB меморија извађена?). Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file. Nothing was changed.</source>
            <translation>%1 је фасцикла, а не датотека. Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Nothing was changed.</source>
            <translation>%1 није могло да се упише (%2). Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
            <translation>%1 је фасцикла; уписати се може само обична датотека. Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
            <translation>%1 је веза (линк); уписати се може само обична датотека. Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
            <translation>%1 није датотека; уписати се може само обична датотека. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The translation file %1 is missing. Reinstall the application.</source>
            <translation>Недостаје датотека превода %1. Поново инсталирајте апликацију.</translation>
        </message>
        <message>
            <source>The translation file %1 is damaged. Reinstall the application.</source>
            <translation>Датотека превода %1 је оштећена. Поново инсталирајте апликацију.</translation>
        </message>
        <message>
            <source>There is no language %1. Available: %2.</source>
            <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators' lands never touch the same lines). Hidden languages accepted on request (tests, translators' previews).</extracomment>
            <translation>Не постоји језик %1. Доступни: %2.</translation>
        </message>
        <message>
            <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
            <translation>Превод на језик %1 још није потпун, па не може да се користи. Доступни: %2.</translation>
        </message>
        <message>
            <source>This is done at a workstation: the central office's prisoners and records come from the workstations' packages.</source>
            <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations' packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner's data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
            <translation>То се ради на радној станици: осуђена лица и записи централе долазе из пакета радних станица.</translation>
        </message>
        <message>
            <source>This needs the %1 role.</source>
            <translation>За ово је потребна улога: %1.</translation>
        </message>
        <message>
            <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
            <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person's request. The grant code that reaches every establishment (central office only).</extracomment>
            <translation>У одељењима у којима радите нема таквог осуђеног лица. Ако вам је потребан овај досије, замолите администратора да вам додели то одељење.</translation>
        </message>
        <message>
            <source>%1 must be %2.</source>
            <translation>%1 мора бити типа %2.</translation>
        </message>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>%1 има више од %2 знакова.</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 је празно.</translation>
        </message>
        <message>
            <source>%1 is shorter than %2 characters.</source>
            <translation>%1 има мање од %2 знакова.</translation>
        </message>
        <message>
            <source>%1 has more than %2 entries.</source>
            <translation>%1 има више од %2 ставки.</translation>
        </message>
        <message>
            <source>%1 is below %2.</source>
            <translation>%1 је мање од %2.</translation>
        </message>
        <message>
            <source>%1 is above %2.</source>
            <translation>%1 је веће од %2.</translation>
        </message>
        <message>
            <source>%1 is not one of %2.</source>
            <translation>%1 није једна од вредности: %2.</translation>
        </message>
        <message>
            <source>%1 does not have the expected form.</source>
            <translation>%1 нема очекивани облик.</translation>
        </message>
        <message>
            <source>%1 does not have the required value.</source>
            <translation>%1 нема захтевану вредност.</translation>
        </message>
        <message>
            <source>%1 has fields that are not allowed.</source>
            <translation>%1 садржи поља која нису дозвољена.</translation>
        </message>
        <message>
            <source>%1 is missing.</source>
            <translation>Недостаје: %1.</translation>
        </message>
        <message>
            <source>%1 breaks the rule %2.</source>
            <translation>%1 крши правило %2.</translation>
        </message>
        <message>
            <source>%1: the record does not match its schema.</source>
            <translation>%1: запис не одговара својој шеми.</translation>
        </message>
        <message>
            <source>the file is too large for a checklist template</source>
            <translation>датотека је превелика за шаблон контролне листе</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>не може да се прочита (%1)</translation>
        </message>
        <message>
            <source>is not a JSON file</source>
            <translation>није JSON датотека</translation>
        </message>
        <message>
            <source>is not a checklist template</source>
            <translation>није шаблон контролне листе</translation>
        </message>
        <message>
            <source>the template has no domains to print</source>
            <translation>шаблон нема области за штампање</translation>
        </message>
        <message>
            <source>Give the reason for this report.</source>
            <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person's own request (LED Art. 14).</extracomment>
            <translation>Наведите разлог за овај извештај.</translation>
        </message>
        <message>
            <source>The reason is too long.</source>
            <translation>Разлог је предугачак.</translation>
        </message>
        <message>
            <source>Unknown report action: %1.</source>
            <translation>Непозната радња извештаја: %1.</translation>
        </message>
        <message>
            <source>The reason is too long (200 characters at most).</source>
            <translation>Разлог је предугачак (највише 200 знакова).</translation>
        </message>
        <message>
            <source>The recipient is too long (200 characters at most).</source>
            <translation>Прималац је предугачак (највише 200 знакова).</translation>
        </message>
        <message>
            <source>Say who the report is for (recipient).</source>
            <translation>Наведите коме је извештај намењен (прималац).</translation>
        </message>
        <message>
            <source>The reason and the recipient are 200 characters at most.</source>
            <translation>Разлог и прималац могу имати највише 200 знакова.</translation>
        </message>
        <message>
            <source>A key fingerprint must be hexadecimal digits.</source>
            <translation>Отисак кључа мора да се састоји од хексадецималних цифара.</translation>
        </message>
        <message>
            <source>The vault has no signing key.</source>
            <translation>Трезор нема кључ за потписивање.</translation>
        </message>
        <message>
            <source>The vault's signing key is damaged.</source>
            <translation>Кључ за потписивање трезора је оштећен.</translation>
        </message>
        <message>
            <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
            <translation>Извештај није могао да се сложи (ставка је превелика за страну). PDF није направљен.</translation>
        </message>
        <message>
            <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
            <translation>То није код за опоравак (8 група од по 5 слова и цифара).</translation>
        </message>
        <message>
            <source>A release handover is made together with its package: use Release handover in the prisoner's file, or `radprev handover`.</source>
            <translation>Предаја при отпусту прави се заједно са својим пакетом: користите Предају при отпусту у досијеу осуђеног лица или `radprev handover`.</translation>
        </message>
        <message>
            <source>Give the recovery code.</source>
            <translation>Унесите код за опоравак.</translation>
        </message>
        <message>
            <source>Choose an observation.</source>
            <translation>Изаберите запажање.</translation>
        </message>
        <message>
            <source>Choose a prisoner.</source>
            <translation>Изаберите осуђено лице.</translation>
        </message>
        <message>
            <source>Give the first day of the period.</source>
            <translation>Унесите први дан периода.</translation>
        </message>
        <message>
            <source>Give the last day of the period.</source>
            <translation>Унесите последњи дан периода.</translation>
        </message>
        <message>
            <source>Choose an establishment.</source>
            <translation>Изаберите установу.</translation>
        </message>
        <message>
            <source>Choose the question.</source>
            <translation>Изаберите питање.</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY-MM-DD).</source>
            <extracomment>Statuses of an observation version the office reports on.</extracomment>
            <translation>%1 није датум (ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <source>You do not work in unit %1: choose one of your units.</source>
            <translation>Не радите у одељењу %1: изаберите једно од својих одељења.</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>Период се завршава пре него што почиње.</translation>
        </message>
        <message>
            <source>There is no unit %1 in this establishment.</source>
            <translation>У овој установи не постоји одељење %1.</translation>
        </message>
        <message>
            <source>You cannot remove your own account.</source>
            <translation>Не можете да уклоните сопствени налог.</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>Не можете да онемогућите сопствени налог.</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>Не постоји налог под именом %1.</translation>
        </message>
        <message>
            <source>The account %1 is not disabled.</source>
            <translation>Налог %1 није онемогућен.</translation>
        </message>
        <message>
            <source>The %1 must be text.</source>
            <extracomment>The sensitive-term questions answered "necessary" when the run was sealed.</extracomment>
            <translation>Поље „%1“ мора бити текст.</translation>
        </message>
        <message>
            <source>The %1 is longer than %2 characters.</source>
            <translation>Поље „%1“ има више од %2 знакова.</translation>
        </message>
        <message>
            <source>The %1 contains a character that is not allowed.</source>
            <translation>Поље „%1“ садржи знак који није дозвољен.</translation>
        </message>
        <message>
            <source>The %1 must be a date like 2026-11-25.</source>
            <translation>Поље „%1“ мора бити датум, нпр. 2026-11-25.</translation>
        </message>
        <message>
            <source>date of the example for item %1</source>
            <translation>датум примера за ставку %1</translation>
        </message>
        <message>
            <source>The date of the example for item %1 is in the future.</source>
            <translation>Датум примера за ставку %1 је у будућности.</translation>
        </message>
        <message>
            <source>The date of the example for item %1 is too far back.</source>
            <translation>Датум примера за ставку %1 је превише далеко у прошлости.</translation>
        </message>
        <message>
            <source>Set the date of the next review.</source>
            <translation>Поставите датум следеће провере.</translation>
        </message>
        <message>
            <source>next review date</source>
            <translation>датум следеће провере</translation>
        </message>
        <message>
            <source>The next review date cannot be in the past.</source>
            <translation>Датум следеће провере не може бити у прошлости.</translation>
        </message>
        <message>
            <source>The next review date is more than three years ahead.</source>
            <translation>Датум следеће провере је више од три године унапред.</translation>
        </message>
        <message>
            <source>Item %1 is not part of checklist %2 version %3.</source>
            <translation>Ставка %1 није део контролне листе %2, верзија %3.</translation>
        </message>
        <message>
            <source>The answer for item %1 must be observed, not observed or unknown.</source>
            <translation>Одговор за ставку %1 мора бити: уочено, није уочено или непознато.</translation>
        </message>
        <message>
            <source>example for item %1</source>
            <translation>пример за ставку %1</translation>
        </message>
        <message>
            <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
            <translation>Ставка %1: пример и његов датум бележе се само када је ставка означена као уочена.</translation>
        </message>
        <message>
            <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
            <translation>Ставка %1 је означена као уочена: опишите конкретан пример онога што је виђено или чуто.</translation>
        </message>
        <message>
            <source>Item %1 is marked observed: give the date of the example.</source>
            <translation>Ставка %1 је означена као уочена: наведите датум примера.</translation>
        </message>
        <message>
            <source>An answer must be an AnswerInput.</source>
            <translation>Одговор мора бити типа AnswerInput.</translation>
        </message>
        <message>
            <source>Item %1 is answered twice.</source>
            <translation>На ставку %1 одговорено је два пута.</translation>
        </message>
        <message>
            <source>other explanations</source>
            <translation>друга објашњења</translation>
        </message>
        <message>
            <source>context notes</source>
            <translation>белешке о контексту</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>резиме</translation>
        </message>
        <message>
            <source>Protective factors are marked both observed and 'none observed'.</source>
            <translation>Заштитни фактори су означени и као уочени и као „ниједан није уочен“.</translation>
        </message>
        <message>
            <source>Protective factors are a required section: mark at least one as observed, or answer 'none observed'.</source>
            <translation>Заштитни фактори су обавезан одељак: означите бар један као уочен или одговорите „ниједан није уочен“.</translation>
        </message>
        <message>
            <source>Other possible explanations are a required section: describe them, or answer 'none identified'.</source>
            <translation>Друга могућа објашњења су обавезан одељак: опишите их или одговорите „ниједно није утврђено“.</translation>
        </message>
        <message>
            <source>Other explanations are described and also marked 'none identified'.</source>
            <translation>Друга објашњења су описана, а истовремено је означено „ниједно није утврђено“.</translation>
        </message>
        <message>
            <source>Write a short summary before completing the checklist.</source>
            <translation>Напишите кратак резиме пре завршетка контролне листе.</translation>
        </message>
        <message>
            <source>Item %1 is not in the template.</source>
            <translation>Ставка %1 није у шаблону.</translation>
        </message>
        <message>
            <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not 'see above' and not the item's wording.</source>
            <translation>Напишите пример за ставку %1 својим речима: шта сте видели или чули, када и где — не „види горе“ и не текст ставке.</translation>
        </message>
        <message>
            <source>checklist_run: %1</source>
            <translation>checklist_run: %1</translation>
        </message>
        <message>
            <source>the item %1 is answered twice</source>
            <translation>на ставку %1 одговорено је два пута</translation>
        </message>
        <message>
            <source>%1 must be a date YYYY-MM-DD</source>
            <translation>%1 мора бити датум ГГГГ-ММ-ДД</translation>
        </message>
        <message>
            <source>The checklist run to export no longer exists.</source>
            <translation>Попуњена контролна листа за извоз више не постоји.</translation>
        </message>
        <message>
            <source>template %1 version %2 is not in the vault</source>
            <translation>шаблон %1, верзија %2, није у трезору</translation>
        </message>
        <message>
            <source>the run used different template content than this vault holds</source>
            <translation>листа је попуњена по другачијем садржају шаблона од оног у овом трезору</translation>
        </message>
        <message>
            <source>item %1 is not in the template</source>
            <translation>ставка %1 није у шаблону</translation>
        </message>
        <message>
            <source>item %1 is observed without a dated example</source>
            <translation>ставка %1 је означена као уочена без примера са датумом</translation>
        </message>
        <message>
            <source>There is no such checklist run in the vault.</source>
            <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
            <translation>У трезору не постоји таква попуњена контролна листа.</translation>
        </message>
        <message>
            <source>The checklist template %1 version %2 is not in the vault.</source>
            <translation>Шаблон контролне листе %1, верзија %2, није у трезору.</translation>
        </message>
        <message>
            <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
            <translation>Ова контролна листа је завршена и запечаћена; уместо тога је исправите уз навођење разлога.</translation>
        </message>
        <message>
            <source>Only the author can change a draft checklist run.</source>
            <translation>Само аутор може да мења нацрт контролне листе.</translation>
        </message>
        <message>
            <source>reason for the amendment</source>
            <translation>разлог исправке</translation>
        </message>
        <message>
            <source>Give the reason for the amendment.</source>
            <translation>Наведите разлог исправке.</translation>
        </message>
        <message>
            <source>This checklist run is still a draft: edit it instead of amending it.</source>
            <translation>Ова контролна листа је још нацрт: уредите је уместо да је исправљате.</translation>
        </message>
        <message>
            <source>Only the author or a supervisor can amend a checklist run.</source>
            <translation>Контролну листу може да исправи само аутор или надређени.</translation>
        </message>
        <message>
            <source>Unknown grading preset %1; known presets: %2.</source>
            <translation>Непозната шема оцењивања %1; познате шеме: %2.</translation>
        </message>
        <message>
            <source>Source grade %1 is not one of %2.</source>
            <translation>Оцена извора %1 није једна од: %2.</translation>
        </message>
        <message>
            <source>Information grade %1 is not one of %2.</source>
            <translation>Оцена информације %1 није једна од: %2.</translation>
        </message>
        <message>
            <source>Handling code %1 is not one of %2.</source>
            <translation>Ознака поступања %1 није једна од: %2.</translation>
        </message>
        <message>
            <source>Handling C needs the conditions of sharing written out.</source>
            <translation>Поступање Ц захтева да услови прослеђивања буду написани.</translation>
        </message>
        <message>
            <source>The handling conditions are too long.</source>
            <translation>Услови поступања су предугачки.</translation>
        </message>
        <message>
            <source>Unknown reason for access %1; choose one of %2.</source>
            <translation>Непознат разлог приступа %1; изаберите један од: %2.</translation>
        </message>
        <message>
            <source>The reason %1 is implied by a screen and cannot be chosen.</source>
            <translation>Разлог %1 произлази из екрана и не може да се изабере.</translation>
        </message>
        <message>
            <source>Say in a few words why you open this file (reason 'other').</source>
            <translation>Наведите у неколико речи зашто отварате овај досије (разлог „друго“).</translation>
        </message>
        <message>
            <source>The reason for access is limited to %1 characters.</source>
            <translation>Разлог приступа може имати највише %1 знакова.</translation>
        </message>
        <message>
            <source>A reason for access is required to open a file.</source>
            <translation>За отварање досијеа потребно је навести разлог приступа.</translation>
        </message>
        <message>
            <source>Drafts are never exported.</source>
            <extracomment>The sensitive-term questions the writer answered "necessary" when sealing a record.</extracomment>
            <translation>Нацрти се никад не извозе.</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or "none identified" — required, like the assessment, before the record is sealed. A level of the establishment's list (services/classification.py); "" = the lowest.</extracomment>
            <translation>Поље „%1“ је обавезно.</translation>
        </message>
        <message>
            <source>%1 is limited to %2 characters.</source>
            <translation>Поље „%1“ може имати највише %2 знакова.</translation>
        </message>
        <message>
            <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
            <translation>%1 није датум ни време (ГГГГ-ММ-ДД или ГГГГ-ММ-ДДТСС:ММ).</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>Догађај не може бити у будућности.</translation>
        </message>
        <message>
            <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not 'see the facts' and not the checklist's wording.</source>
            <translation>Напишите доказ за %1 својим речима: шта сте видели или чули, када и где — реченицу, не „види чињенице“ и не текст контролне листе.</translation>
        </message>
        <message>
            <source>%1 is not an indicator code (like A3.2).</source>
            <translation>%1 није ознака показатеља (нпр. A3.2).</translation>
        </message>
        <message>
            <source>Indicator %1 is listed twice.</source>
            <translation>Показатељ %1 је наведен два пута.</translation>
        </message>
        <message>
            <source>The evidence for %1</source>
            <translation>доказ за %1</translation>
        </message>
        <message>
            <source>Indicator %1 is not in the active checklist template.</source>
            <translation>Показатељ %1 није у активном шаблону контролне листе.</translation>
        </message>
        <message>
            <source>%1 is not a category of person.</source>
            <translation>%1 није категорија лица.</translation>
        </message>
        <message>
            <source>A description</source>
            <translation>опис</translation>
        </message>
        <message>
            <source>A protective factor</source>
            <translation>заштитни фактор</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>Догађај не може да се заврши пре него што почне.</translation>
        </message>
        <message>
            <source>The place</source>
            <translation>место</translation>
        </message>
        <message>
            <source>The duty</source>
            <translation>дужност</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Шта је виђено или чуто</translation>
        </message>
        <message>
            <source>The assessment</source>
            <translation>процена</translation>
        </message>
        <message>
            <source>The other explanations</source>
            <translation>Друга објашњења</translation>
        </message>
        <message>
            <source>Write your assessment: why it may matter, and the person's usual behaviour before.</source>
            <translation>Напишите своју процену: зашто може бити важно и какво је раније било уобичајено понашање особе.</translation>
        </message>
        <message>
            <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer 'none identified' after considering them.</source>
            <translation>Друга могућа објашњења су обавезна: опишите их (дуг, сукоб, болест, лоше вести…) или након разматрања одговорите „ниједно није утврђено“.</translation>
        </message>
        <message>
            <source>The source identity</source>
            <translation>идентитет извора</translation>
        </message>
        <message>
            <source>The action taken</source>
            <translation>предузета радња</translation>
        </message>
        <message>
            <source>The prisoner's account</source>
            <translation>изјава осуђеног лица</translation>
        </message>
        <message>
            <source>There is no such observation (it may have been erased).</source>
            <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
            <translation>Такво запажање не постоји (можда је избрисано).</translation>
        </message>
        <message>
            <source>There is no such observation (drafts are visible to their author only).</source>
            <translation>Такво запажање не постоји (нацрте види само њихов аутор).</translation>
        </message>
        <message>
            <source>Only the author or a supervisor may see the source identity.</source>
            <translation>Идентитет извора може да види само аутор или надређени.</translation>
        </message>
        <message>
            <source>These fields cannot be changed: %1.</source>
            <translation>Ова поља не могу да се мењају: %1.</translation>
        </message>
        <message>
            <source>This observation was submitted and is sealed; amend it with a reason.</source>
            <translation>Ово запажање је предато и запечаћено; исправите га уз навођење разлога.</translation>
        </message>
        <message>
            <source>Only the author may edit a draft.</source>
            <translation>Нацрт може да уређује само аутор.</translation>
        </message>
        <message>
            <source>A submitted observation cannot be discarded.</source>
            <translation>Предато запажање не може да се одбаци.</translation>
        </message>
        <message>
            <source>This observation was already submitted.</source>
            <translation>Ово запажање је већ предато.</translation>
        </message>
        <message>
            <source>Only the author may submit a draft.</source>
            <translation>Нацрт може да преда само аутор.</translation>
        </message>
        <message>
            <source>An amendment needs a reason.</source>
            <translation>За исправку је потребан разлог.</translation>
        </message>
        <message>
            <source>A workstation grants access to its own establishment only.</source>
            <translation>Радна станица даје приступ само сопственој установи.</translation>
        </message>
        <message>
            <source>Give the establishment's code.</source>
            <translation>Наведите шифру установе.</translation>
        </message>
        <message>
            <source>Say why the account needs this access.</source>
            <translation>Наведите зашто је налогу потребан овај приступ.</translation>
        </message>
        <message>
            <source>The reason is limited to %1 characters.</source>
            <translation>Разлог може имати највише %1 знакова.</translation>
        </message>
        <message>
            <source>An amendment must change at least one field.</source>
            <translation>Исправка мора да промени најмање једно поље.</translation>
        </message>
        <message>
            <source>A draft is edited directly; only submitted observations are amended.</source>
            <translation>Нацрт се уређује директно; исправљају се само предата запажања.</translation>
        </message>
        <message>
            <source>Only the author or a supervisor may amend an observation.</source>
            <translation>Запажање може да исправи само аутор или надређени.</translation>
        </message>
        <message>
            <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
            <translation>Овај досије још не може да се анонимизује: број записа који нису достављени централи: %1. Извезите их, сачекајте потврду пријема, па одлучите поново.</translation>
        </message>
        <message>
            <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
            <translation>Овај досије још не може да се избрише: број записа који нису достављени централи: %1. Извезите их, сачекајте потврду пријема, па одлучите поново.</translation>
        </message>
        <message>
            <source>A retention decision needs a reason.</source>
            <translation>Одлука о чувању захтева образложење.</translation>
        </message>
        <message>
            <source>The reason is limited to 500 characters.</source>
            <translation>Образложење може имати највише 500 знакова.</translation>
        </message>
        <message>
            <source>%1 is not a decision; choose keep, anonymise or erase.</source>
            <translation>%1 није одлука; изаберите: задржи, анонимизуј или избриши.</translation>
        </message>
        <message>
            <source>%1 is not a date.</source>
            <translation>%1 није датум.</translation>
        </message>
        <message>
            <source>The new review date must be in the future.</source>
            <translation>Нови датум провере мора бити у будућности.</translation>
        </message>
        <message>
            <source>This file is already anonymised.</source>
            <translation>Овај досије је већ анонимизован.</translation>
        </message>
        <message>
            <source>The review to export no longer exists.</source>
            <translation>Провера за извоз више не постоји.</translation>
        </message>
        <message>
            <source>review refers to an observation the vault does not hold.</source>
            <translation>провера се односи на запажање које није у трезору.</translation>
        </message>
        <message>
            <source>A page holds 1–1000 rows and starts at 0 or later.</source>
            <translation>Страна има 1–1000 редова и почиње од 0 или касније.</translation>
        </message>
        <message>
            <source>A comment is limited to %1 characters.</source>
            <translation>Коментар може имати највише %1 знакова.</translation>
        </message>
        <message>
            <source>You cannot review your own observation; another supervisor must.</source>
            <translation>Не можете да проверавате сопствено запажање; то мора да уради други надређени.</translation>
        </message>
        <message>
            <source>This observation is %1; it is not awaiting review.</source>
            <translation>Статус овог запажања: %1; не чека проверу.</translation>
        </message>
        <message>
            <source>Returning needs a comment for the author.</source>
            <translation>За враћање је потребан коментар за аутора.</translation>
        </message>
        <message>
            <source>Rejecting needs a comment for the author.</source>
            <translation>За одбијање је потребан коментар за аутора.</translation>
        </message>
        <message>
            <source>Re-grading needs a comment for the author.</source>
            <translation>За промену оцене је потребан коментар за аутора.</translation>
        </message>
        <message>
            <source>There is no such review.</source>
            <translation>Таква провера не постоји.</translation>
        </message>
        <message>
            <source>Give a reason for access before reading the record.</source>
            <translation>Наведите разлог приступа пре читања записа.</translation>
        </message>
        <message>
            <source>Type at least one letter or digit to search for.</source>
            <translation>Унесите бар једно слово или цифру за претрагу.</translation>
        </message>
        <message>
            <source>The auditor sees records' metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
            <translation>Ревизор види метаподатке записа и дневник ревизије, а не оно што су службена лица написала: уместо тога тражите по имену или броју осуђеног лица.</translation>
        </message>
        <message>
            <source>The subject to export no longer exists.</source>
            <translation>Осуђено лице за извоз више не постоји.</translation>
        </message>
        <message>
            <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
            <translation>Матични број %1 из %2 је други досије у централи: аналитичар може да повеже два досијеа ако су једно лице.</translation>
        </message>
        <message>
            <source>Prison number %1 of %2 is already another file in this vault.</source>
            <translation>Матични број %1 из %2 је већ други досије у овом трезору.</translation>
        </message>
        <message>
            <source>family name</source>
            <extracomment>The names of the name fields as errors say them (in the user's language).</extracomment>
            <translation>презиме</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>име</translation>
        </message>
        <message>
            <source>The %1 is required.</source>
            <extracomment>The kinds of programme the issue names, until a reference bundle sends the country's list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
            <translation>Поље „%1“ је обавезно.</translation>
        </message>
        <message>
            <source>The %1 is limited to %2 characters.</source>
            <translation>Поље „%1“ може имати највише %2 знакова.</translation>
        </message>
        <message>
            <source>The %1 contains control characters.</source>
            <translation>Поље „%1“ садржи контролне знакове.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Датум не може бити у будућности.</translation>
        </message>
        <message>
            <source>The date cannot be before %1.</source>
            <translation>Датум не може бити пре %1.</translation>
        </message>
        <message>
            <source>%1 is not a programme of the list: %2.</source>
            <translation>%1 није програм са листе: %2.</translation>
        </message>
        <message>
            <source>There is no such referral (it may have been erased).</source>
            <translation>Такво упућивање не постоји (можда је избрисано).</translation>
        </message>
        <message>
            <source>Referrals are recorded at the prison, not at the central office.</source>
            <translation>Упућивања се бележе у затвору, не у централи.</translation>
        </message>
        <message>
            <source>This file belongs to another establishment; refer the prisoner there.</source>
            <translation>Овај досије припада другој установи; упутите осуђено лице тамо.</translation>
        </message>
        <message>
            <source>This file was anonymised; nothing more is recorded in it.</source>
            <translation>Овај досије је анонимизован; у њега се више ништа не бележи.</translation>
        </message>
        <message>
            <source>This referral was made at %1 and arrived with the prisoner's file: it is history here. Record a new referral instead.</source>
            <translation>Ово упућивање је направљено у %1 и стигло је са досијеом осуђеног лица: овде је историја. Уместо тога забележите ново упућивање.</translation>
        </message>
        <message>
            <source>Only the officer who referred or a supervisor may update it.</source>
            <translation>Само службено лице које је упутило или надређени може да га ажурира.</translation>
        </message>
        <message>
            <source>A referral that is %1 cannot become %2; it is closed.</source>
            <translation>Упућивање које је %1 не може постати %2; затворено је.</translation>
        </message>
        <message>
            <source>A referral that is %1 cannot become %2 (next: %3).</source>
            <translation>Упућивање које је %1 не може постати %2 (следеће: %3).</translation>
        </message>
        <message>
            <source>Nothing changes: choose the next status or write the outcome.</source>
            <translation>Ништа се не мења: изаберите следећи статус или напишите исход.</translation>
        </message>
        <message>
            <source>The %1 may hold letters, spaces and - ' . only (no emoji or symbols).</source>
            <translation>Поље „%1“ може да садржи само слова, размаке и - ' . (без емоџија и симбола).</translation>
        </message>
        <message>
            <source>A prison number is 1–32 letters or digits (spaces, '.', '/', '-' allowed).</source>
            <translation>Матични број има 1–32 слова или цифре (дозвољени су размаци, '.', '/', '-').</translation>
        </message>
        <message>
            <source>The birth year must be between 1900 and %1.</source>
            <translation>Година рођења мора бити између 1900. и %1.</translation>
        </message>
        <message>
            <source>There is no active unit %1 in this establishment.</source>
            <translation>У овој установи не постоји активно одељење %1.</translation>
        </message>
        <message>
            <source>cell</source>
            <translation>ћелија</translation>
        </message>
        <message>
            <source>There is no such prisoner in the vault (it may have been erased).</source>
            <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
            <translation>У трезору нема таквог осуђеног лица (досије је можда избрисан).</translation>
        </message>
        <message>
            <source>No prisoner with prison number %1 in %2 is recorded.</source>
            <translation>Није евидентирано осуђено лице са матичним бројем %1 у %2.</translation>
        </message>
        <message>
            <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
            <translation>У централи се матични број наводи са установом, нпр. ПЛ-WAW1:%1 (бројеви су јединствени само унутар установе).</translation>
        </message>
        <message>
            <source>No prisoner with prison number %1 is recorded.</source>
            <translation>Није евидентирано осуђено лице са матичним бројем %1.</translation>
        </message>
        <message>
            <source>Prison number %1 is already recorded in this establishment; open that prisoner's file instead.</source>
            <translation>Матични број %1 је већ евидентиран у овој установи; уместо тога отворите досије тог осуђеног лица.</translation>
        </message>
        <message>
            <source>Say why the prisoner's details change.</source>
            <translation>Наведите зашто се мењају подаци о осуђеном лицу.</translation>
        </message>
        <message>
            <source>This file was anonymised and cannot be changed.</source>
            <translation>Овај досије је анонимизован и не може да се мења.</translation>
        </message>
        <message>
            <source>Prison number %1 is already recorded.</source>
            <translation>Матични број %1 је већ евидентиран.</translation>
        </message>
        <message>
            <source>The record refers to a prisoner the vault does not hold.</source>
            <translation>Запис се односи на осуђено лице које није у трезору.</translation>
        </message>
        <message>
            <source>the file is %1 bytes; a template may be at most %2</source>
            <translation>датотека има %1 бајтова; шаблон може имати највише %2</translation>
        </message>
        <message>
            <source>Cannot read the template file %1: %2.</source>
            <translation>Датотека шаблона %1 не може да се прочита: %2.</translation>
        </message>
        <message>
            <source>Unknown template origin %1.</source>
            <translation>Непознато порекло шаблона %1.</translation>
        </message>
        <message>
            <source>The template signature is too long.</source>
            <translation>Потпис шаблона је предугачак.</translation>
        </message>
        <message>
            <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
            <translation>Шаблон %1, верзија %2, већ је сачуван са другачијим садржајем. Измењеном шаблону доделите нови број верзије.</translation>
        </message>
        <message>
            <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
            <translation>Шаблон %1, верзија %2, овде је сачуван са другачијим садржајем од оног који је послала централа.</translation>
        </message>
        <message>
            <source>There is no checklist template %1 in the vault.</source>
            <translation>У трезору нема шаблона контролне листе %1.</translation>
        </message>
        <message>
            <source>No checklist template is active; an administrator must choose one.</source>
            <translation>Ниједан шаблон контролне листе није активан; администратор мора да га изабере.</translation>
        </message>
        <message>
            <source>There is no such tombstone.</source>
            <translation>Такав траг брисања не постоји.</translation>
        </message>
        <message>
            <source>A password needs at least %1 characters.</source>
            <translation>Лозинка мора имати најмање %1 знакова.</translation>
        </message>
        <message>
            <source>The password must not be the username.</source>
            <translation>Лозинка не сме бити исто што и корисничко име.</translation>
        </message>
        <message>
            <source>The password repeats too few different characters.</source>
            <translation>Лозинка садржи премало различитих знакова.</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>Доделите налогу бар једну улогу.</translation>
        </message>
        <message>
            <source>The role %1 does not exist in a %2 vault.</source>
            <translation>Улога %1 не постоји у трезору врсте: %2.</translation>
        </message>
        <message>
            <source>A username is 2–32 letters, digits, '.', '_' or '-' and starts with a letter or digit.</source>
            <translation>Корисничко име има 2–32 слова, цифре, '.', '_' или '-' и почиње словом или цифром.</translation>
        </message>
        <message>
            <source>The username %1 is already taken (or was used before).</source>
            <translation>Корисничко име %1 је већ заузето (или је раније коришћено).</translation>
        </message>
        <message>
            <source>There is no unit %1.</source>
            <translation>Не постоји одељење %1.</translation>
        </message>
        <message>
            <source>You cannot take the administrator role from yourself.</source>
            <translation>Не можете себи да одузмете улогу администратора.</translation>
        </message>
        <message>
            <source>The account %1 is disabled: enable it, which sets a new password.</source>
            <translation>Налог %1 је онемогућен: омогућите га, чиме се поставља нова лозинка.</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>Нова лозинка мора да се разликује од тренутне.</translation>
        </message>
        <message>
            <source>The last active administrator cannot be removed.</source>
            <translation>Последњи активни администратор не може да се уклони.</translation>
        </message>
        <message>
            <source>A username uses letters, digits, '.', '_' or '-' only.</source>
            <translation>Корисничко име садржи само слова, цифре, '.', '_' или '-'.</translation>
        </message>
        <message>
            <source>An establishment code is 1–16 letters or digits.</source>
            <translation>Ознака установе има 1–16 слова или цифара.</translation>
        </message>
        <message>
            <source>A training vault is never made in the real vault's folder; choose another folder.</source>
            <translation>Трезор за обуку се никада не прави у фасцикли правог трезора; изаберите другу фасциклу.</translation>
        </message>
        <message>
            <source>A vault already exists in %1.</source>
            <translation>У %1 већ постоји трезор.</translation>
        </message>
        <message>
            <source>Your password was set by an administrator: choose a new one before you go on.</source>
            <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server's, not a re-encryption (screens say which).</extracomment>
            <translation>Лозинку је поставио администратор: изаберите нову пре него што наставите.</translation>
        </message>
        <message>
            <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
            <translation>vault.keys и vault.db се не слажу око тога да ли је ово трезор за обуку: један од њих је замењен или измењен. Ништа није отворено.</translation>
        </message>
        <message>
            <source>This central office's database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
            <translation>База података ове централе чува се на серверу и нема код за опоравак. Администратор поново омогућава ваш налог новом привременом лозинком (Администрација › Налози или radprev user enable).</translation>
        </message>
        <message>
            <source>This account is disabled: an administrator enables it with a new password.</source>
            <translation>Овај налог је онемогућен: администратор га омогућава новом лозинком.</translation>
        </message>
        <message>
            <source>Only an administrator can restore a backup.</source>
            <translation>Само администратор може да врати резервну копију.</translation>
        </message>
        <message>
            <source>The backup's key file and database disagree about whether it is a training vault; it is not restored.</source>
            <translation>Датотека кључева и база података резервне копије се не слажу око тога да ли је то трезор за обуку; копија није враћена.</translation>
        </message>
        <message>
            <source>This backup is of a training vault: it is never restored over a real vault.</source>
            <translation>Ово је резервна копија трезора за обуку: никада се не враћа преко правог трезора.</translation>
        </message>
        <message>
            <source>This folder holds a training vault: a real vault's backup is never restored into it.</source>
            <translation>У овој фасцикли је трезор за обуку: резервна копија правог трезора се никада не враћа у њу.</translation>
        </message>
        <message>
            <source>A vault or central store is already set up in %1.</source>
            <translation>У %1 већ постоји трезор или централно складиште.</translation>
        </message>
        <message>
            <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
            <translation>База података %1 већ садржи централно складиште; повежите се са њим преко његове датотеке подешавања уместо да правите ново.</translation>
        </message>
        <message>
            <source>No central store is set up in %1.</source>
            <translation>У %1 није подешено централно складиште.</translation>
        </message>
        <message>
            <source>This account is disabled. Ask the administrator.</source>
            <extracomment>Where the backup taken before this login upgraded the vault's schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
            <translation>Овај налог је онемогућен. Обратите се администратору.</translation>
        </message>
        <message>
            <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office's own database login to upgrade it; until then it cannot be used from here.</source>
            <translation>Централно складиште је подесила ранија верзија програма radprev (шема %1; овој верзији је потребна %2). Администратор се једном пријављује преко сопствене пријаве канцеларије на базу података да би га надоградио; до тада се одавде не може користити.</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>Трезор је закључан.</translation>
        </message>
        <message>
            <source>There is no part %1 of %2.</source>
            <extracomment>Translation context of every label below (the Settings tab's own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
            <translation>Не постоји део %1 подешавања %2.</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>„%1“: мора бити цео број.</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3.</source>
            <translation>„%1“: вредност мора бити између %2 и %3.</translation>
        </message>
        <message>
            <source>%1 must be 1 to %2 characters.</source>
            <translation>„%1“: од 1 до %2 знакова.</translation>
        </message>
        <message>
            <source>%1 must be one of: %2.</source>
            <translation>„%1“: дозвољене вредности: %2.</translation>
        </message>
        <message>
            <source>%1 must be %2 or %3.</source>
            <translation>„%1“: дозвољено је %2 или %3.</translation>
        </message>
        <message>
            <source>%1 are given per part.</source>
            <translation>„%1“ се наводи посебно за сваки део.</translation>
        </message>
        <message>
            <source>%1: there is no part %2.</source>
            <translation>„%1“: не постоји део %2.</translation>
        </message>
        <message>
            <source>Code lists must be an object of lists.</source>
            <translation>Листе шифара морају бити објекат са листама.</translation>
        </message>
        <message>
            <source>A code list name is not valid.</source>
            <translation>Назив листе шифара није исправан.</translation>
        </message>
        <message>
            <source>The code list %1 is not a list.</source>
            <translation>Листа шифара %1 није листа.</translation>
        </message>
        <message>
            <source>The code list %1 holds bad entries.</source>
            <translation>Листа шифара %1 садржи неисправне ставке.</translation>
        </message>
        <message>
            <source>%1: give 1 to %2 levels separated by ';', lowest first, each 1 to %3 characters.</source>
            <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
            <translation>%1: наведите од 1 до %2 степена одвојених са „;”, од најнижег, сваки од 1 до %3 знакова.</translation>
        </message>
        <message>
            <source>%1 names %2 twice.</source>
            <translation>%1 наводи %2 двапут.</translation>
        </message>
        <message>
            <source>There is no setting named %1.</source>
            <translation>Не постоји подешавање под именом %1.</translation>
        </message>
        <message>
            <source>Writing reference bundles</source>
            <translation>Писање референтних пакета</translation>
        </message>
        <message>
            <source>The bundle part %1 is not valid JSON.</source>
            <translation>Део пакета %1 није исправан JSON.</translation>
        </message>
        <message>
            <source>Importing reference bundles</source>
            <translation>Увоз референтних пакета</translation>
        </message>
        <message>
            <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
            <translation>Већ је увезен новији референтни пакет (%1); пакет %2 је старији и није примењен.</translation>
        </message>
        <message>
            <source>The bundle's profile or code lists are malformed.</source>
            <translation>Профил или листе шифара у пакету нису исправни.</translation>
        </message>
        <message>
            <source>The bundle's settings are not valid: %1</source>
            <translation>Подешавања у пакету нису исправна: %1</translation>
        </message>
        <message>
            <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
            <translation>Шаблон %1 у пакету је одбијен: %2 Ништа није промењено.</translation>
        </message>
        <message>
            <source>There is no such conflict.</source>
            <translation>Такав сукоб не постоји.</translation>
        </message>
        <message>
            <source>a hard link</source>
            <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
            <translation>чврста веза</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>симболичка веза</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>знаковни уређај</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>блоковски уређај</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>фасцикла</translation>
        </message>
        <message>
            <source>a FIFO</source>
            <translation>ФИФО ред</translation>
        </message>
        <message>
            <source>a contiguous file</source>
            <translation>континуална датотека</translation>
        </message>
        <message>
            <source>a pax global header</source>
            <translation>глобално pax заглавље</translation>
        </message>
        <message>
            <source>a pax extended header</source>
            <translation>проширено pax заглавље</translation>
        </message>
        <message>
            <source>a GNU long name</source>
            <translation>ГНУ дуго име</translation>
        </message>
        <message>
            <source>a GNU long link</source>
            <translation>ГНУ дуга веза</translation>
        </message>
        <message>
            <source>a GNU sparse file</source>
            <translation>ГНУ ретка датотека</translation>
        </message>
        <message>
            <source>The file's archive has a malformed %1 field.</source>
            <translation>Архива датотеке има неисправно поље %1.</translation>
        </message>
        <message>
            <source>The file's archive is damaged (a header checksum is wrong).</source>
            <translation>Архива датотеке је оштећена (контролни збир заглавља није исправан).</translation>
        </message>
        <message>
            <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
            <translation>Датотека није POSIX устар архива (други тар формати се одбијају).</translation>
        </message>
        <message>
            <source>The file holds a part whose name is not plain ASCII.</source>
            <translation>Датотека садржи део чије име није обичан ASCII.</translation>
        </message>
        <message>
            <source>an entry of an unknown type</source>
            <translation>ставка непознате врсте</translation>
        </message>
        <message>
            <source>The file holds an entry %1 that is %2, not a file.</source>
            <translation>Датотека садржи ставку %1 која није датотека, него: %2.</translation>
        </message>
        <message>
            <source>The file holds an entry %1 inside a folder.</source>
            <translation>Датотека садржи ставку %1 унутар фасцикле.</translation>
        </message>
        <message>
            <source>The file holds an unexpected part %1.</source>
            <translation>Датотека садржи неочекивани део %1.</translation>
        </message>
        <message>
            <source>The part %1 is larger than allowed.</source>
            <translation>Део %1 је већи од дозвољеног.</translation>
        </message>
        <message>
            <source>The file is truncated (its archive has no end marker).</source>
            <translation>Датотека је скраћена (архива нема ознаку краја).</translation>
        </message>
        <message>
            <source>The file holds too many parts.</source>
            <translation>Датотека садржи превише делова.</translation>
        </message>
        <message>
            <source>The file holds the part %1 twice.</source>
            <translation>Датотека садржи део %1 два пута.</translation>
        </message>
        <message>
            <source>The part %1 is truncated.</source>
            <translation>Део %1 је скраћен.</translation>
        </message>
        <message>
            <source>The file holds data after the end of its archive.</source>
            <translation>Датотека садржи податке после краја архиве.</translation>
        </message>
        <message>
            <source>The file has no signed manifest.</source>
            <translation>Датотека нема потписани манифест.</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>%1 није обична датотека.</translation>
        </message>
        <message>
            <source>%1 is larger than allowed (%2 bytes).</source>
            <translation>%1 је веће од дозвољеног (%2 бајтова).</translation>
        </message>
        <message>
            <source>%1 cannot be read (%2).</source>
            <translation>%1 не може да се прочита (%2).</translation>
        </message>
        <message>
            <source>The manifest is not valid JSON.</source>
            <translation>Манифест није исправан JSON.</translation>
        </message>
        <message>
            <source>The manifest is not a JSON object.</source>
            <translation>Манифест није JSON објекат.</translation>
        </message>
        <message>
            <source>The manifest holds text that is not valid Unicode.</source>
            <translation>Манифест садржи текст који није исправан Уницоде.</translation>
        </message>
        <message>
            <source>The manifest holds numbers that are not integers.</source>
            <translation>Манифест садржи бројеве који нису цели.</translation>
        </message>
        <message>
            <source>The manifest is not in canonical form.</source>
            <translation>Манифест није у канонском облику.</translation>
        </message>
        <message>
            <source>This is not a radprev file.</source>
            <translation>Ово није radprev датотека.</translation>
        </message>
        <message>
            <source>The manifest has no format version.</source>
            <translation>Манифест нема верзију формата.</translation>
        </message>
        <message>
            <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
            <translation>Датотека користи верзију формата %1; ова верзија програма radprev чита највише %2. Инсталирајте новију верзију.</translation>
        </message>
        <message>
            <source>The file's format version is not valid.</source>
            <translation>Верзија формата датотеке није исправна.</translation>
        </message>
        <message>
            <source>The manifest signature is malformed.</source>
            <translation>Потпис манифеста није исправан.</translation>
        </message>
        <message>
            <source>The signature does not verify against %1: the file was altered or forged.</source>
            <translation>Потпис се не слаже са: %1 — датотека је измењена или фалсификована.</translation>
        </message>
        <message>
            <source>The manifest does not list the parts.</source>
            <translation>Манифест не наводи делове.</translation>
        </message>
        <message>
            <source>The parts in the file do not match the manifest.</source>
            <translation>Делови у датотеци се не слажу са манифестом.</translation>
        </message>
        <message>
            <source>The manifest entry for %1 is malformed.</source>
            <translation>Ставка манифеста за %1 није исправна.</translation>
        </message>
        <message>
            <source>The part %1 does not match its hash: it was altered.</source>
            <translation>Део %1 се не слаже са својим хеш-збиром: измењен је.</translation>
        </message>
        <message>
            <source>The part %1 claims too many lines.</source>
            <translation>Део %1 наводи превише редова.</translation>
        </message>
        <message>
            <source>The part %1 does not hold the number of lines listed.</source>
            <translation>Део %1 не садржи наведени број редова.</translation>
        </message>
        <message>
            <source>The file is not an encrypted radprev package.</source>
            <translation>Датотека није шифровани radprev пакет.</translation>
        </message>
        <message>
            <source>The package cannot be decrypted with this office's key: it was addressed to another office, or it is damaged or truncated.</source>
            <translation>Пакет не може да се дешифрује кључем ове централе: био је намењен другој централи или је оштећен или скраћен.</translation>
        </message>
        <message>
            <source>The package is damaged (its encryption layer is malformed).</source>
            <translation>Пакет је оштећен (слој шифровања није исправан).</translation>
        </message>
        <message>
            <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
            <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
            <translation>Излазни ред садржи промену врсте %1 коју ова верзија не може да извезе. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The export's %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
            <translation>Део %1 извоза би премашио ограничење величине; извезите мање промена одједном. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The package would exceed the size limit; nothing was changed.</source>
            <translation>Пакет би премашио ограничење величине; ништа није промењено.</translation>
        </message>
        <message>
            <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
            <translation>Датотека под именом %1 већ постоји у %2; прво је преместите. Ништа није промењено.</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
            <translation>Ниједан сертификат централе још није проглашен поузданим. Администратор прво мора да га прогласи поузданим (страна Синхронизација или `radprev central trust FILE --fingerprint HEX`).</translation>
        </message>
        <message>
            <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
            <translation>Фасцикла %1 не постоји (да ли је USB меморија извађена?). Ништа није промењено.</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>Извоз</translation>
        </message>
        <message>
            <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
            <translation>%1 није исправно прочитано са медијума (неисправна меморија?). Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 did not read back correctly. Nothing was changed.</source>
            <translation>%1 није исправно прочитано. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The file is not a radprev package, receipt or bundle.</source>
            <translation>Датотека није radprev пакет, потврда пријема ни референтни пакет.</translation>
        </message>
        <message>
            <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation's enrolment sheet, then enrol it and import again.</source>
            <translation>Пакет потиче са радне станице која није уписана (%1, отисак %2). Упоредите отисак са листом за упис радне станице, затим је упишите и поново увезите.</translation>
        </message>
        <message>
            <source>The package is larger than allowed.</source>
            <translation>Пакет је већи од дозвољеног.</translation>
        </message>
        <message>
            <source>The file is not an export package.</source>
            <translation>Датотека није пакет за извоз.</translation>
        </message>
        <message>
            <source>The manifest does not name the sender.</source>
            <translation>Манифест не наводи пошиљаоца.</translation>
        </message>
        <message>
            <source>The manifest's sender is malformed.</source>
            <translation>Пошиљалац у манифесту није исправан.</translation>
        </message>
        <message>
            <source>The manifest's sender key is malformed.</source>
            <translation>Кључ пошиљаоца у манифесту није исправан.</translation>
        </message>
        <message>
            <source>The manifest's sequence number is not valid.</source>
            <translation>Редни број у манифесту није исправан.</translation>
        </message>
        <message>
            <source>The manifest's previous package hash is malformed.</source>
            <translation>Хеш-збир претходног пакета у манифесту није исправан.</translation>
        </message>
        <message>
            <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
            <translation>Пакет је направљен за други сертификат централе (отисак примаоца се не слаже са овом централом).</translation>
        </message>
        <message>
            <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
            <translation>Пакет наводи уписану радну станицу, али носи други кључ: није га направила та радна станица (фалсификован или поновљен под њеним именом).</translation>
        </message>
        <message>
            <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
            <translation>Пакет наводи установу %1, али је ова радна станица уписана за %2: није га направила та радна станица онако како је уписана. Ништа није промењено.</translation>
        </message>
        <message>
            <source>Enrolling a workstation</source>
            <translation>Упис радне станице</translation>
        </message>
        <message>
            <source>Importing export packages</source>
            <translation>Увоз пакета за извоз</translation>
        </message>
        <message>
            <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
            <translation>Пакет потиче из %1, установе којој ваш налог нема приступ; увешће га администратор или аналитичар који има приступ тој установи. Ништа није промењено.</translation>
        </message>
        <message>
            <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
            <translation>Већ је увезен други пакет број %1 са ове радне станице: овај је поновљен или фалсификован (или је радна станица враћена из старе резервне копије). Ништа није промењено.</translation>
        </message>
        <message>
            <source>Package 1 names a previous package: the chain is broken.</source>
            <translation>Пакет 1 наводи претходни пакет: ланац је прекинут.</translation>
        </message>
        <message>
            <source>Package %1 names no previous package: the chain is broken.</source>
            <translation>Пакет %1 не наводи претходни пакет: ланац је прекинут.</translation>
        </message>
        <message>
            <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
            <translation>Пакет %1 не следи већ увезени пакет %2 (ланац пакета је прекинут). Ништа није промењено.</translation>
        </message>
        <message>
            <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
            <translation>Већ увезени пакет %1 не следи овај пакет %2 (ланац пакета је прекинут). Ништа није промењено.</translation>
        </message>
        <message>
            <source>%1 is never done in a training vault: practice stays in the training vault.</source>
            <translation>%1 — то се никада не ради у трезору за обуку: вежбе остају у трезору за обуку.</translation>
        </message>
        <message>
            <source>%1 is done at the central office, not in this vault.</source>
            <translation>%1 — то се ради у централи, не у овом трезору.</translation>
        </message>
        <message>
            <source>%1 is done at a workstation, not in this vault.</source>
            <translation>%1 — то се ради на радној станици, не у овом трезору.</translation>
        </message>
        <message>
            <source>This vault has no signing key.</source>
            <translation>Овај трезор нема кључ за потписивање.</translation>
        </message>
        <message>
            <source>Managing the central office keys</source>
            <translation>Управљање кључевима централе</translation>
        </message>
        <message>
            <source>Setting the backup recipient</source>
            <translation>Подешавање примаоца резервне копије</translation>
        </message>
        <message>
            <source>The backup recipient is not an age key (age1…).</source>
            <translation>Прималац резервне копије није age кључ (age1…).</translation>
        </message>
        <message>
            <source>Writing the central certificate</source>
            <translation>Писање сертификата централе</translation>
        </message>
        <message>
            <source>The certificate file is too large.</source>
            <translation>Датотека сертификата је превелика.</translation>
        </message>
        <message>
            <source>The certificate is not valid JSON.</source>
            <translation>Сертификат није исправан JSON.</translation>
        </message>
        <message>
            <source>The certificate is not a JSON object.</source>
            <translation>Сертификат није JSON објекат.</translation>
        </message>
        <message>
            <source>This is not a radprev central office certificate.</source>
            <translation>Ово није radprev сертификат централе.</translation>
        </message>
        <message>
            <source>The certificate's format version is not supported.</source>
            <translation>Верзија формата сертификата није подржана.</translation>
        </message>
        <message>
            <source>The certificate has missing or unexpected fields.</source>
            <translation>Сертификату недостају поља или има неочекивана поља.</translation>
        </message>
        <message>
            <source>The certificate field %1 is malformed.</source>
            <translation>Поље сертификата %1 није исправно.</translation>
        </message>
        <message>
            <source>The certificate holds a malformed key.</source>
            <translation>Сертификат садржи неисправан кључ.</translation>
        </message>
        <message>
            <source>The certificate's signature does not verify: it was altered.</source>
            <translation>Потпис сертификата се не слаже: сертификат је измењен.</translation>
        </message>
        <message>
            <source>Trusting a central office certificate</source>
            <translation>Проглашавање сертификата централе поузданим</translation>
        </message>
        <message>
            <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
            <translation>Отисак се не слаже са сертификатом. Не проглашавајте га поузданим: затражите од централе листу за упис и упоредите поново. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The manifest's transfer key is malformed.</source>
            <translation>Кључ премештаја у манифесту је неисправан.</translation>
        </message>
        <message>
            <source>The fingerprint does not match the workstation's key. Do not enrol it: compare it with the workstation's enrolment sheet again. Nothing was changed.</source>
            <translation>Отисак се не слаже са кључем радне станице. Не уписујте је: поново упоредите са листом за упис радне станице. Ништа није промењено.</translation>
        </message>
        <message>
            <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
            <translation>Овај идентификатор радне станице је већ уписан са другим кључем (или кључ под другим идентификатором). Ништа није промењено.</translation>
        </message>
        <message>
            <source>Writing receipts</source>
            <translation>Писање потврда пријема</translation>
        </message>
        <message>
            <source>The receipt's content is not valid JSON.</source>
            <translation>Садржај потврде пријема није исправан JSON.</translation>
        </message>
        <message>
            <source>The receipt's content is malformed.</source>
            <translation>Садржај потврде пријема није исправан.</translation>
        </message>
        <message>
            <source>The file is not a %1.</source>
            <translation>Датотека није врсте: %1.</translation>
        </message>
        <message>
            <source>The file does not name its sender.</source>
            <translation>Датотека не наводи пошиљаоца.</translation>
        </message>
        <message>
            <source>The file was not signed by the central office this workstation trusts.</source>
            <translation>Датотеку није потписала централа којој ова радна станица верује.</translation>
        </message>
        <message>
            <source>The file's sequence number is not valid.</source>
            <translation>Редни број датотеке није исправан.</translation>
        </message>
        <message>
            <source>Importing receipts</source>
            <translation>Увоз потврда пријема</translation>
        </message>
        <message>
            <source>The consolidated view</source>
            <translation>Обједињени приказ</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte %1)</source>
            <translation>није UTF-8 текст (бајт %1)</translation>
        </message>
        <message>
            <source>the key %1 appears twice</source>
            <translation>кључ %1 се јавља два пута</translation>
        </message>
        <message>
            <source>not valid JSON: %1 (line %2, column %3)</source>
            <translation>неисправан JSON: %1 (ред %2, колона %3)</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>неисправан JSON: %1</translation>
        </message>
        <message>
            <source>a template must be a JSON object</source>
            <translation>шаблон мора бити JSON објекат</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>недостаје обавезан кључ</translation>
        </message>
        <message>
            <source>unknown key (not part of the template format)</source>
            <translation>непознат кључ (није део формата шаблона)</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>непознат кључ</translation>
        </message>
        <message>
            <source>must be of type %1</source>
            <translation>мора бити типа %1</translation>
        </message>
        <message>
            <source>text is longer than %1 characters</source>
            <translation>текст има више од %1 знакова</translation>
        </message>
        <message>
            <source>text must not be empty</source>
            <translation>текст не сме бити празан</translation>
        </message>
        <message>
            <source>%1 does not have the required form %2</source>
            <translation>%1 нема захтевани облик %2</translation>
        </message>
        <message>
            <source>has more than %1 entries</source>
            <translation>има више од %1 ставки</translation>
        </message>
        <message>
            <source>needs at least %1 entries</source>
            <translation>захтева најмање %1 ставки</translation>
        </message>
        <message>
            <source>entries must not repeat</source>
            <translation>ставке не смеју да се понављају</translation>
        </message>
        <message>
            <source>unknown language %1</source>
            <translation>непознат језик %1</translation>
        </message>
        <message>
            <source>%1 is not one of %2</source>
            <translation>%1 није једна од вредности: %2</translation>
        </message>
        <message>
            <source>must be %1</source>
            <translation>мора имати вредност %1</translation>
        </message>
        <message>
            <source>%1 is out of range (%2 %3)</source>
            <translation>%1 је ван опсега (%2 %3)</translation>
        </message>
        <message>
            <source>does not meet the rule '%1'</source>
            <translation>не испуњава правило „%1“</translation>
        </message>
        <message>
            <source>missing text in a declared language</source>
            <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
            <translation>недостаје текст на наведеном језику</translation>
        </message>
        <message>
            <source>language not listed in $.languages</source>
            <translation>језик није наведен у $.лангуагес</translation>
        </message>
        <message>
            <source>code %1 is already used at %2</source>
            <translation>ознака %1 је већ коришћена у %2</translation>
        </message>
        <message>
            <source>an item of domain %1 must start with its code and a dot</source>
            <translation>ставка области %1 мора да почиње њеном ознаком и тачком</translation>
        </message>
        <message>
            <source>an item of a %1 domain must be of the same kind</source>
            <translation>ставка области врсте %1 мора бити исте врсте</translation>
        </message>
        <message>
            <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
            <translation>замењује %1 (%2); опишите понашање које је важно (насиље, претње, принуда, подршка насиљу) или га наведите у non_indicators</translation>
        </message>
        <message>
            <source>at least one domain must be of kind indicator</source>
            <translation>најмање једна област мора бити врсте индицатор</translation>
        </message>
        <message>
            <source>a sample template must carry a notice that it is a sample to adapt</source>
            <translation>шаблон-пример мора да садржи напомену да је пример који треба прилагодити</translation>
        </message>
        <message>
            <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
            <translation>помиње веру, етничку припадност или националност (%1); ставка мора да описује понашање које се може уочити — такве ствари наведите у non_indicators</translation>
        </message>
        <message>
            <source>not representable as JSON: %1</source>
            <translation>не може да се представи као JSON: %1</translation>
        </message>
        <message>
            <source>not valid JSON: nested too deeply</source>
            <translation>неисправан JSON: превише дубоко угнежђено</translation>
        </message>
        <message>
            <source>the template is %1 bytes; at most %2 are allowed</source>
            <translation>шаблон има %1 бајтова; дозвољено је највише %2</translation>
        </message>
        <message>
            <source>The backup could not be written or did not verify (%1).</source>
            <translation>Резервна копија није могла да се упише или није прошла проверу (%1).</translation>
        </message>
        <message>
            <source>The backup did not pass its integrity check.</source>
            <translation>Резервна копија није прошла проверу интегритета.</translation>
        </message>
        <message>
            <source>The backup is incomplete.</source>
            <translation>Резервна копија је непотпуна.</translation>
        </message>
        <message>
            <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
            <translation>%1 није резервна копија: потребни су заједно vault.db и vault.keys.</translation>
        </message>
        <message>
            <source>The username or password does not open this backup.</source>
            <translation>Корисничко име или лозинка не отварају ову резервну копију.</translation>
        </message>
        <message>
            <source>The backup is damaged.</source>
            <translation>Резервна копија је оштећена.</translation>
        </message>
        <message>
            <source>The backup's database does not open with its key file.</source>
            <translation>База података резервне копије се не отвара њеном датотеком кључева.</translation>
        </message>
        <message>
            <source>The key does not open this vault.</source>
            <extracomment>The machine setting that turns SQLite's wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4's default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
            <translation>Кључ не отвара овај трезор.</translation>
        </message>
        <message>
            <source>The vault database could not be opened for writing.</source>
            <translation>База података трезора није могла да се отвори за упис.</translation>
        </message>
        <message>
            <source>No vault in %1.</source>
            <translation>Нема трезора у %1.</translation>
        </message>
        <message>
            <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
            <translation>У фасцикли трезора недостаје датотека кључева vault.keys; трезор не може да се отвори без ње. Вратите vault.keys из резервне копије.</translation>
        </message>
        <message>
            <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
            <translation>Датотека кључева vault.keys је оштећена или је мењана (%1); трезор није промењен. Вратите vault.keys из резервне копије.</translation>
        </message>
        <message>
            <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
            <extracomment>Python steps by migration name (without its number): run after that file's SQL.</extracomment>
            <translation>Централно складиште је подесила новија верзија програма radprev (његова база података има шему %1; ова верзија ради са шемама највише до %2); инсталирајте ту верзију или новију на овај рачунар. У складишту ништа није промењено.</translation>
        </message>
        <message>
            <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
            <translation>Овај трезор је написала новија верзија програма radprev (шема %1; ова верзија познаје највише %2). Инсталирајте новију верзију да бисте га отворили.</translation>
        </message>
        <message>
            <source>The vault's keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
            <translation>Кључеви трезора се управо мењају (уклањање корисника или промена кључа). Покушајте поново за тренутак.</translation>
        </message>
        <message>
            <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
            <translation>База података vault.db недостаје у фасцикли трезора. Вратите је из резервне копије.</translation>
        </message>
        <message>
            <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
            <translation>Овај налог не може да уписује у фасциклу трезора %1; замолите администратора да исправи дозволе. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
            <extracomment>SQLite's own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
            <translation>База података vault.db је оштећена (скраћена). Вратите је из резервне копије.</translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>Корисничко име или лозинка нису исправни.</translation>
        </message>
        <message>
            <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
            <translation>Централно складиште на PostgreSQL-у нема кључ трезора: промене кључева и резервне копије раде се на серверу (radprev backup; доцс/децисионс/0011-postgresql-central-store.md).</translation>
        </message>
        <message>
            <source>Too many failed attempts: wait %1 s.</source>
            <translation>Превише неуспелих покушаја: сачекајте %1 с.</translation>
        </message>
        <message>
            <source>This vault has no recovery slot.</source>
            <translation>Овај трезор нема место за кључ за опоравак.</translation>
        </message>
        <message>
            <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
            <translation>База података vault.db је оштећена и не може да се прочита. Вратите је из резервне копије.</translation>
        </message>
        <message>
            <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
            <translation>Лозинка је исправна, али се база vault.db не отвара кључем који она откључава: vault.db или vault.keys је замењен или оштећен. Вратите оба из резервне копије.</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
            <translation>Датотека кључева vault.keys је измењена изван програма radprev (њен печат се не слаже са кључем трезора). Ништа није отворено. Вратите vault.keys из резервне копије или се обратите администратору.</translation>
        </message>
        <message>
            <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault's. Restore vault.keys from a backup.</source>
            <translation>vault.keys садржи место за кључ које овај трезор не познаје; датотека кључева је измењена или замењена датотеком другог трезора. Вратите vault.keys из резервне копије.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
            <translation>Превише неуспелих покушаја. Сачекајте %1 с пре следећег покушаја.</translation>
        </message>
        <message>
            <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
            <translation>У међувремену је други прозор или команда поново шифровао трезор. Пријавите се поново да бисте наставили.</translation>
        </message>
        <message>
            <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
            <translation>Промена кључа трезора није завршена; пријавите се поново (као администратор) да бисте је завршили, па покушајте поново.</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
            <translation>Датотека кључева vault.keys је измењена изван програма radprev; ништа није промењено. Вратите vault.keys из резервне копије.</translation>
        </message>
        <message>
            <source>There is no key slot for %1.</source>
            <translation>Не постоји место за кључ за %1.</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>Тренутна лозинка није исправна.</translation>
        </message>
        <message>
            <source>The key slot changed meanwhile; try again.</source>
            <translation>Место за кључ се у међувремену променило; покушајте поново.</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
            <translation>Датотека кључева vault.keys је измењена изван програма radprev (њен печат се не слаже са кључем трезора). Вратите vault.keys из резервне копије.</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not verify; nothing was changed.</source>
            <translation>Поново шифрована копија није прошла проверу; ништа није промењено.</translation>
        </message>
        <message>
            <source>The re-encrypted copy is incomplete; nothing was changed.</source>
            <translation>Поново шифрована копија је непотпуна; ништа није промењено.</translation>
        </message>
        <message>
            <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
            <translation>Базу података још користи други прозор; затворите га и покушајте поново. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The vault folder %1 is not a folder.</source>
            <translation>Фасцикла трезора %1 није фасцикла.</translation>
        </message>
        <message>
            <source>The vault folder %1 does not exist and this account cannot create it.</source>
            <translation>Фасцикла трезора %1 не постоји, а овај налог не може да је направи.</translation>
        </message>
        <message>
            <source>This account may not use the shared vault folder %1. Ask IT to add it to the '%2' group (sudo adduser USER %2), then log out and in again.</source>
            <translation>Овај налог не сме да користи заједничку фасциклу трезора %1. Замолите ИТ службу да га дода у групу „%2“ (судо аддусер УСЕР %2), па се одјавите и поново пријавите.</translation>
        </message>
        <message>
            <source>This account may not use the shared vault folder %1. Ask IT to give the workstation's users modify rights on it (the installer does).</source>
            <translation>Овај налог не сме да користи заједничку фасциклу трезора %1. Замолите ИТ службу да корисницима радне станице да право измене (то ради инсталациони програм).</translation>
        </message>
        <message>
            <source>This account may not read and write the vault folder %1.</source>
            <translation>Овај налог не може да чита и уписује у фасциклу трезора %1.</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>Сачекајте</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>Није исправно</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>Налог је онемогућен</translation>
        </message>
        <message>
            <source>Password too weak</source>
            <translation>Лозинка је преслаба</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>База података је оштећена</translation>
        </message>
        <message>
            <source>No database yet</source>
            <translation>База података још не постоји</translation>
        </message>
        <message>
            <source>Database of a newer version</source>
            <translation>База података новије верзије</translation>
        </message>
        <message>
            <source>Database folder not writable</source>
            <translation>Није могућ упис у фасциклу базе података</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>Није дозвољено</translation>
        </message>
        <message>
            <source>Please check your input</source>
            <translation>Проверите унос</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Није пронађено</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Сукоб</translation>
        </message>
        <message>
            <source>Checklist template not valid</source>
            <translation>Шаблон контролне листе није исправан</translation>
        </message>
        <message>
            <source>Package refused</source>
            <translation>Пакет је одбијен</translation>
        </message>
        <message>
            <source>Audit log broken</source>
            <translation>Дневник ревизије је нарушен</translation>
        </message>
        <message>
            <source>The file could not be written</source>
            <translation>Датотека није могла да се упише</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>Проблем са базом података</translation>
        </message>
        <message>
            <source>Cannot do this</source>
            <translation>Ово не може да се уради</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>Неочекивана грешка</translation>
        </message>
        <message>
            <source>The checklist template is not valid:</source>
            <translation>Шаблон контролне листе није исправан:</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
            <translation>Нешто није у реду ({kind}). Неуспели корак ништа није променио.</translation>
        </message>
        <message>
            <source>This is a real vault: training records come from a training vault.</source>
            <translation>Ово је прави трезор: записи о обуци потичу из трезора за обуку.</translation>
        </message>
        <message>
            <source>Only a trainer prints another trainee's training record.</source>
            <translation>Запис о обуци другог полазника штампа само инструктор.</translation>
        </message>
        <message>
            <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
            <translation>Ово је прави трезор: вежбе се раде само у трезору за обуку (Вежбај на екрану за пријаву или `radprev training init`).</translation>
        </message>
        <message>
            <source>There is no such exercise.</source>
            <translation>Таква вежба не постоји.</translation>
        </message>
        <message>
            <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
            <translation>Сценарио %1 још није написан на језику %2; постоји на: %3.</translation>
        </message>
        <message>
            <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
            <translation>Прво забележите и предајте запажање о овом осуђеном лицу; затим затражите повратну информацију.</translation>
        </message>
        <message>
            <source>Only the trainee completes their own exercise.</source>
            <translation>Своју вежбу завршава само полазник.</translation>
        </message>
        <message>
            <source>Only a trainer sees other trainees' exercises.</source>
            <translation>Вежбе других полазника види само инструктор.</translation>
        </message>
        <message>
            <source>There is no training scenario %1. See `radprev training list`.</source>
            <translation>Не постоји сценарио за обуку %1. Види `radprev training list`.</translation>
        </message>
        <message>
            <source>The screen is locked.</source>
            <translation>Екран је закључан.</translation>
        </message>
        <message>
            <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
            <translation>Фонт за извештаје %1 недостаје у %2. Поново инсталирајте апликацију; PDF није направљен.</translation>
        </message>
        <message>
            <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
            <translation>Фонт за извештаје %1 не може да се прочита. Поново инсталирајте апликацију; PDF није направљен.</translation>
        </message>
        <message>
            <source>%1 is not installed (PostgreSQL client tools are needed).</source>
            <translation>%1 није инсталиран (потребни су клијентски алати PostgreSQL-а).</translation>
        </message>
        <message>
            <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
            <translation>Резервне копије читају лозинку базе података из libpq датотеке лозинки: подесите пассфиле у central.json (или ПГПАССФИЛЕ).</translation>
        </message>
        <message>
            <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
            <translation>За ову централу није подешен кључ резервних копија: прво наведите примаоца резервних копија (radprev central certificate --backup-recipient age1…).</translation>
        </message>
        <message>
            <source>%1 exists already; choose a new file name.</source>
            <translation>%1 већ постоји; изаберите ново име датотеке.</translation>
        </message>
        <message>
            <source>This computer's database login does not reach every establishment, so its backup would be incomplete. Take backups through the office's own login.</source>
            <translation>Пријава овог рачунара на базу података не обухвата све установе, па би резервна копија била непотпуна. Резервне копије правите преко сопствене пријаве канцеларије.</translation>
        </message>
        <message>
            <source>pg_dump failed: %1</source>
            <translation>pg_dump није успео: %1</translation>
        </message>
        <message>
            <source>The backup key is not an age identity.</source>
            <translation>Кључ резервних копија није age идентитет.</translation>
        </message>
        <message>
            <source>pg_restore failed: %1</source>
            <translation>pg_restore није успео: %1</translation>
        </message>
        <message>
            <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
            <translation>Сервер је одбио пријаву %1 на базу података %2: датотеци лозинки %3 потребан је ред за ту базу (хост:порт:%2:%1:лозинка). Додајте га и поново покрените враћање; ништа није враћено.</translation>
        </message>
        <message>
            <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
            <translation>Резервна копија не може да се дешифрује овим кључем (погрешан кључ или оштећена датотека).</translation>
        </message>
        <message>
            <source>The central office holds nothing of establishment %1.</source>
            <translation>Централа нема ништа од установе %1.</translation>
        </message>
        <message>
            <source>Reports by establishment are made at the central office.</source>
            <translation>Извештаји по установама праве се у централи.</translation>
        </message>
        <message>
            <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
            <translation>Установа %1 није међу установама које су вам додељене. Ако вам је потребна, затражите дозволу од администратора.</translation>
        </message>
        <message>
            <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
            <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor's words are theirs, so the PDF's marking takes them into account.</extracomment>
            <translation>Осуђени је премештен у другу установу: предају при отпусту припрема установа из које се осуђени отпушта.</translation>
        </message>
        <message>
            <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
            <translation>Осуђени је на издржавању казне. Предаја при отпусту се прави када је осуђени отпуштен, или раније, када потврдите да осуђени ускоро излази на слободу.</translation>
        </message>
        <message>
            <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
            <translation>Тачност овог досијеа је оспорена и обрада је ограничена: предаја се не прави док надређени не укине ограничење.</translation>
        </message>
        <message>
            <source>The referral to export no longer exists.</source>
            <translation>Упућивање за извоз више не постоји.</translation>
        </message>
        <message>
            <source>a referral starts as proposed</source>
            <translation>упућивање почиње као предложено</translation>
        </message>
        <message>
            <source>the status steps are not in an allowed order</source>
            <translation>кораци статуса нису у дозвољеном редоследу</translation>
        </message>
        <message>
            <source>the status steps are not in date order</source>
            <translation>кораци статуса нису поређани по датуму</translation>
        </message>
        <message>
            <source>the status is not the last step of the history</source>
            <translation>статус није последњи корак историје</translation>
        </message>
        <message>
            <source>Files are linked at the central office.</source>
            <translation>Досијеи се повезују у централи.</translation>
        </message>
        <message>
            <source>Say why you decided (it is kept in the audit log).</source>
            <translation>Наведите зашто сте тако одлучили (чува се у дневнику ревизије).</translation>
        </message>
        <message>
            <source>These are the same file already.</source>
            <translation>То је већ исти досије.</translation>
        </message>
        <message>
            <source>A decision about these two files exists (%1); undo it first.</source>
            <translation>Одлука о ова два досијеа већ постоји (%1); прво је поништите.</translation>
        </message>
        <message>
            <source>Say why the decision is undone.</source>
            <translation>Наведите зашто се одлука поништава.</translation>
        </message>
        <message>
            <source>There is no such decision in force.</source>
            <translation>Таква важећа одлука не постоји.</translation>
        </message>
        <message>
            <source>The transfer to export no longer exists.</source>
            <translation>Премештај за извоз више не постоји.</translation>
        </message>
        <message>
            <source>a transfer is recorded at the establishment the prisoner leaves</source>
            <translation>премештај се бележи у установи коју осуђено лице напушта</translation>
        </message>
        <message>
            <source>a transfer goes to another establishment</source>
            <translation>премештај иде у другу установу</translation>
        </message>
        <message>
            <source>An establishment code is 1–16 letters, digits or '-' (e.g. PL-KRK1).</source>
            <extracomment>An establishment code as the central office enrols them (letters, digits, '-'). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
            <translation>Шифра установе има 1–16 слова, цифара или '-' (нпр. ПЛ-KRK1).</translation>
        </message>
        <message>
            <source>A transfer is recorded on or after the day it happens, not before.</source>
            <translation>Премештај се бележи на дан када се деси или после тога, не пре.</translation>
        </message>
        <message>
            <source>The transfer date is too far in the past.</source>
            <translation>Датум премештаја је превише далеко у прошлости.</translation>
        </message>
        <message>
            <source>The note is limited to %1 characters.</source>
            <translation>Напомена може имати највише %1 знакова.</translation>
        </message>
        <message>
            <source>A transfer is recorded at the prison the prisoner leaves.</source>
            <translation>Премештај се бележи у затвору који осуђено лице напушта.</translation>
        </message>
        <message>
            <source>The prisoner is already in this establishment: name the one they go to.</source>
            <translation>Осуђено лице је већ у овој установи: наведите ону у коју одлази.</translation>
        </message>
        <message>
            <source>%1 is not one of the establishments the central office lists.</source>
            <translation>%1 није међу установама које централа наводи.</translation>
        </message>
        <message>
            <source>This file belongs to another establishment; it cannot be transferred here.</source>
            <translation>Овај досије припада другој установи; не може се преместити одавде.</translation>
        </message>
        <message>
            <source>This file was anonymised and cannot be transferred.</source>
            <translation>Овај досије је анонимизован и не може се преместити.</translation>
        </message>
        <message>
            <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
            <translation>Осуђено лице није у овој установи (статус: %1); преместити се може само осуђено лице које је у установи.</translation>
        </message>
        <message>
            <source>The recipient key file is too large to be an age key.</source>
            <translation>Датотека кључа примаоца је превелика да би била age кључ.</translation>
        </message>
        <message>
            <source>The recipient key file is not text.</source>
            <translation>Датотека кључа примаоца није текст.</translation>
        </message>
        <message>
            <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
            <translation>Ово је тајни кључ: затражите од повереничке службе њен јавни кључ (ред који почиње са age1…). Чувајте датотеку тајног кључа на безбедном.</translation>
        </message>
        <message>
            <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
            <translation>Датотека кључа примаоца мора садржати један јавни age кључ (ред који почиње са age1…).</translation>
        </message>
        <message>
            <source>The recipient key file holds a damaged age key.</source>
            <translation>Датотека кључа примаоца садржи оштећен age кључ.</translation>
        </message>
        <message>
            <source>Say who the handover is for (the probation office).</source>
            <translation>Наведите за кога је предаја (повереничка канцеларија).</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>Фасцикла %1 не постоји.</translation>
        </message>
        <message>
            <source>A file named %1 is already in %2.</source>
            <translation>Датотека са именом %1 већ постоји у %2.</translation>
        </message>
        <message>
            <source>The package written to %1 cannot be read back.</source>
            <translation>Пакет уписан у %1 не може поново да се прочита.</translation>
        </message>
        <message>
            <source>The package written to %1 does not read back as written.</source>
            <translation>Пакет уписан у %1 не чита се онако како је уписан.</translation>
        </message>
        <message>
            <source>This is not a release handover package.</source>
            <translation>Ово није пакет предаје при отпусту.</translation>
        </message>
        <message>
            <source>The handover package names no signing key.</source>
            <translation>Пакет предаје не наводи кључ за потпис.</translation>
        </message>
        <message>
            <source>The handover package holds no readable content.</source>
            <translation>Пакет предаје нема читљив садржај.</translation>
        </message>
        <message>
            <source>There is no such prisoner at the central office.</source>
            <extracomment>The record kinds a prisoner's file is made of, in the order they are taken in.</extracomment>
            <translation>У централи не постоји такво осуђено лице.</translation>
        </message>
        <message>
            <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
            <translation>Ниједан премештај овог осуђеног лица није стигао у централу: затвор који је осуђено лице напустило га прво бележи и извози.</translation>
        </message>
        <message>
            <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
            <translation>Ниједна радна станица установе %1 још не може да прими досије: свака наводи свој кључ премештаја у пакетима за извоз. Замолите их да једном извезу (и упишите радну станицу), затим поново издајте пакет.</translation>
        </message>
        <message>
            <source>The bundle written to %1 cannot be read back.</source>
            <translation>Пакет уписан у %1 не може поново да се прочита.</translation>
        </message>
        <message>
            <source>The bundle written to %1 does not read back as written.</source>
            <translation>Пакет уписан у %1 не чита се онако како је уписан.</translation>
        </message>
        <message>
            <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
            <translation>Ова радна станица још нема кључ премештаја, па јој се пакет премештаја не може упутити: извезите једном (централа сазнаје кључ), затим затражите пакет.</translation>
        </message>
        <message>
            <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment's workstations (or it is damaged). Nothing was changed.</source>
            <translation>Овај пакет премештаја није упућен овој радној станици: издат је за радне станице друге установе (или је оштећен). Ништа није промењено.</translation>
        </message>
        <message>
            <source>The transfer bundle does not say whom and what it is for.</source>
            <translation>Пакет премештаја не наводи за кога је и шта је.</translation>
        </message>
        <message>
            <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
            <translation>Овај пакет премештаја је за установу %1, не за %2. Ништа није промењено.</translation>
        </message>
        <message>
            <source>The transfer bundle's transfer is malformed.</source>
            <translation>Премештај у пакету премештаја је неисправан.</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle: %2</source>
            <translation>Ред %1 пакета премештаја: %2</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
            <translation>Ред %1 пакета премештаја се не односи на премештено осуђено лице.</translation>
        </message>
        <message>
            <source>The transfer bundle must hold the prisoner's file header once.</source>
            <translation>Пакет премештаја мора једном садржати заглавље досијеа осуђеног лица.</translation>
        </message>
        <message>
            <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
            <translation>Други пакет премештаја са бројем %1 из ове централе већ је увезен: овај је фалсификат или поновљено слање. Ништа није промењено.</translation>
        </message>
        <message>
            <source>A checklist template in the bundle was refused: %1</source>
            <translation>Шаблон контролне листе у пакету је одбијен: %1</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
            <translation>Ред %1 пакета премештаја не може да се прими: %2 Ништа није промењено.</translation>
        </message>
        <message>
            <source>Prison number %1 is already used here for another prisoner: give the prisoner's number at this establishment. Nothing was changed.</source>
            <translation>Матични број %1 се овде већ користи за друго осуђено лице: наведите број осуђеног лица у овој установи. Ништа није промењено.</translation>
        </message>
        <message>
            <source>This is done at the central office.</source>
            <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
            <translation>Ово се ради у централи.</translation>
        </message>
        <message>
            <source>The central database connection must use TLS: sslmode '%1' is not allowed (use one of %2).</source>
            <translation>Веза са централном базом података мора користити TLS: сслмоде '%1' није дозвољен (користите један од: %2).</translation>
        </message>
        <message>
            <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
            <translation>Централној бази података мора се приступати преко ТЦП-а са TLS-ом (име хоста или адреса, а не локална фасцикла сокета).</translation>
        </message>
        <message>
            <source>The central database port must be a number from 1 to 65535, not %1.</source>
            <translation>Порт централне базе података мора бити број од 1 до 65535, а не %1.</translation>
        </message>
        <message>
            <source>The central database address must start with %1</source>
            <translation>Адреса централне базе података мора почињати са %1</translation>
        </message>
        <message>
            <source>The central database address is not valid.</source>
            <translation>Адреса централне базе података није исправна.</translation>
        </message>
        <message>
            <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
            <translation>Не стављајте лозинку у адресу базе података (завршила би у историји командне линије и списковима процеса): ставите је у датотеку са лозинком (пассфиле) или је унесите када се затражи.</translation>
        </message>
        <message>
            <source>The central database address needs a user, a host and a database name: %1</source>
            <translation>Адреса централне базе података мора садржати корисника, хост и име базе података: %1</translation>
        </message>
        <message>
            <source>The central database settings in %1 cannot be read.</source>
            <translation>Подешавања централне базе података у %1 не могу се прочитати.</translation>
        </message>
        <message>
            <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
            <translation>Подешавања централне базе података у %1 нису исправна (лозинка им никада не припада: користите датотеку са лозинком).</translation>
        </message>
        <message>
            <source>The central database settings in %1 lack host, dbname or user.</source>
            <translation>У подешавањима централне базе података у %1 недостаје хост, дбнаме или усер.</translation>
        </message>
        <message>
            <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
            <translation>Централно складиште је прекинуло ову сесију: налог је онемогућен или уклоњен, или је његов сервер заустављен или поново покренут. Оно што је раније сачувано остаје. Унесите лозинку да бисте се поново пријавили; док сервер не ради, пријава ће то рећи.</translation>
        </message>
        <message>
            <source>The server at %1 refused a connection without TLS.</source>
            <translation>Сервер %1 је одбио везу без TLS-а.</translation>
        </message>
        <message>
            <source>The server at %1 does not offer TLS; radprev never sends analysts' data over an unencrypted connection.</source>
            <translation>Сервер %1 не нуди TLS; radprev никада не шаље податке аналитичара преко нешифроване везе.</translation>
        </message>
        <message>
            <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
            <translation>Сервер %1 није извршио аутентификацију помоћу СЦРАМ-СХА-256 са везивањем канала (цханнел биндинг); подесите password_encryption = сцрам-сха-256 и користите сцрам-сха-256 у pg_hba.conf (редови хостссл).</translation>
        </message>
        <message>
            <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server's in the central database settings.</source>
            <translation>Датотека TLS сертификата %1 (сслроотцерт) не може се прочитати: у подешавањима централне базе података наведите путању сертификата којим је потписан сертификат сервера.</translation>
        </message>
        <message>
            <source>The TLS certificate of the server at %1 could not be verified.</source>
            <translation>TLS сертификат сервера %1 није могао бити проверен.</translation>
        </message>
        <message>
            <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
            <translation>Нема лозинке за %1: ставите је у libpq датотеку са лозинкама (пассфиле) наведену у подешавањима централне базе података.</translation>
        </message>
        <message>
            <source>The central database refused the password for %1.</source>
            <translation>Централна база података је одбила лозинку за %1.</translation>
        </message>
        <message>
            <source>The server at %1 has no database named %2.</source>
            <translation>На серверу %1 не постоји база података под именом %2.</translation>
        </message>
        <message>
            <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
            <translation>Централна база података %1 није доступна: проверите да ли сервер ради и да ли су хост и порт исправни.</translation>
        </message>
        <message>
            <source>Give the reason for access first: every consultation of prisoners' data is recorded with its purpose.</source>
            <translation>Прво наведите разлог приступа: сваки увид у податке осуђених лица бележи се са својом сврхом.</translation>
        </message>
        <message>
            <source>The vault has no key for search terms; run radprev doctor.</source>
            <translation>Трезор нема кључ за појмове претраге; покрените radprev doctor.</translation>
        </message>
        <message>
            <source>Choose the unit the prisoner is in.</source>
            <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
            <translation>Изаберите одељење у којем се налази осуђено лице.</translation>
        </message>
        <message>
            <source>Give the period as two dates (YYYY-MM-DD).</source>
            <translation>Наведите период као два датума (ГГГГ-ММ-ДД).</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person's data.</source>
            <translation>Обрада овог досијеа је ограничена: док надређени не укине ограничење, једини извештаји о њему су извештај о приступу за лице на које се подаци односе и извоз података тог лица.</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
            <translation>Обрада овог досијеа је ограничена: пакет премештаја се не издаје док установа не укине ограничење.</translation>
        </message>
        <message>
            <source>Processing of this file is already restricted.</source>
            <translation>Обрада овог досијеа је већ ограничена.</translation>
        </message>
        <message>
            <source>Processing of this file is not restricted.</source>
            <translation>Обрада овог досијеа није ограничена.</translation>
        </message>
        <message>
            <source>The classification must be one of: %1.</source>
            <translation>Степен тајности мора бити један од: %1.</translation>
        </message>
        <message>
            <source>Give the reason for the new classification.</source>
            <translation>Наведите разлог за нови степен тајности.</translation>
        </message>
        <message>
            <source>A draft's author chooses its classification.</source>
            <translation>Степен тајности нацрта бира његов аутор.</translation>
        </message>
        <message>
            <source>The text is too long (2,000 characters at most).</source>
            <translation>Текст је предугачак (највише 2.000 знакова).</translation>
        </message>
        <message>
            <source>A request concerns the prisoner's details, an observation or a checklist run.</source>
            <translation>Захтев се односи на податке о осуђеном лицу, на запажање или на попуњену контролну листу.</translation>
        </message>
        <message>
            <source>Choose the outcome: rectified, refused or noted.</source>
            <translation>Изаберите исход: исправљено, одбијено или забележено.</translation>
        </message>
        <message>
            <source>Only a dispute is noted; a rectification is made or refused.</source>
            <translation>Забележава се само оспоравање; исправка се врши или одбија.</translation>
        </message>
        <message>
            <source>Give the reason for the decision.</source>
            <translation>Наведите разлог одлуке.</translation>
        </message>
        <message>
            <source>Name the amended version that made the correction (2 or more).</source>
            <translation>Наведите измењену верзију којом је извршена исправка (2 или више).</translation>
        </message>
        <message>
            <source>There is no version %1 of this record.</source>
            <translation>Не постоји верзија %1 овог записа.</translation>
        </message>
        <message>
            <source>Version %1 of the prisoner's details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
            <translation>Верзијом %1 података о осуђеном лицу нису исправљени матични број, име и презиме ни година рођења после евидентирања захтева (то може бити промена одељења, ћелије, статуса или ограничења). Наведите верзију којом је извршена исправка.</translation>
        </message>
        <message>
            <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
            <translation>Верзија %1 овог записа настала је пре евидентирања захтева, па не може бити исправка коју је лице тражило. Измените запис, а затим наведите верзију коју је измена направила.</translation>
        </message>
        <message>
            <source>Choose rectification or dispute.</source>
            <translation>Изаберите исправку или оспоравање.</translation>
        </message>
        <message>
            <source>Write what the person asks or contests.</source>
            <translation>Упишите шта лице тражи или оспорава.</translation>
        </message>
        <message>
            <source>There is no such request.</source>
            <translation>Не постоји такав захтев.</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>О овом захтеву је већ одлучено.</translation>
        </message>
        <message>
            <source>The note to export no longer exists.</source>
            <translation>Напомена за извоз више не постоји.</translation>
        </message>
        <message>
            <source>a note's kind, outcome and object do not fit together</source>
            <translation>врста, исход и предмет напомене се не слажу</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
            <translation>Обрада овог досијеа је ограничена: запис се исправља само као одговор на отворен захтев за његову исправку. Надређени најпре бележи захтев или укида ограничење.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
            <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of "damaged" or a wrong password (decision 0034).</extracomment>
            <translation>Овај трезор је направила новија верзија програма radprev (његова датотека кључева vault.keys има формат %1; ова верзија чита формате највише до %2); инсталирајте ту верзију или новију. У трезору ништа није промењено.</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
            <translation>Овај трезор је направила новија верзија програма radprev (његова датотека кључева vault.keys бележи %1, што ова верзија не познаје); инсталирајте ту верзију или новију. У трезору ништа није промењено.</translation>
        </message>
        <message>
            <source>The record is malformed (a field has the wrong type or shape).</source>
            <extracomment>json.loads' own decoder (no hook) and its scanner, for the audit lines.</extracomment>
            <translation>Запис је неисправан (поље има погрешан тип или облик).</translation>
        </message>
        <message>
            <source>The record does not fit the vault (a constraint refused it).</source>
            <translation>Запис не одговара трезору (одбило га је ограничење базе).</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>I saw or heard it myself</source>
            <translation>Лично виђено или чуто</translation>
        </message>
        <message>
            <source>Overheard</source>
            <translation>Случајно чуто</translation>
        </message>
        <message>
            <source>Told by a prisoner</source>
            <translation>Рекао осуђени</translation>
        </message>
        <message>
            <source>Told by staff</source>
            <translation>Рекло особље</translation>
        </message>
        <message>
            <source>Item or document found</source>
            <translation>Пронађен предмет или документ</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>Осуђено лице</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>Посетилац</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Особље</translation>
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
            <translation>Неодложно (претња по живот или непосредна опасност)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Нацрт</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Предато</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Прихваћено</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Враћено</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Одбијено</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Извезено</translation>
        </message>
        <message>
            <source>In custody</source>
            <translation>У установи</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>Премештено</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>Отпуштено</translation>
        </message>
        <message>
            <source>Returned to the officer</source>
            <translation>Враћено службеном лицу</translation>
        </message>
        <message>
            <source>Re-graded</source>
            <translation>Промењена оцена</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Задржано</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Анонимизовано</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>Избрисано</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>службено лице</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>надређени</translation>
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
            <translation>радна станица</translation>
        </message>
        <message>
            <source>central office</source>
            <translation>централа</translation>
        </message>
        <message>
            <source>Observation record</source>
            <translation>Запис запажања</translation>
        </message>
        <message>
            <source>Subject summary</source>
            <translation>Преглед досијеа осуђеног лица</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>Преглед одељења за период</translation>
        </message>
        <message>
            <source>Checklist (paper form)</source>
            <translation>Контролна листа (папирни образац)</translation>
        </message>
        <message>
            <source>Vault recovery sheet</source>
            <translation>Лист за опоравак трезора</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>Лист за упис радне станице</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>Извештај о приступу за лице на које се подаци односе</translation>
        </message>
        <message>
            <source>Establishment report</source>
            <translation>Извештај установе</translation>
        </message>
        <message>
            <source>National overview</source>
            <translation>Национални преглед</translation>
        </message>
        <message>
            <source>Release handover to the probation service</source>
            <translation>Предаја при отпусту служби за алтернативне санкције (повереничка служба)</translation>
        </message>
        <message>
            <source>Data-protection officer's report</source>
            <translation>Извештај лица за заштиту података</translation>
        </message>
        <message>
            <source>Review of the file</source>
            <translation>Провера досијеа</translation>
        </message>
        <message>
            <source>New information to record</source>
            <translation>Нова информација за бележење</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Надзор</translation>
        </message>
        <message>
            <source>Request of the data subject</source>
            <translation>Захтев лица на које се подаци односе</translation>
        </message>
        <message>
            <source>Other (explain)</source>
            <translation>Друго (објасните)</translation>
        </message>
        <message>
            <source>Own work queue</source>
            <translation>Сопствени ред задатака</translation>
        </message>
        <message>
            <source>Proposed</source>
            <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED ("accepted") would be one key of one dict.</extracomment>
            <translation>Предложено</translation>
        </message>
        <message>
            <source>Accepted by the programme</source>
            <translation>Програм прихватио</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Одбијено</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Започето</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Завршено</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>Прекинуто раније</translation>
        </message>
        <message>
            <source>Disengagement programme</source>
            <extracomment>The six kinds of programme (core/services/referrals.py) until a country's own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
            <translation>Програм одвајања од насиља</translation>
        </message>
        <message>
            <source>Rehabilitation programme</source>
            <translation>Програм рехабилитације</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>Менторство</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Образовање</translation>
        </message>
        <message>
            <source>Mental-health support</source>
            <translation>Подршка менталном здрављу</translation>
        </message>
        <message>
            <source>Religious counselling (chaplaincy)</source>
            <translation>Верско саветовање (духовна служба)</translation>
        </message>
        <message>
            <source>Immediate</source>
            <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
            <translation>Неодложно</translation>
        </message>
        <message>
            <source>Routine: for the next review.</source>
            <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
            <translation>Редовно: за следећу проверу.</translation>
        </message>
        <message>
            <source>Priority: a supervisor should see it soon.</source>
            <translation>Приоритетно: надређени треба ускоро да погледа.</translation>
        </message>
        <message>
            <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
            <translation>Неодложно: претња по живот или непосредна опасност; одмах пријављено лично или телефоном.</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings' keys).</extracomment>
            <translation>Шта је виђено или чуто</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>Процена службеног лица</translation>
        </message>
        <message>
            <source>Other explanations considered</source>
            <translation>Размотрена друга објашњења</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Your duty at the time</source>
            <translation>Ваша дужност у то време</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>Предузета или препоручена радња</translation>
        </message>
        <message>
            <source>Prisoner's own account</source>
            <translation>Изјава осуђеног лица</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>Укључене особе</translation>
        </message>
        <message>
            <source>Evidence for the items ticked</source>
            <translation>Докази за означене ставке</translation>
        </message>
        <message>
            <source>Protective factors seen</source>
            <translation>Уочени заштитни фактори</translation>
        </message>
        <message>
            <source>Handling conditions</source>
            <translation>Услови поступања</translation>
        </message>
        <message>
            <source>Context and vulnerability notes</source>
            <translation>Белешке о контексту и рањивости</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резиме</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>Разлог исправке</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>A checklist item's evidence field ("answers.&lt;code&gt;").</extracomment>
            <translation>Доказ за %1</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>%1 или %2</translation>
        </message>
        <message>
            <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
            <translation>3x5x2 (извор 1–3, информација А–Е, поступање П/Ц)</translation>
        </message>
        <message>
            <source>Reliable</source>
            <translation>Поуздан</translation>
        </message>
        <message>
            <source>Untested</source>
            <translation>Непроверено</translation>
        </message>
        <message>
            <source>Not reliable</source>
            <translation>Непоуздан</translation>
        </message>
        <message>
            <source>Known directly to the source</source>
            <translation>Извору познато непосредно</translation>
        </message>
        <message>
            <source>Known indirectly, corroborated</source>
            <translation>Познато посредно, потврђено</translation>
        </message>
        <message>
            <source>Known indirectly</source>
            <translation>Познато посредно</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Није познато</translation>
        </message>
        <message>
            <source>Suspected to be false or malicious</source>
            <translation>Сумња се да је лажно или злонамерно</translation>
        </message>
        <message>
            <source>Lawful sharing permitted</source>
            <translation>Законито прослеђивање дозвољено</translation>
        </message>
        <message>
            <source>Lawful sharing permitted with conditions</source>
            <translation>Законито прослеђивање дозвољено уз услове</translation>
        </message>
        <message>
            <source>Admiralty 6x6 (source A–F, information 1–6)</source>
            <translation>Адмиралитет 6x6 (извор А–Ф, информација 1–6)</translation>
        </message>
        <message>
            <source>Completely reliable</source>
            <translation>Потпуно поуздан</translation>
        </message>
        <message>
            <source>Usually reliable</source>
            <translation>Обично поуздан</translation>
        </message>
        <message>
            <source>Fairly reliable</source>
            <translation>Прилично поуздан</translation>
        </message>
        <message>
            <source>Not usually reliable</source>
            <translation>Обично непоуздан</translation>
        </message>
        <message>
            <source>Unreliable</source>
            <translation>Непоуздан извор</translation>
        </message>
        <message>
            <source>Reliability cannot be judged</source>
            <translation>Поузданост не може да се процени</translation>
        </message>
        <message>
            <source>Confirmed by other sources</source>
            <translation>Потврђено из других извора</translation>
        </message>
        <message>
            <source>Probably true</source>
            <translation>Вероватно тачно</translation>
        </message>
        <message>
            <source>Possibly true</source>
            <translation>Можда тачно</translation>
        </message>
        <message>
            <source>Doubtful</source>
            <translation>Сумњиво</translation>
        </message>
        <message>
            <source>Improbable</source>
            <translation>Мало вероватно</translation>
        </message>
        <message>
            <source>Truth cannot be judged</source>
            <translation>Истинитост не може да се процени</translation>
        </message>
        <message>
            <source>training</source>
            <translation>за обуку</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The interrupted removal of %1 was finished.</source>
            <translation>Завршено је прекинуто уклањање налога %1.</translation>
        </message>
        <message>
            <source>The interrupted disabling of %1 was finished.</source>
            <translation>Завршено је прекинуто онемогућавање налога %1.</translation>
        </message>
        <message>
            <source>%1 backup(s) under an older vault key were deleted.</source>
            <translation>Избрисане су резервне копије под старијим кључем трезора: %1.</translation>
        </message>
        <message>
            <source>An interrupted key change could not be finished yet: %1</source>
            <translation>Прекинута промена кључа још није могла да се заврши: %1</translation>
        </message>
        <message>
            <source>Reference bundle %1 was already imported; nothing changed.</source>
            <translation>Референтни пакет %1 је већ увезен; ништа није промењено.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
            <translation>Увезен је референтни пакет %1: шаблони: %2, промењена подешавања: %3, листе шифара: %4.</translation>
        </message>
        <message>
            <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
            <translation>%1: пакет %3 са радне станице %2 је већ увезен; ништа није промењено (понављање или дупликат).</translation>
        </message>
        <message>
            <source>IMPORT FAILED: %1</source>
            <translation>УВОЗ НИЈЕ УСПЕО: %1</translation>
        </message>
        <message>
            <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
            <translation>%1: увезен је пакет %3 са радне станице %2: нових %4, већ познатих %5, сукоба %6, у карантину %7, уноса ревизије %8.</translation>
        </message>
        <message>
            <source>%1 of the quarantined records touch another establishment's files and were refused (a workstation may send its own establishment's records only).</source>
            <translation>Записи у карантину који се односе на досијее друге установе и који су одбијени: %1 (радна станица сме да шаље само записе своје установе).</translation>
        </message>
        <message>
            <source>It arrived after a later package (filled a gap).</source>
            <translation>Стигао је после каснијег пакета (попунио је празнину).</translation>
        </message>
        <message>
            <source>Still missing from this workstation: %1.</source>
            <translation>Са ове радне станице још недостаје: %1.</translation>
        </message>
        <message>
            <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
            <translation>Његов дневник ревизије је у супротности са уносима које централа већ има за ту радну станицу: спорни уноси се чувају у карантину; обратите се установи и лицу за заштиту података (sync verify-аудит).</translation>
        </message>
        <message>
            <source>  quarantined line %1 (%2 %3): %4</source>
            <translation>  у карантину ред %1 (%2 %3): %4</translation>
        </message>
        <message>
            <source>Receipt %1 was already imported; nothing changed.</source>
            <translation>Потврда пријема %1 је већ увезена; ништа није промењено.</translation>
        </message>
        <message>
            <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
            <translation>Потврда пријема %1: пакети новопотврђени као достављени: %2.</translation>
        </message>
        <message>
            <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
            <translation>Још нису потврђени: %1 (пошаљите их поново преко Извоз → поново пошаљи ако касне).</translation>
        </message>
        <message>
            <source>Every package written has been confirmed.</source>
            <translation>Сви уписани пакети су потврђени.</translation>
        </message>
        <message>
            <source>The central office holds different content for packages %1: tell the central office.</source>
            <translation>Централа има другачији садржај пакета %1: обавестите централу.</translation>
        </message>
        <message>
            <source>Transfer bundle %1 was already imported; nothing changed.</source>
            <translation>Пакет премештаја %1 је већ увезен; ништа није промењено.</translation>
        </message>
        <message>
            <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
            <translation>Пакет премештаја %1: досије осуђеног лица %2 стигао је из %3 (%4); ранији записи остају само за читање, нови записи настављају исти досије.</translation>
        </message>
        <message>
            <source>%1 records differ from what this vault holds under the same id and version: this vault's copy was kept.</source>
            <translation>Записа који се разликују од онога што овај трезор има под истим идентификатором и верзијом: %1; задржана је копија овог трезора.</translation>
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
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Име и презиме</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Провера до</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Запажања</translation>
        </message>
        <message>
            <source>When</source>
            <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
            <translation>Када</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Хитност</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Шта је виђено или чуто</translation>
        </message>
        <message>
            <source>Establishment</source>
            <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons' records (the page hides the column on a workstation's vault).</extracomment>
            <translation>Установа</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Забележено у</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатељи</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Степен тајности</translation>
        </message>
        <message>
            <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
            <translation>При печаћењу службено лице је упитано да ли су ове речи о вери, етничкој припадности или политици потребне и задржало их је: {words}</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>The prisoner's details have not been changed since the file was opened.</source>
            <translation>Подаци о осуђеном лицу нису мењани од отварања досијеа.</translation>
        </message>
        <message>
            <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
            <translation>Информација за лице (Директива (ЕУ) 2016/680, чл. 14)</translation>
        </message>
        <message>
            <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
            <translation>Овај досије треба преиспитати до %1. При сваком преиспитивању надзорник одлучује да ли је још потребан; досије који више није потребан се анонимизује или брише.</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>Руковалац</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Сврха</translation>
        </message>
        <message>
            <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
            <translation>Евиденција онога што су службеници видели и чули, која се води ради спречавања насилне радикализације у затвору и безбедности осуђених лица и особља. То није процена ризика и програм не доноси никакве одлуке ни о коме.</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Правни основ</translation>
        </message>
        <message>
            <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
            <translation>Послови затворске службе према домаћем праву: спречавање кривичних дела и извршење кривичних санкција (Директива (ЕУ) 2016/680, чл. 8).</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Чување</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>Примаоци</translation>
        </message>
        <message>
            <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
            <translation>Службеници и надзорници установе и централа затворске службе (шифрованим USB пакетом). Свако друго уступање наведено је у наставку.</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>Ваша права</translation>
        </message>
        <message>
            <source>You may ask the establishment's data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
            <translation>Можете тражити од лица за заштиту података о личности у установи да исправи или избрише ваше податке или да ограничи њихову обраду. Имате право да поднесете притужбу националном надзорном органу за заштиту података.</translation>
        </message>
        <message>
            <source>Disclosures: where this data was sent</source>
            <translation>Уступања: куда су ови подаци послати</translation>
        </message>
        <message>
            <source>No disclosure of this file is recorded.</source>
            <translation>Није забележено ниједно уступање овог досијеа.</translation>
        </message>
        <message>
            <source>USB package %1 to the central office (%2 records)</source>
            <translation>USB пакет %1 централи (записа: %2)</translation>
        </message>
        <message>
            <source>Release handover to %1</source>
            <translation>Предаја при отпусту: %1</translation>
        </message>
        <message>
            <source>Transfer to establishment %1</source>
            <translation>Премештај у установу %1</translation>
        </message>
        <message>
            <source>Transfer bundle to establishment %1</source>
            <translation>Пакет премештаја за установу %1</translation>
        </message>
        <message>
            <source>Report given to %1</source>
            <translation>Извештај предат: %1</translation>
        </message>
        <message>
            <source>Copy of the person's data (JSON and PDF) given to %1</source>
            <translation>Копија података лица (JSON и PDF) предата: %1</translation>
        </message>
        <message>
            <source>When</source>
            <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or "other" with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
            <translation>Када</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>Уступање</translation>
        </message>
        <message>
            <source>Redaction log</source>
            <translation>Евиденција редиговања</translation>
        </message>
        <message>
            <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
            <translation>Шта је изостављено из овог извештаја ради заштите других лица и где. Изостављене речи нису приказане.</translation>
        </message>
        <message>
            <source>Nothing was withheld.</source>
            <translation>Ништа није изостављено.</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Пута</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Ко</translation>
        </message>
        <message>
            <source>Values before the change</source>
            <translation>Вредности пре промене</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Разлог</translation>
        </message>
        <message>
            <source>Grade history</source>
            <translation>Историја оцена</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>предложено</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>промењена оцена</translation>
        </message>
        <message>
            <source>Ver.</source>
            <translation>Верз.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Оцена</translation>
        </message>
        <message>
            <source>Rectification, disputes and restriction</source>
            <translation>Исправке, оспоравања и ограничење</translation>
        </message>
        <message>
            <source>No rectification, dispute or restriction is recorded.</source>
            <translation>Није забележена ниједна исправка, оспоравање ни ограничење.</translation>
        </message>
        <message>
            <source>What was asked, or why</source>
            <translation>Шта је тражено, или зашто</translation>
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
            <translation>Радња</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>Прималац</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>Извештај о приступу за лице на које се подаци односе</translation>
        </message>
        <message>
            <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
            <translation>Све што овај трезор садржи о доле наведеном лицу, укључујући историју измена и податке о томе ко је прегледао или уступио досије. Идентитет извора са ограниченим приступом се не наводи ради заштите трећег лица.</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>Осуђено лице</translation>
        </message>
        <message>
            <source>File opened</source>
            <translation>Досије отворен</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>Последња измена</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>Анонимизовано</translation>
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
            <source>Changes to the prisoner's details</source>
            <translation>Измене података о осуђеном лицу</translation>
        </message>
        <message>
            <source>Observations (%1)</source>
            <translation>Запажања (%1)</translation>
        </message>
        <message>
            <source>Nothing has been recorded about this prisoner.</source>
            <translation>О овом осуђеном лицу ништа није забележено.</translation>
        </message>
        <message>
            <source>Observation %1 of %2</source>
            <translation>Запажање %1 од %2</translation>
        </message>
        <message>
            <source>Earlier version %1 (replaced)</source>
            <translation>Ранија верзија %1 (замењена)</translation>
        </message>
        <message>
            <source>Checklist runs</source>
            <translation>Попуњене контролне листе</translation>
        </message>
        <message>
            <source>Audit trail: who consulted or disclosed this file</source>
            <translation>Ревизиони траг: ко је прегледао или уступио овај досије</translation>
        </message>
        <message>
            <source>%1 entries, oldest first, including this report.</source>
            <translation>Уноса: %1, од најстаријег, укључујући овај извештај.</translation>
        </message>
        <message>
            <source>Checklist (paper form)</source>
            <translation>Контролна листа (папирни образац)</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Шаблон</translation>
        </message>
        <message>
            <source>Prisoner (name, prison number)</source>
            <translation>Осуђено лице (име и презиме, матични број)</translation>
        </message>
        <message>
            <source>Unit / cell</source>
            <translation>Одељење / ћелија</translation>
        </message>
        <message>
            <source>Completed by (name, staff code)</source>
            <translation>Попунио/ла (име и презиме, службена ознака)</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Датум</translation>
        </message>
        <message>
            <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
            <translation>Означите „уочено“ само уз конкретан пример са датумом написан на линијама. Описујте понашање, никада веру, етничку припадност или националност као такве.</translation>
        </message>
        <message>
            <source>Not indicators — do not record these as signs</source>
            <translation>Нису показатељи — не бележите ово као знаке</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>уочено</translation>
        </message>
        <message>
            <source>not observed</source>
            <translation>није уочено</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>непознато</translation>
        </message>
        <message>
            <source>Recorded for support, not as signs of risk.</source>
            <translation>Бележи се ради подршке, не као знак ризика.</translation>
        </message>
        <message>
            <source>Protective factors</source>
            <translation>Заштитни фактори</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>Друга могућа објашњења</translation>
        </message>
        <message>
            <source>Context and vulnerability notes</source>
            <translation>Белешке о контексту и рањивости</translation>
        </message>
        <message>
            <source>Summary by the officer</source>
            <translation>Резиме службеног лица</translation>
        </message>
        <message>
            <source>Next review due</source>
            <translation>Следећа провера до</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Потпис</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>Матични број</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>Година рођења</translation>
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
            <translation>Провера досијеа до</translation>
        </message>
        <message>
            <source>Subject id</source>
            <translation>Идентификатор лица</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>Ограничење</translation>
        </message>
        <message>
            <source>Accuracy disputed: processing restricted.</source>
            <translation>Тачност је оспорена: обрада је ограничена.</translation>
        </message>
        <message>
            <source>Proposed by the officer: %1</source>
            <translation>Предлог службеног лица: %1</translation>
        </message>
        <message>
            <source>Observation id</source>
            <translation>Идентификатор запажања</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <source>Officer's duty</source>
            <translation>Дужност службеног лица</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Забележено</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Хитност</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Степен тајности</translation>
        </message>
        <message>
            <source>How it was obtained</source>
            <translation>Како је сазнато</translation>
        </message>
        <message>
            <source>Source identity</source>
            <translation>Идентитет извора</translation>
        </message>
        <message>
            <source>Restricted — never printed.</source>
            <translation>Ограничен приступ — никад се не штампа.</translation>
        </message>
        <message>
            <source>Grading (source / information / handling)</source>
            <translation>Оцена (извор / информација / поступање)</translation>
        </message>
        <message>
            <source>Reason for this correction</source>
            <translation>Разлог ове исправке</translation>
        </message>
        <message>
            <source>What was seen or heard (facts)</source>
            <translation>Шта је виђено или чуто (чињенице)</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>Ништа није забележено.</translation>
        </message>
        <message>
            <source>Officer's assessment (interpretation, kept apart from the facts)</source>
            <translation>Процена службеног лица (тумачење, одвојено од чињеница)</translation>
        </message>
        <message>
            <source>No assessment given.</source>
            <translation>Процена није дата.</translation>
        </message>
        <message>
            <source>Other people involved</source>
            <translation>Друга укључена лица</translation>
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
            <translation>Забележени показатељи, сваки са својим доказом</translation>
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
            <translation>Уочени заштитни фактори</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>Ништа није забележено.</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>Предузета или препоручена радња</translation>
        </message>
        <message>
            <source>The prisoner's own account</source>
            <translation>Изјава осуђеног лица</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>Провере</translation>
        </message>
        <message>
            <source>Versions of this record</source>
            <translation>Верзије овог записа</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Проверавалац</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Одлука</translation>
        </message>
        <message>
            <source>New grade</source>
            <translation>Нова оцена</translation>
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
            <translation>Разлог исправке</translation>
        </message>
        <message>
            <source>Legend: grading codes and urgency</source>
            <translation>Легенда: ознаке оцена и хитност</translation>
        </message>
        <message>
            <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
            <translation>Свако запажање се оцењује по одвојеним осама које се никад не сабирају у збир: колико је извор поуздан, како је информација позната и како сме да се прослеђује.</translation>
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
            <translation>Поступање</translation>
        </message>
        <message>
            <source>Preset %1</source>
            <translation>Шема %1</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>Оса</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Значење</translation>
        </message>
        <message>
            <source>No checklist has been completed for this prisoner.</source>
            <translation>За ово осуђено лице није попуњена ниједна контролна листа.</translation>
        </message>
        <message>
            <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
            <translation>Број одговора по области, приказан један поред другог. Не сабирају се и нису збир ни ниво ризика.</translation>
        </message>
        <message>
            <source>%1 (v%2), completed %3 by %4</source>
            <translation>%1 (в%2), завршено %3, попунио/ла %4</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>Област</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>Уочено</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>Није уочено</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Непознато</translation>
        </message>
        <message>
            <source>Items observed, with the dated example</source>
            <translation>Уочене ставке, са примером и датумом</translation>
        </message>
        <message>
            <source>Support and vulnerability (for support, not a sign of risk)</source>
            <translation>Подршка и рањивост (ради подршке, није знак ризика)</translation>
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
            <translation>Ништа није уочено</translation>
        </message>
        <message>
            <source>None identified</source>
            <translation>Ништа није утврђено</translation>
        </message>
        <message>
            <source>Context and vulnerability (for support)</source>
            <translation>Контекст и рањивост (ради подршке)</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>Лист за упис радне станице</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Врста</translation>
        </message>
        <message>
            <source>Workstation id</source>
            <translation>Идентификатор радне станице</translation>
        </message>
        <message>
            <source>Vault id</source>
            <translation>Идентификатор трезора</translation>
        </message>
        <message>
            <source>Vault created</source>
            <translation>Трезор направљен</translation>
        </message>
        <message>
            <source>Signing key of this vault (Ed25519)</source>
            <translation>Кључ за потписивање овог трезора (Ed25519)</translation>
        </message>
        <message>
            <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
            <translation>Централа упоређује овај отисак са оним који се прикаже при увозу првог пакета са ове радне станице.</translation>
        </message>
        <message>
            <source>Central office certificate</source>
            <translation>Сертификат централе</translation>
        </message>
        <message>
            <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
            <translation>Упоредите овај отисак са оним који је дала централа пре него што њен сертификат прогласите поузданим (radprev central trust FILE --fingerprint HEX).</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet.</source>
            <translation>Ниједан сертификат централе још није проглашен поузданим.</translation>
        </message>
        <message>
            <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
            <translation>Отисак је контролни код који radprev приказује на страници Синхронизација: групе од по четири слова и цифре које идентификују кључ, а не откривају га.</translation>
        </message>
        <message>
            <source>How to confirm</source>
            <translation>Како потврдити</translation>
        </message>
        <message>
            <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
            <translation>1. Прочитајте отиске наглас у групама од по четири знака или их упоредите један поред другог.</translation>
        </message>
        <message>
            <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
            <translation>2. Свака група мора да се подудара. Ако се једна разликује, станите: не увозите кључ и не проглашавајте га поузданим.</translation>
        </message>
        <message>
            <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
            <translation>3. Оба администратора потписују испод; лист чувајте уз евиденцију о упису.</translation>
        </message>
        <message>
            <source>Workstation administrator</source>
            <translation>Администратор радне станице</translation>
        </message>
        <message>
            <source>Central office</source>
            <translation>Централа</translation>
        </message>
        <message>
            <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
            <translation>Запис запажања — није процена ризика. Стручну процену врши само обучено особље.</translation>
        </message>
        <message>
            <source>TRAINING — NOT A REAL RECORD</source>
            <translation>ОБУКА — НИЈЕ СТВАРАН ЗАПИС</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страна %1 од %2</translation>
        </message>
        <message>
            <source>Printed by %1 at %2</source>
            <translation>Одштампао/ла %1, %2</translation>
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
            <translation>Поступање %1: %2</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>Услови: %1</translation>
        </message>
        <message>
            <source>Observation record</source>
            <translation>Запис запажања</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>Запажање</translation>
        </message>
        <message>
            <source>Vault recovery sheet</source>
            <translation>Лист за опоравак трезора</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Код за опоравак</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Упутство</translation>
        </message>
        <message>
            <source>1. Keep this sheet sealed in an envelope in the establishment's safe.</source>
            <translation>1. Овај лист чувајте запечаћен у коверти у сефу установе.</translation>
        </message>
        <message>
            <source>2. Do not copy, photograph or type this code anywhere else.</source>
            <translation>2. Овај код немојте копирати, фотографисати ни куцати било где другде.</translation>
        </message>
        <message>
            <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
            <translation>3. Овим кодом администратор може да постави нову лозинку када су изгубљене све администраторске лозинке: radprev recover USER.</translation>
        </message>
        <message>
            <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
            <translation>4. Свако ко има овај код и датотеке трезора може да прочита цео трезор. Ако се лист изгуби или га види неко други, обавестите службу безбедности и доделите трезору нови кључ (radprev rekey).</translation>
        </message>
        <message>
            <source>5. Destroy this sheet by shredding when it is replaced.</source>
            <translation>5. Када се лист замени, уништите га сечењем.</translation>
        </message>
        <message>
            <source>Sealed by</source>
            <translation>Запечатио/ла</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>Сведок</translation>
        </message>
        <message>
            <source>Envelope number</source>
            <translation>Број коверте</translation>
        </message>
        <message>
            <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
            <translation>Код се прекуцава са папира: само слова и цифре; велика и мала слова и цртице нису битни.</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Чињенице</translation>
        </message>
        <message>
            <source>Known as: %1</source>
            <comment>, </comment>
            <translation>Познат/а као: %1</translation>
        </message>
        <message>
            <source>No transfer recorded.</source>
            <translation>Није забележен ниједан премештај.</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Из</translation>
        </message>
        <message>
            <source>To</source>
            <translation>У</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Забележио/ла</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Напомена</translation>
        </message>
        <message>
            <source>No referral to a programme recorded.</source>
            <translation>Није забележено ниједно упућивање на програм.</translation>
        </message>
        <message>
            <source>Reason (facts)</source>
            <translation>Разлог (чињенице)</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Процена</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Програм</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Кораци</translation>
        </message>
        <message>
            <source>Reason and outcome</source>
            <translation>Разлог и исход</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>Показатељи</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>Предузета радња</translation>
        </message>
        <message>
            <source>(officer: %1)</source>
            <translation>(службено лице: %1)</translation>
        </message>
        <message>
            <source>When / where</source>
            <translation>Када / где</translation>
        </message>
        <message>
            <source>Urgency / status</source>
            <translation>Хитност / статус</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>Оцена</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запис</translation>
        </message>
        <message>
            <source>No reviews recorded.</source>
            <translation>Нема забележених провера.</translation>
        </message>
        <message>
            <source>Observed on</source>
            <translation>Уочено дана</translation>
        </message>
        <message>
            <source>Prisoner's details</source>
            <translation>Подаци о осуђеном лицу</translation>
        </message>
        <message>
            <source>Observation of %1, version %2</source>
            <translation>Запажање од %1, верзија %2</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>исправљено</translation>
        </message>
        <message>
            <source>No corrections recorded.</source>
            <translation>Нема забележених исправки.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Шта</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Промењено</translation>
        </message>
        <message>
            <source>Subject summary</source>
            <translation>Преглед досијеа осуђеног лица</translation>
        </message>
        <message>
            <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
            <translation>Одштампано заједно са још %1 досијеа за које је аналитичар одлучио да су исто лице.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Преглед</translation>
        </message>
        <message>
            <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
            <translation>Забележено запажања: %1 (редовних %2, приоритетних %3, неодложних %4); попуњених контролних листа: %5.</translation>
        </message>
        <message>
            <source>First observation %1, latest %2.</source>
            <translation>Прво запажање: %1; последње: %2</translation>
        </message>
        <message>
            <source>Timeline of observations</source>
            <translation>Хронологија запажања</translation>
        </message>
        <message>
            <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner's file shows them with their state.</source>
            <translation>Извештаји враћени аутору или које је надређени одбио (%1) овде се не штампају нити броје; досије осуђеног их приказује са њиховим стањем.</translation>
        </message>
        <message>
            <source>Checklist results by domain</source>
            <translation>Резултати контролних листа по областима</translation>
        </message>
        <message>
            <source>Transfers between establishments</source>
            <translation>Премештаји између установа</translation>
        </message>
        <message>
            <source>Reviews and re-grades</source>
            <translation>Провере и промене оцена</translation>
        </message>
        <message>
            <source>History of corrections</source>
            <translation>Историја исправки</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>Преглед одељења за период</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>Сва одељења</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Одељење</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Период</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>Шаблон контролне листе</translation>
        </message>
        <message>
            <source>Observations by urgency</source>
            <translation>Запажања по хитности</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>Запажања</translation>
        </message>
        <message>
            <source>No observation in the period cites an indicator.</source>
            <translation>Ниједно запажање у периоду не наводи показатељ.</translation>
        </message>
        <message>
            <source>No workstation is enrolled.</source>
            <translation>Ниједна радна станица није уписана.</translation>
        </message>
        <message>
            <source>export overdue</source>
            <translation>извоз касни</translation>
        </message>
        <message>
            <source>missing %1</source>
            <comment>, </comment>
            <translation>недостаје %1</translation>
        </message>
        <message>
            <source>receipt overdue</source>
            <translation>потврда пријема касни</translation>
        </message>
        <message>
            <source>%1 in quarantine</source>
            <translation>у карантину: %1</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>сукоби: %1</translation>
        </message>
        <message>
            <source>failed imports %1</source>
            <comment>, </comment>
            <translation>неуспели увози: %1</translation>
        </message>
        <message>
            <source>cannot receive transfers yet</source>
            <translation>још не може да прима премештаје</translation>
        </message>
        <message>
            <source>in order</source>
            <translation>у реду</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>Радна станица</translation>
        </message>
        <message>
            <source>Last package</source>
            <translation>Последњи пакет</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>Направљен</translation>
        </message>
        <message>
            <source>Awaiting receipt</source>
            <translation>Чека потврду</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Тражи пажњу</translation>
        </message>
        <message>
            <source>Establishment report</source>
            <translation>Извештај установе</translation>
        </message>
        <message>
            <source>Observations counted</source>
            <translation>Пребројана запажања</translation>
        </message>
        <message>
            <source>Files held</source>
            <translation>Досијеа у евиденцији</translation>
        </message>
        <message>
            <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
            <translation>Запажања се броје тамо где су забележена, по дану догађаја; враћене и одбијене пријаве се не броје.</translation>
        </message>
        <message>
            <source>Observations by indicator domain</source>
            <translation>Запажања по областима показатеља</translation>
        </message>
        <message>
            <source>Referrals to programmes</source>
            <translation>Упућивања на програме</translation>
        </message>
        <message>
            <source>Referrals made in the period, by where each stands now.</source>
            <translation>Упућивања направљена у периоду, према томе где је свако сада.</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>Упућивања</translation>
        </message>
        <message>
            <source>Transfers and files</source>
            <translation>Премештаји и досијеи</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Број</translation>
        </message>
        <message>
            <source>Prisoners transferred in</source>
            <translation>Премештена осуђена лица (примљена)</translation>
        </message>
        <message>
            <source>Prisoners transferred out</source>
            <translation>Премештена осуђена лица (отпуштена)</translation>
        </message>
        <message>
            <source>New files opened</source>
            <translation>Отворени нови досијеи</translation>
        </message>
        <message>
            <source>Files due for review on or before %1</source>
            <translation>Досијеи за проверу до %1</translation>
        </message>
        <message>
            <source>Workstations</source>
            <translation>Радне станице</translation>
        </message>
        <message>
            <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
            <translation>Запажање које наводи показатеље из више области рачуна се у свакој од њих. Бројеви су приказани један поред другог и нису збир.</translation>
        </message>
        <message>
            <source>Observations citing each domain (all urgencies)</source>
            <translation>Запажања која наводе сваку област (све хитности)</translation>
        </message>
        <message>
            <source>Immediate items</source>
            <translation>Неодложне ставке</translation>
        </message>
        <message>
            <source>Facts (beginning)</source>
            <translation>Чињенице (почетак)</translation>
        </message>
        <message>
            <source>The first %1 of %2 are listed.</source>
            <translation>Наведено је првих %1 од %2.</translation>
        </message>
        <message>
            <source>Your units: %1</source>
            <comment>, </comment>
            <translation>Ваша одељења: %1</translation>
        </message>
        <message>
            <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner's file shows them with their state.</source>
            <translation>Нацрти и извештаји враћени аутору или које је надређени одбио не броје се: досије осуђеног их приказује са њиховим стањем.</translation>
        </message>
        <message>
            <source>No immediate items in this period.</source>
            <translation>У овом периоду нема неодложних ставки.</translation>
        </message>
        <message>
            <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
            <translation>Упућивања направљена у периоду, према томе где је свако сада (само бројеви, никада оцена).</translation>
        </message>
        <message>
            <source>New subject files</source>
            <translation>Нови досијеи</translation>
        </message>
        <message>
            <source>Subject files opened in the period: %1.</source>
            <translation>Досијеа отворених у периоду: %1.</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Отворено</translation>
        </message>
        <message>
            <source>Overdue file reviews</source>
            <translation>Закаснеле провере досијеа</translation>
        </message>
        <message>
            <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
            <translation>Досијеа за проверу закључно са %1: %2. За сваки надређени одлучује: задржати (уз образложење), анонимизовати или избрисати.</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>Провера до</translation>
        </message>
        <message>
            <source>Model observation</source>
            <translation>Узорно запажање</translation>
        </message>
        <message>
            <source>Common mistakes</source>
            <translation>Честе грешке</translation>
        </message>
        <message>
            <source>No mistake so far.</source>
            <translation>За сада нема грешака.</translation>
        </message>
        <message>
            <source>Mistake</source>
            <translation>Грешка</translation>
        </message>
        <message>
            <source>times</source>
            <translation>пута</translation>
        </message>
        <message>
            <source>in scenarios</source>
            <translation>у сценаријима</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>not completed</source>
            <translation>није завршено</translation>
        </message>
        <message>
            <source>none</source>
            <translation>нема</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Започето</translation>
        </message>
        <message>
            <source>Items ticked</source>
            <translation>Означене ставке</translation>
        </message>
        <message>
            <source>How it is known</source>
            <translation>Како је познато</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Повратна информација</translation>
        </message>
        <message>
            <source>Training record</source>
            <translation>Запис о обуци</translation>
        </message>
        <message>
            <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee's exercises are described.</source>
            <translation>Запис о вежбању на измишљеним сценаријима у бази за обуку. Не говори ништа ни о једној стварној особи и ниједно осуђено лице се не оцењује: описане су само вежбе полазника.</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Полазник</translation>
        </message>
        <message>
            <source>Exercises started</source>
            <translation>Започетих вежби</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>Завршених вежби</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>Вежбе</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Сценарио</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Језик</translation>
        </message>
        <message>
            <source>What the trainee recorded</source>
            <translation>Запис полазника</translation>
        </message>
        <message>
            <source>No exercise yet.</source>
            <translation>Још нема вежби.</translation>
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>A word quoted from the trainee's answer, in the language's quotation marks („%1“, „%1”…).</extracomment>
            <translation>„%1“</translation>
        </message>
        <message>
            <source>Your facts say what was seen and heard, without words of opinion.</source>
            <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
            <translation>Ваше чињенице говоре шта је виђено и чуто, без речи које изражавају мишљење.</translation>
        </message>
        <message>
            <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
            <translation>Ваше чињенице садрже речи које изражавају мишљење: %1. Чињенице говоре шта је виђено или чуто; мишљење напишите у процену, а туђе речи наведите под наводницима.</translation>
        </message>
        <message>
            <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
            <translation>Навели сте лице које вам је то рекло (%1) изван поља извора са ограниченим приступом. Од тога зависи његова безбедност: наводите га само у пољу идентитета извора, које се никад не штампа.</translation>
        </message>
        <message>
            <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
            <translation>Ваше чињенице помињу %1. Да ли је то потребно за опис понашања?</translation>
        </message>
        <message>
            <source>You ticked %1 (%2): right.</source>
            <translation>Означили сте %1 (%2): исправно.</translation>
        </message>
        <message>
            <source>You did not tick %1 (%2), which the facts support.</source>
            <translation>Нисте означили %1 (%2), што чињенице поткрепљују.</translation>
        </message>
        <message>
            <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
            <translation>Означили сте %1 (%2). Овде је то ствар процене: ни означавање ни изостављање није грешка.</translation>
        </message>
        <message>
            <source>You ticked %1 (%2), which the facts do not support.</source>
            <translation>Означили сте %1 (%2), што чињенице не поткрепљују.</translation>
        </message>
        <message>
            <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
            <translation>Означили сте %1 (%2) на основу нечега што никад није показатељ: %3.</translation>
        </message>
        <message>
            <source>You ticked no item: right, nothing in these facts is an indicator.</source>
            <translation>Нисте означили ниједну ставку: исправно, ништа у овим чињеницама није показатељ.</translation>
        </message>
        <message>
            <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
            <translation>Доказ за %1 садржи речи које изражавају мишљење: %2. Доказ је конкретан пример са датумом онога што је виђено или чуто.</translation>
        </message>
        <message>
            <source>Urgency: %1. Right.</source>
            <translation>Хитност: %1. Исправно.</translation>
        </message>
        <message>
            <source>You chose the urgency %1; this needs %2.</source>
            <translation>Изабрали сте хитност %1; ово захтева: %2.</translation>
        </message>
        <message>
            <source>You chose the urgency %1; %2 is enough here.</source>
            <translation>Изабрали сте хитност %1; овде је довољно: %2.</translation>
        </message>
        <message>
            <source>You recorded how you know it as “%1”; here it is “%2”.</source>
            <translation>Забележили сте како знате као „%1“; овде је „%2“.</translation>
        </message>
        <message>
            <source>Grading: source %1, information %2. Right.</source>
            <translation>Оцена: извор %1, информација %2. Исправно.</translation>
        </message>
        <message>
            <source>You graded the source %1; here it should be %2.</source>
            <translation>Извор сте оценили са %1; овде треба %2.</translation>
        </message>
        <message>
            <source>You graded the information %1; here it should be %2.</source>
            <translation>Информацију сте оценили са %1; овде треба %2.</translation>
        </message>
        <message>
            <source>This vault grades with another scale (%1); your grading was not compared.</source>
            <translation>Овај трезор оцењује по другој скали (%1); ваша оцена није упоређена.</translation>
        </message>
        <message>
            <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
            <translation>Неко вам је ово рекао: забележите ко, у пољу идентитета извора са ограниченим приступом (никад се не штампа), да би служба безбедности могла да процени извор.</translation>
        </message>
        <message>
            <source>Your assessment weighs other possible explanations.</source>
            <translation>Ваша процена разматра друга могућа објашњења.</translation>
        </message>
        <message>
            <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
            <translation>Ваша процена не разматра ниједно друго објашњење. Пре него што понашање протумачите као знак, запитајте се шта би још могло да га објасни.</translation>
        </message>
        <message>
            <source>Also worth weighing:</source>
            <translation>Вреди размотрити и:</translation>
        </message>
        <message>
            <source>You noted the context: %1 (%2).</source>
            <translation>Забележили сте контекст: %1 (%2).</translation>
        </message>
        <message>
            <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
            <translation>Контекст који вреди забележити, ради подршке и никад као знак ризика: %1 (%2).</translation>
        </message>
        <message>
            <source>You recorded the protective factor %1 (%2).</source>
            <translation>Забележили сте заштитни фактор %1 (%2).</translation>
        </message>
        <message>
            <source>You did not record the protective factor %1 (%2).</source>
            <translation>Нисте забележили заштитни фактор %1 (%2).</translation>
        </message>
        <message>
            <source>Not an indicator: %1.</source>
            <translation>Није показатељ: %1.</translation>
        </message>
        <message>
            <source>Words of opinion in the facts</source>
            <extracomment>Short names of the points to improve, for the trainer's list of common mistakes.</extracomment>
            <translation>Речи мишљења у чињеницама</translation>
        </message>
        <message>
            <source>Informant named outside the restricted field</source>
            <translation>Извор наведен изван поља са ограниченим приступом</translation>
        </message>
        <message>
            <source>Item missed</source>
            <translation>Пропуштена ставка</translation>
        </message>
        <message>
            <source>Item ticked that the facts do not support</source>
            <translation>Означена ставка коју чињенице не поткрепљују</translation>
        </message>
        <message>
            <source>Item ticked on the strength of a non-indicator</source>
            <translation>Ставка означена на основу нечега што није показатељ</translation>
        </message>
        <message>
            <source>Words of opinion in the evidence</source>
            <translation>Речи мишљења у доказу</translation>
        </message>
        <message>
            <source>Urgency too low</source>
            <translation>Прениска хитност</translation>
        </message>
        <message>
            <source>Urgency too high</source>
            <translation>Превисока хитност</translation>
        </message>
        <message>
            <source>How it is known recorded wrongly</source>
            <translation>Погрешно забележено како је познато</translation>
        </message>
        <message>
            <source>Source graded wrongly</source>
            <translation>Погрешно оцењен извор</translation>
        </message>
        <message>
            <source>Information graded wrongly</source>
            <translation>Погрешно оцењена информација</translation>
        </message>
        <message>
            <source>No other explanation weighed</source>
            <translation>Није размотрено друго објашњење</translation>
        </message>
        <message>
            <source>Protective factor not recorded</source>
            <translation>Није забележен заштитни фактор</translation>
        </message>
        <message>
            <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
            <translation>Неодложно значи: обавестите надређеног одмах, лично или телефоном. Не чекајте извештај, проверу ни извоз.</translation>
        </message>
        <message>
            <source>Done well</source>
            <translation>Добро урађено</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>За побољшање</translation>
        </message>
        <message>
            <source>Worth knowing</source>
            <translation>Добро је знати</translation>
        </message>
        <message>
            <source>open referrals to programmes</source>
            <translation>отворена упућивања на програме</translation>
        </message>
        <message>
            <source>closed referrals and their outcomes</source>
            <translation>затворена упућивања и њихови исходи</translation>
        </message>
        <message>
            <source>the facts of reviewed observations since %1</source>
            <translation>чињенице проверених запажања од %1</translation>
        </message>
        <message>
            <source>protective factors noted in reviewed observations</source>
            <translation>заштитни фактори забележени у провереним запажањима</translation>
        </message>
        <message>
            <source>officers' assessments</source>
            <translation>процене службених лица</translation>
        </message>
        <message>
            <source>This extract holds, as the handover policy allows: %1.</source>
            <comment>; </comment>
            <translation>Овај извод садржи, како правила предаје дозвољавају: %1.</translation>
        </message>
        <message>
            <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
            <translation>Никада у предаји: идентитет извора, запажања чији је извор ограничен и пријаве које је надређени вратио, одбио или још није проверио.</translation>
        </message>
        <message>
            <source>No reviewed observation in the period.</source>
            <translation>Ниједно проверено запажање у периоду.</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>Процена службеног лица</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>Забележено у</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>Шта је виђено или чуто</translation>
        </message>
        <message>
            <source>No protective factor noted in reviewed observations.</source>
            <translation>Ниједан заштитни фактор није забележен у провереним запажањима.</translation>
        </message>
        <message>
            <source>Protective factor</source>
            <translation>Заштитни фактор</translation>
        </message>
        <message>
            <source>Last noted</source>
            <translation>Последњи пут забележено</translation>
        </message>
        <message>
            <source>Release handover to the probation service</source>
            <translation>Предаја при отпусту служби за алтернативне санкције (повереничка служба)</translation>
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
            <translation>Потписано кључем радне станице</translation>
        </message>
        <message>
            <source>Reviewed observations: what was seen or heard</source>
            <translation>Проверена запажања: шта је виђено или чуто</translation>
        </message>
        <message>
            <source>National overview</source>
            <translation>Национални преглед</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>Установе</translation>
        </message>
        <message>
            <source>Workstations enrolled</source>
            <translation>Уписане радне станице</translation>
        </message>
        <message>
            <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
            <translation>Запажања се броје тамо где су забележена, по дану догађаја; враћене и одбијене пријаве се не броје. Установе су наведене по шифри, не рангиране.</translation>
        </message>
        <message>
            <source>Observations by establishment</source>
            <translation>Запажања по установама</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Све</translation>
        </message>
        <message>
            <source>Referrals, transfers and reviews by establishment</source>
            <translation>Упућивања, премештаји и провере по установама</translation>
        </message>
        <message>
            <source>Referrals open</source>
            <translation>Отворена упућивања</translation>
        </message>
        <message>
            <source>Referrals closed</source>
            <translation>Затворена упућивања</translation>
        </message>
        <message>
            <source>Transfers in</source>
            <translation>Примљени премештајем</translation>
        </message>
        <message>
            <source>Transfers out</source>
            <translation>Отпуштени премештајем</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>Провере до рока</translation>
        </message>
        <message>
            <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
            <comment>, </comment>
            <translation>Овај преглед обухвата само установе које су вам додељене (%1); остале установе се не броје.</translation>
        </message>
        <message>
            <source>Observations per establishment (all urgencies)</source>
            <translation>Запажања по установи (све хитности)</translation>
        </message>
        <message>
            <source>%1 of %2 workstations need attention.</source>
            <translation>Радних станица које траже пажњу: %1 од %2.</translation>
        </message>
        <message>
            <source>Read the file or a record in it</source>
            <translation>Читање досијеа или записа у њему</translation>
        </message>
        <message>
            <source>Found the file in a search or a list</source>
            <translation>Досије пронађен у претрази или на листи</translation>
        </message>
        <message>
            <source>Recorded or corrected the prisoner's details</source>
            <translation>Унос или исправка података о осуђеном лицу</translation>
        </message>
        <message>
            <source>Wrote or corrected an observation</source>
            <translation>Унос или исправка запажања</translation>
        </message>
        <message>
            <source>Reviewed an observation</source>
            <translation>Преглед запажања</translation>
        </message>
        <message>
            <source>Completed or corrected a checklist</source>
            <translation>Попуњавање или исправка контролне листе</translation>
        </message>
        <message>
            <source>Made a report</source>
            <translation>Израда извештаја</translation>
        </message>
        <message>
            <source>Gave data to another authority</source>
            <translation>Уступање података другом органу</translation>
        </message>
        <message>
            <source>Sent to the central office</source>
            <translation>Слање централи</translation>
        </message>
        <message>
            <source>Transfer to another establishment</source>
            <translation>Премештај у другу установу</translation>
        </message>
        <message>
            <source>Referral to a programme</source>
            <translation>Упућивање на програм</translation>
        </message>
        <message>
            <source>Decision on keeping or erasing the file</source>
            <translation>Одлука о чувању или брисању досијеа</translation>
        </message>
        <message>
            <source>Decision whether two files are the same person</source>
            <translation>Одлука да ли се два досијеа односе на исто лице</translation>
        </message>
        <message>
            <source>Restriction, correction or dispute of the data</source>
            <translation>Ограничење, исправка или оспоравање података</translation>
        </message>
        <message>
            <source>Other recorded action on the file</source>
            <extracomment>Actions that never concern a prisoner's file (accounts, keys, the vault), and codes not in the table (an older build's, read from an imported log).</extracomment>
            <translation>Друга забележена радња у вези с досијеом</translation>
        </message>
        <message>
            <source>[another prisoner]</source>
            <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting's value).</extracomment>
            <translation>[друго осуђено лице]</translation>
        </message>
        <message>
            <source>[source withheld]</source>
            <translation>[извор изостављен]</translation>
        </message>
        <message>
            <source>Officer %1</source>
            <translation>Службеник %1</translation>
        </message>
        <message>
            <source>Another prisoner's name</source>
            <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
            <translation>Име другог осуђеног лица</translation>
        </message>
        <message>
            <source>Identity of a restricted source</source>
            <translation>Идентитет заштићеног извора</translation>
        </message>
        <message>
            <source>Name of an officer</source>
            <translation>Име службеника</translation>
        </message>
        <message>
            <source>Who consulted this file</source>
            <translation>Ко је прегледао овај досије</translation>
        </message>
        <message>
            <source>Consultations without a stated purpose</source>
            <translation>Увиди без наведене сврхе</translation>
        </message>
        <message>
            <source>Exports and disclosures in the period</source>
            <translation>Извози и откривања у периоду</translation>
        </message>
        <message>
            <source>Files overdue for their review</source>
            <translation>Досијеи којима је истекао рок за преиспитивање</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Односи се на</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Уноси</translation>
        </message>
        <message>
            <source>Reason for this report</source>
            <translation>Разлог за овај извештај</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Ништа није пронађено.</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Дана кашњења</translation>
        </message>
        <message>
            <source>Rectification request</source>
            <translation>Захтев за исправку</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>Оспоравање</translation>
        </message>
        <message>
            <source>Processing restricted</source>
            <translation>Обрада ограничена</translation>
        </message>
        <message>
            <source>Restriction lifted</source>
            <translation>Ограничење укинуто</translation>
        </message>
        <message>
            <source>open, not decided yet</source>
            <translation>отворен, још није одлучено</translation>
        </message>
        <message>
            <source>rectified</source>
            <translation>исправљено</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>одбијено</translation>
        </message>
        <message>
            <source>noted beside the record</source>
            <translation>забележено уз запис</translation>
        </message>
        <message>
            <source>the prisoner's details</source>
            <translation>подаци о осуђеном лицу</translation>
        </message>
        <message>
            <source>an observation</source>
            <translation>запажање</translation>
        </message>
        <message>
            <source>a checklist run</source>
            <translation>попуњена контролна листа</translation>
        </message>
        <message>
            <source>rectified by version %1</source>
            <translation>исправљено верзијом %1</translation>
        </message>
        <message>
            <source>refused: %1</source>
            <translation>одбијено: %1</translation>
        </message>
        <message>
            <source>noted beside the record: %1</source>
            <translation>забележено уз запис: %1</translation>
        </message>
        <message>
            <source>not a request</source>
            <translation>није захтев</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>Премештаји</translation>
        </message>
    </context>
    <context>
        <name>safeguards</name>
        <message>
            <source>Is this necessary to describe the behaviour?</source>
            <extracomment>The gentle question (context "safeguards" of the catalogues).</extracomment>
            <translation>Да ли је ово потребно за опис понашања?</translation>
        </message>
        <message>
            <source>Religious conversion or a change to a different faith</source>
            <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context "safeguards").</extracomment>
            <translation>Промена вере или прелазак у другу веру</translation>
        </message>
        <message>
            <source>More religious practice, prayer or attendance at worship</source>
            <translation>Чешће верско практиковање, молитва или одлазак на богослужење</translation>
        </message>
        <message>
            <source>Fasting, diet or food rules</source>
            <translation>Пост, исхрана или правила о храни</translation>
        </message>
        <message>
            <source>A beard, head covering or style of dress</source>
            <translation>Брада, покривање главе или начин облачења</translation>
        </message>
        <message>
            <source>Having religious books or objects</source>
            <translation>Поседовање верских књига или предмета</translation>
        </message>
        <message>
            <source>The language a person speaks</source>
            <translation>Језик којим особа говори</translation>
        </message>
        <message>
            <source>Nationality, ethnicity or skin colour</source>
            <translation>Држављанство, етничка припадност или боја коже</translation>
        </message>
        <message>
            <source>Lawful political opinions that do not advocate violence</source>
            <translation>Законита политичка мишљења која не заговарају насиље</translation>
        </message>
        <message>
            <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
            <translation>Молитва, сам/а или са другима, верска поука, богослужење или контакт са верским службеником или имамом</translation>
        </message>
    </context>
</TS>
