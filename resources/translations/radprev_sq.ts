<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sq">
<context>
    <name>About</name>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Dosja e bazës së të dhënave</translation>
    </message>
    <message>
        <source>Logs and crash reports</source>
        <translation>Regjistrat dhe raportet e dështimeve</translation>
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
        <translation>Sistemi</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About radprev</source>
        <translation>Rreth radprev</translation>
    </message>
    <message>
        <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
        <translation>radprev — regjistër vëzhgimesh jashtë rrjetit për zyrtarët e burgjeve.
Ky është regjistër vëzhgimesh, jo vlerësim rreziku.</translation>
    </message>
    <message>
        <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>Licencat e palëve të treta: THIRD-PARTY-NOTICES.txt në dosjen e programit.</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Units and access of {user}</source>
        <translation>Njësitë dhe qasja — {user}</translation>
    </message>
    <message>
        <source>Establishments and access of {user}</source>
        <translation>Institucionet dhe qasja — {user}</translation>
    </message>
    <message>
        <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
        <translation>Zyrtarët dhe mbikëqyrësit shohin dhe shkruajnë vetëm për të burgosurit e njësive të shënuara këtu. Qasja te të gjithë të burgosurit e institucionit është një autorizim më vete, i cili shënohet në regjistrin e auditimit me arsyen e tij.</translation>
    </message>
    <message>
        <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations&apos; packages. Every change of access is recorded in the audit log with its reason.</source>
        <translation>Në zyrën qendrore një llogari lexon dosjet, regjistrimet dhe numrat e institucioneve të renditura këtu (kodet e tyre; * për të gjitha institucionet), ashtu siç vijnë në paketat e stacioneve të punës. Çdo ndryshim i qasjes shënohet në regjistrin e auditimit me arsyen e tij.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Njësitë</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Njësia {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ky institucion nuk ka njësi.</translation>
    </message>
    <message>
        <source>&amp;Whole establishment (every unit)</source>
        <translation>&amp;I gjithë institucioni (të gjitha njësitë)</translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation>I gjithë institucioni</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Institucionet</translation>
    </message>
    <message>
        <source>codes separated by commas; * for all</source>
        <translation>kode të ndara me presje; * për të gjitha</translation>
    </message>
    <message>
        <source>Reason for the change of access</source>
        <translation>Arsyeja e ndryshimit të qasjes</translation>
    </message>
    <message>
        <source>e.g. acting head of security until 30 June</source>
        <translation>p.sh. ushtrues/e detyre i/e shefit të sigurisë deri më 30 qershor</translation>
    </message>
    <message>
        <source>E&amp;stablishments:</source>
        <translation>I&amp;nstitucionet:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Arsyeja:</translation>
    </message>
    <message>
        <source>Save access</source>
        <translation>Ruaj qasjen</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Shto një llogari</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Emri dhe mbiemri</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Kodi i stafit</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolet</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Roli: {role}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Njësitë</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Njësia {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ky institucion nuk ka njësi.</translation>
    </message>
    <message>
        <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
        <translation>Shkruani dy herë një fjalëkalim të përkohshëm dhe jepjani personit; në hyrjen e parë ai ose ajo duhet të zgjedhë fjalëkalimin e vet.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Emri dhe &amp;mbiemri:</translation>
    </message>
    <message>
        <source>&amp;Staff code:</source>
        <translation>&amp;Kodi i stafit:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Shto llogarinë</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Shkruani një emër përdoruesi.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Shënoni të paktën një rol.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
        <translation>3x5x2 (burimi 1–3, informacioni A–E, trajtimi P/C)</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralty 6x6 (burimi A–F, informacioni 1–6)</translation>
    </message>
    <message>
        <source>Each reader&apos;s own language</source>
        <extracomment>Languages a report can be printed in and the workstation&apos;s default: every offered language (core/languages.py), by its own name, not translated. The administrator&apos;s default language of reports: none (each reader&apos;s own, the screen&apos;s — core/i18n.py `default_report_language`) or one of them.</extracomment>
        <translation>Gjuha e secilit lexues</translation>
    </message>
    <message>
        <source>Review a prisoner&apos;s file after (months)</source>
        <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
        <translation>Rishikimi i dosjes së personit të burgosur pas (muajsh)</translation>
    </message>
    <message>
        <source>Review after release (months)</source>
        <translation>Rishikimi pas lirimit (muaj)</translation>
    </message>
    <message>
        <source>Review after transfer (months)</source>
        <translation>Rishikimi pas transferimit (muaj)</translation>
    </message>
    <message>
        <source>Erase a rejected report after (months)</source>
        <translation>Fshi një raport të refuzuar pas (muaj)</translation>
    </message>
    <message>
        <source>Handover: open referrals (1 = include, 0 = leave out)</source>
        <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
        <translation>Dorëzimi: referimet e hapura (1 = përfshi, 0 = lëre jashtë)</translation>
    </message>
    <message>
        <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
        <translation>Dorëzimi: referimet e mbyllura (1 = përfshi, 0 = lëre jashtë)</translation>
    </message>
    <message>
        <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
        <translation>Dorëzimi: faktet e vëzhgimeve të rishikuara të (muajve të fundit, 0 = asnjë)</translation>
    </message>
    <message>
        <source>Handover: protective factors (1 = include, 0 = leave out)</source>
        <translation>Dorëzimi: faktorët mbrojtës (1 = përfshi, 0 = lëre jashtë)</translation>
    </message>
    <message>
        <source>Handover: officers&apos; assessments (1 = include, 0 = leave out)</source>
        <translation>Dorëzimi: vlerësimet e zyrtarëve (1 = përfshi, 0 = lëre jashtë)</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Kyçja pas mosveprimit (minuta)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Shënjimi i klasifikimit</translation>
    </message>
    <message>
        <source>Classification levels (lowest first, separated by ;)</source>
        <translation>Nivelet e klasifikimit (nga më i ulëti, të ndara me ;)</translation>
    </message>
    <message>
        <source>Grading preset</source>
        <translation>Shkalla e vlerësimit</translation>
    </message>
    <message>
        <source>Default language of reports</source>
        <translation>Gjuha e parazgjedhur e raporteve</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Numri i kopjeve rezervë që ruhen</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Fshirja e tekstit të kopjuar pas (sekondash)</translation>
    </message>
    <message>
        <source>Export to the central office every (days)</source>
        <translation>Eksporti drejt zyrës qendrore çdo (ditë)</translation>
    </message>
    <message>
        <source>Wait for a receipt (days)</source>
        <translation>Pritja e konfirmimit të pranimit (ditë)</translation>
    </message>
    <message>
        <source>Write new observations before seeing earlier reports (default)</source>
        <translation>Vëzhgimet e reja shkruhen para se të shihen raportet e mëparshme (parazgjedhje)</translation>
    </message>
    <message>
        <source>Search words in the audit log</source>
        <translation>Fjalët e kërkimit në regjistrin e auditimit</translation>
    </message>
    <message>
        <source>Hashed (the data-protection officer can check a word)</source>
        <translation>Si hash (zyrtari/ja për mbrojtjen e të dhënave mund të verifikojë një fjalë)</translation>
    </message>
    <message>
        <source>Stored as typed</source>
        <translation>Ruhen siç janë shkruar</translation>
    </message>
    <message>
        <source>Staff named in a prisoner&apos;s access report</source>
        <translation>Stafi i përmendur me emër në raportin e qasjes së personit të burgosur</translation>
    </message>
    <message>
        <source>Supervisors and above (officers withheld)</source>
        <translation>Mbikëqyrësit dhe më lart (nëpunësit fshihen)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Të gjithë</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Askush</translation>
    </message>
    <message>
        <source>Information for the person in an access report (empty: the default)</source>
        <translation>Informacioni për personin në raportin e qasjes (bosh: i parazgjedhuri)</translation>
    </message>
    <message>
        <source>Retention periods (months)</source>
        <translation>Afatet e ruajtjes (muaj)</translation>
    </message>
    <message>
        <source>Release handover policy</source>
        <translation>Rregullat e dorëzimit në lirim</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Listat e kodeve</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Seksionet e administrimit</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Llogaritë</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Cilësimet</translation>
    </message>
    <message>
        <source>Checklist &amp;templates</source>
        <translation>&amp;Modelet e listave të kontrollit</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Kopjet rezervë</translation>
    </message>
    <message>
        <source>&amp;Prisoners&apos; details</source>
        <translation>Të &amp;dhënat e të burgosurve</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrimi</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Administratori i parë</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
        <translation>Administratori menaxhon llogaritë, cilësimet dhe kopjet rezervë. Llogaritë e tjera shtohen më pas.</translation>
    </message>
    <message>
        <source>&amp;Create the encrypted database</source>
        <translation>&amp;Krijo bazën e koduar të të dhënave</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Emri i përdoruesit të administratorit</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Emri dhe mbiemri i administratorit</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Emri dhe &amp;mbiemri:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>radprev — TRAINING</source>
        <translation>radprev — TRAJNIM</translation>
    </message>
    <message>
        <source>{folder} holds a database that is not a training database; it is not opened.</source>
        <translation>{folder} përmban një bazë të dhënash që nuk është bazë trajnimi; ajo nuk hapet.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User filter</source>
        <translation>Filtri sipas përdoruesit</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtri sipas veprimit</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>N&amp;ga:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtro nga një datë</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data e fillimit</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Deri:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtro deri në një datë</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data e mbarimit</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Shf&amp;aq</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Shfaq regjistrimet</translation>
    </message>
    <message>
        <source>&amp;Export to JSON Lines…</source>
        <translation>&amp;Eksporto në JSON Lines…</translation>
    </message>
    <message>
        <source>Export to JSON Lines</source>
        <translation>Eksporto në JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Verifiko &amp;zinxhirin</translation>
    </message>
    <message>
        <source>Verify the hash chain</source>
        <translation>Verifiko zinxhirin e hash-eve</translation>
    </message>
    <message>
        <source>Data-protection &amp;questions…</source>
        <translation>Pyetje për &amp;mbrojtjen e të dhënave…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Regjistrimet e auditimit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Përdoruesi:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Veprimi:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Reading the audit log is itself written to the audit log.</source>
        <translation>Edhe leximi i regjistrit të auditimit shkruhet në regjistrin e auditimit.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n regjistrim i shfaqur.</numerusform>
            <numerusform>%n regjistrime të shfaqura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksporto regjistrin e auditimit</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>%n regjistrim u eksportua në {file}.</numerusform>
            <numerusform>%n regjistrime u eksportuan në {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Zinxhiri i hash-eve është i paprekur: u kontrollua %n regjistrim.</numerusform>
            <numerusform>Zinxhiri i hash-eve është i paprekur: u kontrolluan %n regjistrime.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
        <translation>Zinxhiri i hash-eve është I KËPUTUR te regjistrimi {seq}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Përdoruesi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veprimi</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekti</translation>
    </message>
    <message>
        <source>Reason for access</source>
        <translation>Arsyeja e qasjes</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Marrësi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësitë</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup</source>
        <translation>Kopja rezervë</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Bëj kopje rezervë tani</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Bëj kopje rezervë tani</translation>
    </message>
    <message>
        <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
        <translation>Kopjet rezervë janë kopje të koduara në dosjen e bazës së të dhënave (backups), të kontrolluara duke u hapur. Rikthimi ofrohet në ekranin e hyrjes kur baza e të dhënave nuk mund të hapet, ose me komandën radprev restore.</translation>
    </message>
    <message>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <source>Backup {name} written.</source>
        <translation>Kopja rezervë {name} u shkrua.</translation>
    </message>
    <message>
        <source>Writing a backup</source>
        <translation>Po shkruhet një kopje rezervë</translation>
    </message>
</context>
<context>
    <name>CapsLockWatcher</name>
    <message>
        <source>Caps Lock warning</source>
        <translation>Paralajmërim për Caps Lock</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock është i ndezur.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Ndrysho fjalëkalimin</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>Fjalëkalimin tuaj e ka vendosur administratori. Zgjidhni fjalëkalimin tuaj para se të vazhdoni.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Shkruani fjalëkalimin aktual, pastaj dy herë të riun.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Fjalëkalimi aktual</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Fjalëkalimi &amp;aktual:</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>At most {n} characters.</source>
        <extracomment>The counter shows from this share of the limit on.</extracomment>
        <translation>Më së shumti {n} shenja.</translation>
    </message>
    <message>
        <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
        <translation>Hyjnë vetëm {limit} shenja: {cut} shenja të ngjitura u lanë jashtë (janë ende në kujtesën e fragmenteve).</translation>
    </message>
    <message>
        <source>Limit reached: {limit} characters.</source>
        <translation>U arrit kufiri: {limit} shenja.</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} nga {limit} shenja</translation>
    </message>
</context>
<context>
    <name>ChecklistRunnerPage</name>
    <message>
        <source>completed and sealed</source>
        <translation>e përfunduar dhe e vulosur</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Data e rishikimit të ardhshëm</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Faktorët mbrojtës</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Jo tregues</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Ecuria</translation>
    </message>
    <message>
        <source>Protective factors: &amp;none observed</source>
        <translation>Faktorët mbrojtës: &amp;asnjë i vërejtur</translation>
    </message>
    <message>
        <source>Other possible explanations (required)</source>
        <translation>Shpjegime të tjera të mundshme (e detyrueshme)</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Shpjegime të tjera të mundshme</translation>
    </message>
    <message>
        <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
        <translation>p.sh. borxh, konflikt me një të burgosur tjetër, lajme të këqija nga shtëpia, shëndeti mendor</translation>
    </message>
    <message>
        <source>None &amp;identified</source>
        <translation>Asnjë i &amp;identifikuar</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support, not a risk sign)</source>
        <translation>Konteksti dhe cenueshmëria (për mbështetje, jo shenjë rreziku)</translation>
    </message>
    <message>
        <source>Context notes</source>
        <translation>Shënime për kontekstin</translation>
    </message>
    <message>
        <source>Summary and next review</source>
        <translation>Përmbledhja dhe rishikimi i ardhshëm</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Përmbledhja:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Rishikimi i a&amp;rdhshëm:</translation>
    </message>
    <message>
        <source>Answers by domain</source>
        <translation>Përgjigjet sipas fushës</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Fusha</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>I vërejtur</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>I pavërejtur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>I panjohur</translation>
    </message>
    <message>
        <source>Save progress (Ctrl+S)</source>
        <translation>Ruaj ecurinë (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Complete (Ctrl+Enter)</source>
        <translation>Për&amp;fundo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Mbyll</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>Korrig&amp;jo (ndryshim)…</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Arsyeja e korrigjimit</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>Arsyeja e korrigjimit (e detyrueshme)</translation>
    </message>
    <message>
        <source>Save co&amp;rrection</source>
        <translation>Ruaj ko&amp;rrigjimin</translation>
    </message>
    <message>
        <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
        <translation>Korrigjimi i listës së kontrollit të përfunduar: u përgjigj {done} nga {total} pika. Pikat pa përgjigje shënohen si të panjohura kur ruani korrigjimin.</translation>
    </message>
    <message>
        <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
        <translation>E përfunduar dhe e vulosur: janë shënuar të gjitha pikat ({total}), prej tyre {unknown} si të panjohura (përfshirë ato të lëna pa përgjigje). Çdo ndryshim tani është korrigjim, që ruhet si version i ri.</translation>
    </message>
    <message>
        <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
        <translation>U përgjigj {done} nga {total} pika. Pikat pa përgjigje shënohen si të panjohura kur e përfundoni.</translation>
    </message>
    <message>
        <source>Recorded for support, never as a sign of risk.</source>
        <translation>Shënohet për mbështetje, kurrë si shenjë rreziku.</translation>
    </message>
    <message>
        <source>Protective factors (required)</source>
        <translation>Faktorët mbrojtës (e detyrueshme)</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Këta NUK janë tregues dhe nuk duhet të shënohen kurrë si të tillë:</translation>
    </message>
    <message>
        <source>{title} (v{version}) — {name} ({number})</source>
        <translation>{title} (v{version}) — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved: change the wording, then save the correction.</source>
        <translation>E paruajtur: ndryshoni formulimin, pastaj ruani korrigjimin.</translation>
    </message>
    <message>
        <source>Correction saved as version {n}.</source>
        <translation>Korrigjimi u ruajt si versioni {n}.</translation>
    </message>
    <message>
        <source>Checklist progress saved.</source>
        <translation>Ecuria e listës së kontrollit u ruajt.</translation>
    </message>
    <message>
        <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
        <translation>Ajo që futët u mbajt ndërsa ekrani ishte i kyçur; ende nuk është ruajtur.</translation>
    </message>
    <message>
        <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
        <translation>{heading}

U përgjigj {done} nga {total} pika; pikat pa përgjigje ({left}) do të shënohen si të panjohura.

Përfundimi e vulos listën e kontrollit me përmbledhjen dhe datën e rishikimit të ardhshëm: pas kësaj ajo mund të ndryshohet vetëm me një korrigjim me arsye, që ruhet si version i ri.</translation>
    </message>
    <message>
        <source>Complete and seal?</source>
        <translation>Të përfundohet dhe të vuloset?</translation>
    </message>
    <message>
        <source>Complete and seal</source>
        <translation>Përfundo dhe vulos</translation>
    </message>
    <message>
        <source>Not completed: change the wording, then complete.</source>
        <translation>E papërfunduar: ndryshoni formulimin, pastaj përfundojeni.</translation>
    </message>
    <message>
        <source>Checklist completed.</source>
        <translation>Lista e kontrollit u përfundua.</translation>
    </message>
    <message>
        <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
        <translation>U përfundua. Rishikimi i ardhshëm: {date}. Numrat tregojnë si u përgjigj secila pikë në çdo fushë; nuk janë pikë vlerësimi dhe nuk mblidhen kurrë.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
        <translation>Një raport dështimi pa asnjë të dhënë personale u shkrua në:
{path}
Ju lutemi ia jepni mbështetjes suaj të TI-së.</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>Nuk mund të shkruhej asnjë raport dështimi.</translation>
    </message>
    <message>
        <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
        <translation>radprev hasi një gabim të papritur. Ajo që keni ruajtur më parë është e sigurt; veprimi i fundit mund të mos jetë përfunduar. Mbyllni radprev dhe nisni përsëri.</translation>
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
        <translation>skicë</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>e zakonshme</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>me përparësi</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>e menjëhershme</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>dorëzuar</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>pranuar</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>kthyer</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refuzuar</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksportuar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Personi i burgosur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgjenca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>What was seen or heard (start)</source>
        <translation>Çfarë u pa ose u dëgjua (fillimi)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Paneli kryesor</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Skicat e mia</translation>
    </message>
    <message>
        <source>You have no unfinished drafts.</source>
        <translation>Nuk keni skica të papërfunduara.</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Të kthyera mua</translation>
    </message>
    <message>
        <source>Nothing was returned to you.</source>
        <translation>Asgjë nuk ju është kthyer.</translation>
    </message>
    <message>
        <source>Immediate items awaiting review</source>
        <translation>Pika të menjëhershme që presin rishikim</translation>
    </message>
    <message>
        <source>No immediate item is waiting for review.</source>
        <translation>Asnjë pikë e menjëhershme nuk pret rishikim.</translation>
    </message>
    <message>
        <source>Overdue reviews of prisoners&apos; files</source>
        <translation>Rishikime të vonuara të dosjeve të të burgosurve</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Rishikimi deri më</translation>
    </message>
    <message>
        <source>No file is overdue for review.</source>
        <translation>Asnjë dosje nuk është me rishikim të vonuar.</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>Vëzhgim &amp;i ri</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Vëzhgim i ri</translation>
    </message>
    <message>
        <source>Re&amp;tention decisions…</source>
        <translation>Vendime për &amp;ruajtjen…</translation>
    </message>
    <message>
        <source>(after the reason for access)</source>
        <translation>(pas arsyes së qasjes)</translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation>Jeni identifikuar si {name}.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. Use the menu on the left.</source>
        <translation>Roli juaj nuk ka vëzhgime të vetat. Përdorni menynë majtas.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. The Training page shows the trainees&apos; exercises.</source>
        <translation>Roli juaj nuk ka vëzhgime të vetat. Faqja Trajnimi tregon ushtrimet e kursantëve.</translation>
    </message>
</context>
<context>
    <name>DataExportButton</name>
    <message>
        <source>E&amp;xport the person&apos;s data (JSON + PDF)…</source>
        <translation>Eksporto të &amp;dhënat e personit (JSON + PDF)…</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Zgjidhni personin e burgosur: shkruani një emër ose numër regjistrimi dhe zgjidhni nga lista.</translation>
    </message>
    <message>
        <source>Say who the files are for (recipient).</source>
        <translation>Thoni për kë janë skedarët (marrësi).</translation>
    </message>
    <message>
        <source>Write unencrypted files?</source>
        <translation>Të shkruhen skedarë të pakriptuar?</translation>
    </message>
    <message>
        <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
        <translation>Skedari JSON dhe PDF NUK do të kriptohen: kushdo që mund të hapë dosjen mund t&apos;i lexojë. Shkruajini vetëm aty ku lejojnë udhëzimet tuaja (për shembull në një USB që i jepet personit) dhe fshini çdo kopje që mbani kur nuk nevojitet më. Eksporti regjistrohet në regjistrin e auditimit si zbulim.</translation>
    </message>
    <message>
        <source>Folder for the person&apos;s data</source>
        <translation>Dosja për të dhënat e personit</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>U shkruan: %1 dhe %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokumenti %1</translation>
    </message>
</context>
<context>
    <name>DataRequestsDialog</name>
    <message>
        <source>Rectification requests and disputes — {name} ({number})</source>
        <translation>Kërkesa për korrigjim dhe kundërshtime — {name} ({number})</translation>
    </message>
    <message>
        <source>Record what the prisoner asks to be corrected, or contests, in the person&apos;s own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
        <translation>Regjistroni me fjalët e vetë personit çfarë kërkon i burgosuri të korrigjohet ose çfarë kundërshton. Vetë korrigjimi është një ndryshim i regjistrimit; pastaj vendosni për kërkesën duke përmendur versionin e ndryshuar.</translation>
    </message>
    <message>
        <source>Requests and disputes of the file</source>
        <translation>Kërkesat dhe kundërshtimet e dosjes</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Regjistruar</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Kërkesa</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Ka të bëjë me</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>Çfarë thotë personi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Përfundimi</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Kërkesë e re</translation>
    </message>
    <message>
        <source>What the person asks or contests</source>
        <translation>Çfarë kërkon ose kundërshton personi</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Me fjalët e vetë personit</translation>
    </message>
    <message>
        <source>Record the re&amp;quest</source>
        <translation>&amp;Regjistro kërkesën</translation>
    </message>
    <message>
        <source>Abou&amp;t:</source>
        <translation>&amp;Ka të bëjë me:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Lloji:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;words:</source>
        <translation>&amp;Fjalët e personit:</translation>
    </message>
    <message>
        <source>Decision on the selected request</source>
        <translation>Vendimi për kërkesën e zgjedhur</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Vendos</translation>
    </message>
    <message>
        <source>&amp;Correct the record…</source>
        <translation>K&amp;orrigjo regjistrimin…</translation>
    </message>
    <message>
        <source>Close this window and amend the record the request is about.</source>
        <translation>Mbyllni këtë dritare dhe ndryshoni regjistrimin për të cilin është kërkesa.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Përfundimi:</translation>
    </message>
    <message>
        <source>Amended &amp;version:</source>
        <translation>Versioni i &amp;ndryshuar:</translation>
    </message>
    <message>
        <source>&amp;Reason (refused, noted):</source>
        <translation>&amp;Arsyeja (refuzuar, shënuar):</translation>
    </message>
    <message>
        <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
        <translation>Mund të përmendet vetëm një version që korrigjoi numrin e burgut, emrat ose vitin e lindjes pasi u regjistrua kërkesa.</translation>
    </message>
    <message>
        <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
        <translation>Mund të përmendet vetëm një version i ndryshuar pasi u regjistrua kërkesa: fillimisht korrigjoni regjistrimin.</translation>
    </message>
    <message>
        <source>The request is recorded: {kind}, {about}.</source>
        <translation>Kërkesa u regjistrua: {kind}, {about}.</translation>
    </message>
    <message>
        <source>Decided: {outcome}.</source>
        <translation>U vendos: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data-protection questions</source>
        <translation>Pyetje për mbrojtjen e të dhënave</translation>
    </message>
    <message>
        <source>Who consulted a prisoner&apos;s file</source>
        <translation>Kush e ka shikuar dosjen e një të burgosuri</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Shikime pa qëllim të deklaruar</translation>
    </message>
    <message>
        <source>Exports and disclosures in a period</source>
        <translation>Eksporte dhe zbulime në një periudhë</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Dosje me afat rishikimi të kaluar</translation>
    </message>
    <message>
        <source>establishment:number, e.g. PL-WAW1:1234</source>
        <translation>institucioni:numri, p.sh. PL-WAW1:1234</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Shfaq</translation>
    </message>
    <message>
        <source>Pre&amp;view the PDF</source>
        <translation>Paraparje e &amp;PDF-së</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>P&amp;yetja:</translation>
    </message>
    <message>
        <source>Prison &amp;number:</source>
        <translation>&amp;Numri i burgut:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>Periu&amp;dha:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>A&amp;rsyeja (ruhet në regjistrin e auditimit):</translation>
    </message>
    <message>
        <source>{about} — entries: {count}</source>
        <translation>{about} — regjistrime: {count}</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Zyrtari për mbrojtjen e të dhënave</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <source>Establishment</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>The establishment this encrypted database belongs to, and its units.</source>
        <translation>Institucioni të cilit i përket kjo bazë e koduar të dhënash dhe njësitë e tij.</translation>
    </message>
    <message>
        <source>Establishment code</source>
        <translation>Kodi i institucionit</translation>
    </message>
    <message>
        <source>for example PL-WAW1</source>
        <translation>për shembull PL-WAW1</translation>
    </message>
    <message>
        <source>Establishment name</source>
        <translation>Emri i institucionit</translation>
    </message>
    <message>
        <source>Units, one per line: code = name</source>
        <translation>Njësitë, një për rresht: kodi = emri</translation>
    </message>
    <message>
        <source>A = Wing A
B = Wing B</source>
        <translation>A = Pavijoni A
B = Pavijoni B</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kodi:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>E&amp;mri:</translation>
    </message>
    <message>
        <source>&amp;Units (code = name, one per line):</source>
        <translation>Njësitë (kodi = emri, një për &amp;rresht):</translation>
    </message>
    <message>
        <source>Type the establishment code.</source>
        <translation>Shkruani kodin e institucionit.</translation>
    </message>
    <message>
        <source>The code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kodi përdor vetëm shkronja, shifra dhe &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A unit code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kodi i njësisë përdor vetëm shkronja, shifra dhe &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the audit log</source>
        <translation>Eksporto regjistrin e auditimit</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Marrësi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Marrësi:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Arsyeja:</translation>
    </message>
    <message>
        <source>Give the recipient and the reason.</source>
        <translation>Jepni marrësin dhe arsyen.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your exercise</source>
        <translation>Komente për ushtrimin tuaj</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on your observation</source>
        <translation>Komente për vëzhgimin tuaj</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Vëzhgimi model</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>&amp;Komente</translation>
    </message>
    <message>
        <source>&amp;Model observation</source>
        <translation>Vëzhgimi &amp;model</translation>
    </message>
    <message>
        <source>Not completed yet: record and submit the observation.</source>
        <translation>Ende i papërfunduar: shënoni dhe dorëzoni vëzhgimin.</translation>
    </message>
    <message>
        <source>{code} — {title}: {good} done well, {improve} to improve.</source>
        <translation>{code} — {title}: {good} bërë mirë, {improve} për t&apos;u përmirësuar.</translation>
    </message>
</context>
<context>
    <name>FileNotOpened</name>
    <message>
        <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
        <translation>Dosja nuk shfaqet: nuk u dha arsyeja e qasjes. Asgjë prej saj nuk shfaqet dhe nuk regjistrohet si konsultim derisa ta jepni.</translation>
    </message>
    <message>
        <source>Give the reason and &amp;open the file again…</source>
        <translation>Jep arsyen dhe hape d&amp;osjen përsëri…</translation>
    </message>
    <message>
        <source>Or choose another page in the list on the left.</source>
        <translation>Ose zgjidhni një faqe tjetër në listën në të majtë.</translation>
    </message>
</context>
<context>
    <name>FileRequests</name>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Kërk&amp;esa dhe kundërshtime…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes: record and decide them.</source>
        <translation>Kërkesat e të burgosurit për korrigjim dhe kundërshtimet: regjistrojini dhe vendosni për to.</translation>
    </message>
    <message>
        <source>Recla&amp;ssify…</source>
        <translation>Ndr&amp;ysho klasifikimin…</translation>
    </message>
    <message>
        <source>Change the classification of the selected observation (with a reason).</source>
        <translation>Ndryshoni klasifikimin e vëzhgimit të zgjedhur (me arsye).</translation>
    </message>
    <message>
        <source>The record of the request</source>
        <translation>Regjistrimi që i përket kërkesës</translation>
    </message>
    <message>
        <source>The prisoner&apos;s details</source>
        <translation>Të dhënat e të burgosurit</translation>
    </message>
    <message>
        <source>The observation of {when}</source>
        <translation>Vëzhgimi i {when}</translation>
    </message>
    <message>
        <source>The checklist run: {run}</source>
        <translation>Plotësimi i listës së kontrollit: {run}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Përpunimi i kufizuar</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s open rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: numri i burgut, emrat dhe viti i lindjes korrigjohen vetëm si përgjigje ndaj një kërkese të hapur të të burgosurit për korrigjimin e të dhënave. Njësia, qelia dhe gjendja mund të ndryshohen ende.</translation>
    </message>
    <message>
        <source>A supervisor records the prisoner&apos;s request first.</source>
        <translation>Fillimisht mbikëqyrësi regjistron kërkesën e të burgosurit.</translation>
    </message>
    <message>
        <source>Change unit, cell or &amp;status…</source>
        <translation>Ndrysho njësinë, qelinë ose &amp;gjendjen…</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer the prisoner&apos;s open rectification request on it. Record the request first; then the correction can be made.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: një regjistrim korrigjohet vetëm si përgjigje ndaj një kërkese të hapur të të burgosurit për korrigjimin e tij. Fillimisht regjistroni kërkesën; pastaj mund të bëhet korrigjimi.</translation>
    </message>
    <message>
        <source>Record the &amp;request…</source>
        <translation>&amp;Regjistro kërkesën…</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <source>Source grade</source>
        <extracomment>Error field names of the observations service that point into this widget.</extracomment>
        <translation>Vlerësimi i burimit</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Vlerësimi i informacionit</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Trajtimi</translation>
    </message>
    <message>
        <source>Who may receive it, and on what conditions</source>
        <translation>Kush mund ta marrë dhe me çfarë kushtesh</translation>
    </message>
    <message>
        <source>Conditions of sharing</source>
        <translation>Kushtet e ndarjes</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Kushtet:</translation>
    </message>
    <message>
        <source>Sou&amp;rce is:</source>
        <translation>&amp;Burimi është:</translation>
    </message>
    <message>
        <source>&amp;Information is:</source>
        <translation>&amp;Informacioni është:</translation>
    </message>
    <message>
        <source>Han&amp;dling (sharing):</source>
        <translation>&amp;Trajtimi (ndarja):</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>radprev — user guide</source>
        <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
        <translation>radprev — udhëzuesi i përdoruesit</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Udhëzuesi i përdoruesit</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Kërko në udhëzues</translation>
    </message>
    <message>
        <source>word to find, then Enter</source>
        <translation>fjala për t&apos;u kërkuar, pastaj Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Kërko:</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Përmbajtja</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Dorëzimi në lirim për shërbimin e provës</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>referimet e hapura</translation>
    </message>
    <message>
        <source>closed referrals</source>
        <translation>referimet e mbyllura</translation>
    </message>
    <message>
        <source>facts of reviewed observations of the last {n} months</source>
        <translation>faktet e vëzhgimeve të rishikuara të {n} muajve të fundit</translation>
    </message>
    <message>
        <source>protective factors</source>
        <translation>faktorët mbrojtës</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>vlerësimet e zyrtarëve</translation>
    </message>
    <message>
        <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service&apos;s key only and recorded in the audit log.</source>
        <translation>{name}: dorëzimi përmban vetëm atë që lejon politika — {held}. Kurrë një burim, një burim i kufizuar ose një raport i papranuar nga një mbikëqyrës/e. Kodohet vetëm me çelësin e shërbimit të provës dhe shënohet në regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>e.g. Probation office, officer&apos;s name</source>
        <translation>p.sh. zyra e shërbimit të provës, emri i zyrtarit/es</translation>
    </message>
    <message>
        <source>The probation service&apos;s key file</source>
        <translation>Skedari i çelësit të shërbimit të provës</translation>
    </message>
    <message>
        <source>Folder for the handover</source>
        <translation>Dosja për dorëzimin</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Marrësi:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Arsyeja:</translation>
    </message>
    <message>
        <source>Probation &amp;key file:</source>
        <translation>Skedari i &amp;çelësit të shërbimit të provës:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dosja:</translation>
    </message>
    <message>
        <source>The prisoner is &amp;due for release</source>
        <translation>I burgosuri do të &amp;lirohet së shpejti</translation>
    </message>
    <message>
        <source>&amp;Make handover</source>
        <translation>&amp;Bëj dorëzimin</translation>
    </message>
    <message>
        <source>Choose the probation service&apos;s key file.</source>
        <translation>Zgjidhni skedarin e çelësit të shërbimit të provës.</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>Zgjidhni dosjen ku do të shkruhet.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {why}</source>
        <translation>Skedari i çelësit nuk mund të lexohet: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Versions</source>
        <translation>Versionet</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Versionet krah për krah</translation>
    </message>
    <message>
        <source>Changes as a text difference</source>
        <translation>Ndryshimet si dallim teksti</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Krah për krah</translation>
    </message>
    <message>
        <source>Text difference</source>
        <translation>Dallimi i tekstit</translation>
    </message>
    <message>
        <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
        <translation>Zgjidhni një version për ta lexuar, ose dy (Ctrl+klik, Shift+shigjeta) për t&apos;i krahasuar.</translation>
    </message>
    <message>
        <source>&amp;Back to the file</source>
        <translation>&amp;Kthehu te dosja</translation>
    </message>
    <message>
        <source>Version {n} — {status}, {at}</source>
        <translation>Versioni {n} — {status}, {at}</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>Indicators</source>
        <translation>Treguesit</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Treguesi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>What exactly did you see that fits this item?</source>
        <translation>Çfarë saktësisht patë që përputhet me këtë pikë?</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator</source>
        <translation>Prova për treguesin e zgjedhur</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Prova:</translation>
    </message>
    <message>
        <source>No checklist template is installed.</source>
        <translation>Nuk është instaluar asnjë model liste kontrolli.</translation>
    </message>
    <message>
        <source>From another template version</source>
        <translation>Nga një version tjetër i modelit</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Kjo bazë e koduar të dhënash është tashmë e hapur në radprev (procesi {pid} në kompjuterin {host}). Kaloni te ajo dritare ose mbylleni më parë: dy dritare mbi një bazë të dhënash mund të mbishkruajnë punën e njëra-tjetrës.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
        <translation>Skedari i kyçjes {path} nuk mund të krijohet. Kontrolloni që në dosje të mund të shkruhet.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Observed</source>
        <translation>I vërejtur</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>I pavërejtur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>I panjohur</translation>
    </message>
    <message>
        <source>Example for {code}</source>
        <translation>Shembull për {code}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Shënim (jo i detyrueshëm)</translation>
    </message>
    <message>
        <source>A concrete example: what exactly was seen or heard (required)</source>
        <translation>Një shembull konkret: çfarë saktësisht u pa ose u dëgjua (e detyrueshme)</translation>
    </message>
    <message>
        <source>Date of the example for {code}</source>
        <translation>Data e shembullit për {code}</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Shembulli:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Reason for access</source>
        <translation>Arsyeja e qasjes</translation>
    </message>
    <message>
        <source>Opening a prisoner&apos;s file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
        <translation>Hapja e dosjes së një personi të burgosur shënohet në regjistrin e auditimit. Thoni pse ju duhet; arsyeja mbahet mend derisa të dilni ose të kyçet ekrani.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Zgjidhni arsyen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Hollësitë</translation>
    </message>
    <message>
        <source>e.g. weekly wing review</source>
        <translation>p.sh. rishikimi javor i pavijonit</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Arsyeja:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Hollësitë:</translation>
    </message>
    <message>
        <source>Choose the reason for access from the list.</source>
        <translation>Zgjidhni nga lista arsyen e qasjes.</translation>
    </message>
</context>
<context>
    <name>LinkedFilesPanel</name>
    <message>
        <source>Show files that may be one &amp;person</source>
        <translation>Shfaq dosjet që mund të jenë i njëjti &amp;person</translation>
    </message>
    <message>
        <source>&amp;Same person…</source>
        <translation>I &amp;njëjti person…</translation>
    </message>
    <message>
        <source>&amp;Not the same…</source>
        <translation>&amp;Jo i njëjti…</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Dosja e parë</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Dosja e dytë</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>Files that may be one person</source>
        <translation>Dosjet që mund të jenë i njëjti person</translation>
    </message>
    <message>
        <source>Decisions made:</source>
        <translation>Vendimet e marra:</translation>
    </message>
    <message>
        <source>&amp;Undo decision…</source>
        <translation>&amp;Zhbëj vendimin…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dosjet</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Decisions about files of one person</source>
        <translation>Vendimet për dosjet e një personi</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>i njëjti person</translation>
    </message>
    <message>
        <source>not same</source>
        <translation>jo i njëjti</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(zhbërë)</translation>
    </message>
    <message>
        <source>{n} pair(s) to decide.</source>
        <translation>Çifte për t&apos;u vendosur: {n}.</translation>
    </message>
    <message>
        <source>No files left to decide.</source>
        <translation>Nuk ka më dosje për t&apos;u vendosur.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Arsyeja (ruhet në regjistrin e auditimit):</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>I njëjti person</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Jo i njëjti person</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Vendimi u shënua.</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Zhbëj vendimin</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Vendimi u zhbë.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The application is locked</source>
        <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
        <translation>Aplikacioni është i kyçur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesazhi</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Zhbllokoje</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Zhbllokoje</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Ndërro përdoruesin…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Ndërro përdoruesin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil nga programi</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Dil nga programi</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>Locked by {name} ({user}). Enter the password to unlock.</source>
        <translation>I kyçur nga {name} ({user}). Shkruani fjalëkalimin për ta zhbllokuar.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Shumë përpjekje të dështuara. Mund të provoni përsëri pas %n sekonde.</numerusform>
            <numerusform>Shumë përpjekje të dështuara. Mund të provoni përsëri pas %n sekondash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message>
        <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Heqja e llogarisë {user}, e ndërprerë më parë, tani u përfundua: fjalëkalimi i saj nuk e hap më bazën e të dhënave.</translation>
    </message>
    <message>
        <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Çaktivizimi i llogarisë {user}, i ndërprerë më parë, tani u përfundua: fjalëkalimi i saj nuk e hap më bazën e të dhënave.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>U fshi %n kopje rezervë e bërë me një çelës më të vjetër (mund të hapej ende me një fjalëkalim të hequr).</numerusform>
            <numerusform>U fshinë %n kopje rezervë të bëra me një çelës më të vjetër (mund të hapeshin ende me një fjalëkalim të hequr).</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
        <translation>Një heqje ose çaktivizim i ndërprerë i një llogarie nuk mund të përfundohej ende. Hyni përsëri si administrator më vonë; deri atëherë ekzekutoni „radprev doctor” për hollësi.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Paralajmërim: mungon %n regjistrim në fund të regjistrit të auditimit — regjistri u shkurtua ose baza e të dhënave u zëvendësua me një kopje më të vjetër. Kjo është shënuar në regjistër; njoftoni administratorin dhe auditorin.</numerusform>
            <numerusform>Paralajmërim: mungojnë %n regjistrime në fund të regjistrit të auditimit — regjistri u shkurtua ose baza e të dhënave u zëvendësua me një kopje më të vjetër. Kjo është shënuar në regjistër; njoftoni administratorin dhe auditorin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Paralajmërim: skedari vault.anchor, që e mbron regjistrin e auditimit nga shkurtimi, mungon, është i dëmtuar ose është një kopje më e vjetër. Regjistri mund të kontrollohej vetëm deri te një regjistrim më i hershëm. Kjo është shënuar në regjistër; njoftoni administratorin dhe auditorin.</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Paralajmërim: regjistri i auditimit u ndryshua pasi ishte shkruar (një regjistrim nuk është ai që u shënua). Kjo është shënuar në regjistër; njoftoni administratorin dhe auditorin.</translation>
    </message>
    <message>
        <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
        <translation>Baza e të dhënave u përditësua për këtë version të programit. Një kopje rezervë nga para përditësimit u ruajt në {folder}.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>radprev — log in</source>
        <translation>radprev — hyrja</translation>
    </message>
    <message>
        <source>Observation log — log in</source>
        <translation>Regjistri i vëzhgimeve — hyrja</translation>
    </message>
    <message>
        <source>An observation log, not a risk assessment.</source>
        <translation>Regjistër vëzhgimesh, jo vlerësim rreziku.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>Demo accounts (throw-away demo database only)</source>
        <translation>Llogari demonstrimi (vetëm për bazën e përkohshme të demonstrimit)</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Llogari demonstrimi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Fjalëkalimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolet</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an account to fill it in.</source>
        <translation>Klikoni dy herë ose shtypni Enter mbi një llogari për ta plotësuar.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesazhi</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Hy&amp;r</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Hyr</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Harruat fjalëkalimin…</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery code</source>
        <translation>Harruat fjalëkalimin: përdorni kodin e rikuperimit</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Rikthe nga një kopje rezervë…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Rikthe nga një kopje rezervë</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Fjalëkalimi:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>&amp;Back to the real database</source>
        <translation>&amp;Kthehu te baza e vërtetë e të dhënave</translation>
    </message>
    <message>
        <source>Prac&amp;tise…</source>
        <translation>&amp;Ushtrohu…</translation>
    </message>
    <message>
        <source>Back to the real database</source>
        <translation>Kthehu te baza e vërtetë e të dhënave</translation>
    </message>
    <message>
        <source>Practise on training scenarios (training database)</source>
        <translation>Ushtrohu me skenarë trajnimi (baza e të dhënave e trajnimit)</translation>
    </message>
    <message>
        <source>An administrator can restore the encrypted database from a backup.</source>
        <translation>Një administrator mund ta rikthejë bazën e koduar të të dhënave nga një kopje rezervë.</translation>
    </message>
    <message numerus="yes">
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>Baza e koduar e të dhënave u rikthye nga kopja rezervë. Regjistrit të saj të auditimit i mungon %n regjistrim që kishte baza e të dhënave; rikthimi shënohet me këtë numër. Hyni.</numerusform>
            <numerusform>Baza e koduar e të dhënave u rikthye nga kopja rezervë. Regjistrit të saj të auditimit i mungojnë %n regjistrime që kishte baza e të dhënave; rikthimi shënohet me këtë numër. Hyni.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encrypted database was restored from the backup. Log in.</source>
        <translation>Baza e koduar e të dhënave u rikthye nga kopja rezervë. Hyni.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Shkruani emrin e përdoruesit dhe fjalëkalimin.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Po kontrollohet fjalëkalimi…</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Duhet të zgjidhni një fjalëkalim të ri para se të vazhdoni.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Tani mund të provoni përsëri.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Shumë përpjekje të dështuara. Mund të provoni përsëri pas %n sekonde.</numerusform>
            <numerusform>Shumë përpjekje të dështuara. Mund të provoni përsëri pas %n sekondash.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Paneli kryesor</translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation>Të burgosurit</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Kërkimi</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Radha e rishikimit</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportet</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronizimi</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrimi</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Regjistri i auditimit</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trajnimi</translation>
    </message>
    <message>
        <source>Prisoner&apos;s file</source>
        <translation>Dosja e personit të burgosur</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vëzhgimi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista e kontrollit</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigimi</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Njoftim</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Hiqe</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Hiqe njoftimin</translation>
    </message>
    <message>
        <source>Your draft was kept.</source>
        <translation>Skica juaj u ruajt.</translation>
    </message>
    <message>
        <source>Your role does not record observations.</source>
        <translation>Roli juaj nuk shënon vëzhgime.</translation>
    </message>
    <message>
        <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
        <translation>Ekrani kyçet pas {seconds} sekondash. Lëvizni miun ose shtypni një tast për të qëndruar; skica juaj ruhet gjithsesi.</translation>
    </message>
    <message>
        <source>Locking when the running task ends.</source>
        <translation>Kyçet kur të mbarojë detyra që po kryhet.</translation>
    </message>
    <message>
        <source>What you had not yet saved in a prisoner&apos;s file is kept until you open that file again.</source>
        <translation>Ajo që nuk kishit ruajtur ende në dosjen e një personi të burgosur mbahet derisa ta hapni përsëri atë dosje.</translation>
    </message>
    <message>
        <source>What you had not yet saved is back on screen.</source>
        <translation>Ajo që nuk kishit ruajtur ende është përsëri në ekran.</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Duhet të zgjidhni një fjalëkalim të ri para se të vazhdoni.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>%n përpjekje e dështuar për hyrje që nga hyrja juaj e fundit. Nëse nuk ishit ju, njoftoni administratorin.</numerusform>
            <numerusform>%n përpjekje të dështuara për hyrje që nga hyrja juaj e fundit. Nëse nuk ishit ju, njoftoni administratorin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Fjalëkalimi juaj u ndryshua.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ndryshime të paruajtura</translation>
    </message>
    <message>
        <source>Some changes are not saved. Close anyway and lose them?</source>
        <translation>Disa ndryshime nuk janë ruajtur. Të mbyllet gjithsesi dhe të humbasin?</translation>
    </message>
    <message>
        <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
        <translation>Një korrigjim ose një përgjigje që nuk e kishit ruajtur ende mbahet vetëm në kujtesë (nuk mund të ruhej si skicë). Të mbyllet gjithsesi dhe të humbasë?</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Ju lutemi prisni</translation>
    </message>
    <message>
        <source>A task is still running. Close the window when it has finished.</source>
        <translation>Një detyrë është ende në vazhdim. Mbylleni dritaren kur të ketë mbaruar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Skedari</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>Vëzhgim &amp;i ri</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Kërko…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kyç</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Ndrysho &amp;fjalëkalimin…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Ndërro përdoruesin…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Dil nga programi</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Shk&amp;o</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Prapa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Udhëzuesi</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Rreth</translation>
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
        <translation>Përdoruesi: {name} ({user})
Roli: {roles}
Institucioni: {code}
Stacioni i punës: {id}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>I kyçur</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Kyçet pas %n min</numerusform>
            <numerusform>Kyçet pas %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in {sec} s</source>
        <translation>Kyçet pas {sec} s</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>zyra qendrore</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stacion pune</translation>
    </message>
    <message>
        <source>radprev — observation log — {code} ({mode})</source>
        <translation>radprev — regjistri i vëzhgimeve — {code} ({mode})</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where will this computer be used?</source>
        <translation>Ku do të përdoret ky kompjuter?</translation>
    </message>
    <message>
        <source>The choice cannot be changed later.</source>
        <translation>Zgjedhja nuk mund të ndryshohet më vonë.</translation>
    </message>
    <message>
        <source>&amp;Workstation in an establishment</source>
        <translation>&amp;Stacion pune në një institucion</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stacion pune</translation>
    </message>
    <message>
        <source>&amp;Central office (imports packages from workstations)</source>
        <translation>&amp;Zyra qendrore (importon paketa nga stacionet e punës)</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Zyra qendrore</translation>
    </message>
    <message>
        <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts&apos; computer.</source>
        <translation>Zyrtarët, mbikëqyrësit dhe auditorët punojnë në një stacion pune; shënimet e tij arrijnë në zyrën qendrore si skedarë të koduar në USB. Zgjidhni zyrën qendrore vetëm për kompjuterin e analistëve.</translation>
    </message>
</context>
<context>
    <name>ObservationEditorPage</name>
    <message>
        <source>Place</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Detyra juaj në atë kohë</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;assessment (required) — why it may matter. What was this person&apos;s usual behaviour before?</source>
        <translation>Vlerësimi i z&amp;yrtarit/es (i detyrueshëm) — pse mund të ketë rëndësi. Si sillej zakonisht ky person më parë?</translation>
    </message>
    <message>
        <source>Usual behaviour before: …
Why it may matter: …</source>
        <translation>Sjellja e zakonshme më parë: …
Pse mund të ketë rëndësi: …</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Vlerësimi i zyrtarit/es</translation>
    </message>
    <message>
        <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
        <translation>Shpjegime të tjera të sh&amp;qyrtuara (të detyrueshme) — borxh, konflikt, bandë, sëmundje ose shëndet mendor, ankesë, lajme të këqija nga shtëpia, praktikë fetare ose një festë…</translation>
    </message>
    <message>
        <source>What else could explain it?</source>
        <translation>Çfarë tjetër mund ta shpjegojë?</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Shpjegime të tjera të shqyrtuara</translation>
    </message>
    <message>
        <source>None identified after considering them</source>
        <translation>Asnjë e identifikuar pas shqyrtimit</translation>
    </message>
    <message>
        <source>No other explanation identified</source>
        <translation>Nuk u identifikua asnjë shpjegim tjetër</translation>
    </message>
    <message>
        <source>How you know it and grading</source>
        <translation>Si e dini dhe vlerësimi</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klasifikimi:</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Persona të tjerë të përfshirë</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Veprimi i ndërmarrë ose i rekomanduar</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Shpjegimi i vetë personit të burgosur</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Arsyeja e korrigjimit</translation>
    </message>
    <message>
        <source>Status: {status}, version {version}</source>
        <translation>Gjendja: {status}, versioni {version}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesazhet</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
        <translation>Njoftoni menjëherë personalisht ose me telefon — mos prisni eksportin. Njoftoni menjëherë përgjegjësin e turnit / sektorin e sigurisë, pastaj përfundoni këtë shënim.</translation>
    </message>
    <message>
        <source>Escalate now</source>
        <translation>Njoftoni menjëherë</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Kur dhe ku</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kur:</translation>
    </message>
    <message>
        <source>When did it happen</source>
        <translation>Kur ndodhi</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Vendi:</translation>
    </message>
    <message>
        <source>e.g. wing A landing, yard, visits hall</source>
        <translation>p.sh. korridori i pavijonit A, oborri, salla e vizitave</translation>
    </message>
    <message>
        <source>Your d&amp;uty:</source>
        <translation>Detyra &amp;juaj:</translation>
    </message>
    <message>
        <source>e.g. landing officer, visits</source>
        <translation>p.sh. zyrtar/e i/e korridorit, vizitat</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Çfarë u pa ose u dëgjua (faktet)</translation>
    </message>
    <message>
        <source>What was &amp;seen or heard — who, what, where, how. Put a person&apos;s exact words in &quot;quotation marks&quot;.</source>
        <translation>Çfarë u pa ose u dëgjua — kus&amp;h, çfarë, ku, si. Fjalët e sakta të një personi vendosini në „thonjëza”.</translation>
    </message>
    <message>
        <source>Describe only what you saw or heard yourself or were told.</source>
        <translation>Përshkruani vetëm atë që patë ose dëgjuat vetë ose ju është thënë.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (your opinion)</source>
        <translation>Vlerësimi i zyrtarit/es (mendimi juaj)</translation>
    </message>
    <message>
        <source>Question about wording</source>
        <translation>Pyetje për formulimin</translation>
    </message>
    <message>
        <source>How do you &amp;know it:</source>
        <translation>Si e &amp;dini:</translation>
    </message>
    <message>
        <source>How do you know it</source>
        <translation>Si e dini</translation>
    </message>
    <message>
        <source>Who told you (restricted):</source>
        <translation>Kush jua tha (e kufizuar):</translation>
    </message>
    <message>
        <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
        <translation>Nuk shtypet kurrë në përmbledhje. Lëreni bosh nëse e patë vetë.</translation>
    </message>
    <message>
        <source>Who told you (restricted)</source>
        <translation>Kush jua tha (e kufizuar)</translation>
    </message>
    <message>
        <source>The grade is proposed from how you know it; change it if it does not fit.</source>
        <translation>Vlerësimi propozohet sipas mënyrës si e dini; ndryshojeni nëse nuk përshtatet.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgjenca</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Urgjenca:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikimi</translation>
    </message>
    <message>
        <source>Indicators from the checklist (optional)</source>
        <translation>Tregues nga lista e kontrollit (jo i detyrueshëm)</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Jo tregues</translation>
    </message>
    <message>
        <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
        <translation>Treguesit: shigjetat për t&apos;u &amp;lëvizur, Hapësira për të shënuar, ose shkruani një kod ose një fjalë për të gjetur një. Çdo tregues i shënuar kërkon një fjali prove.</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Faktorët mbrojtës të vërejtur</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write &apos;none observed&apos; if you saw none.</source>
        <translation>&amp;Faktorët mbrojtës — një për rresht (kontakt me familjen, punë, arsim, marrëdhënie pozitive me stafin…). Shkruani „asnjë i vërejtur” nëse nuk patë asnjë.</translation>
    </message>
    <message>
        <source>none observed</source>
        <translation>asnjë i vërejtur</translation>
    </message>
    <message>
        <source>Action and the prisoner&apos;s own account</source>
        <translation>Veprimi dhe shpjegimi i vetë personit të burgosur</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>Veprimi i nd&amp;ërmarrë:</translation>
    </message>
    <message>
        <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
        <translation>p.sh. u njoftua siguria, u kërkua kontroll i qelisë, u bisedua me personin e burgosur</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own accoun&amp;t:</source>
        <translation>Shpje&amp;gimi i vetë personit të burgosur:</translation>
    </message>
    <message>
        <source>If you spoke with the prisoner: what did they say about it?</source>
        <translation>Nëse folët me personin e burgosur: çfarë tha për këtë?</translation>
    </message>
    <message>
        <source>Why is it corrected? (required)</source>
        <translation>Pse korrigjohet? (e detyrueshme)</translation>
    </message>
    <message>
        <source>&amp;Justification of the correction:</source>
        <translation>&amp;Arsyetimi i korrigjimit:</translation>
    </message>
    <message>
        <source>Prisoner:</source>
        <translation>Personi i burgosur:</translation>
    </message>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Gjeni personin e burgosur sipas emrit ose numrit të regjistrimit</translation>
    </message>
    <message>
        <source>name or prison number, then Enter</source>
        <translation>emri ose numri i regjistrimit, pastaj Enter</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Të burgosurit që përputhen</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Asnjë person i burgosur nuk përputhet me „{text}”.</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Ruaj skicën (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit (Ctrl+Enter)</source>
        <translation>Do&amp;rëzo (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ame&amp;nd…</source>
        <translation>Nd&amp;rysho…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Shkruani një version të korrigjuar me një arsye; origjinali mbetet në histori.</translation>
    </message>
    <message>
        <source>C&amp;lose (Esc)</source>
        <translation>&amp;Mbyll (Esc)</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export.</source>
        <translation>Njoftoni menjëherë personalisht ose me telefon — mos prisni eksportin.</translation>
    </message>
    <message>
        <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person&apos;s exact words), keep it.</source>
        <translation>Shkruat: {words}. A është e nevojshme kjo për të përshkruar sjelljen? Nëse po (për shembull fjalët e sakta të personit), mbajeni.</translation>
    </message>
    <message>
        <source>Su&amp;bmit correction (Ctrl+Enter)</source>
        <translation>Dorë&amp;zo korrigjimin (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation — choose the prisoner</source>
        <translation>Vëzhgim i ri — zgjidhni personin e burgosur</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Këta NUK janë tregues dhe nuk duhet të shënohen kurrë si të tillë:</translation>
    </message>
    <message>
        <source>New observation — {name} ({number})</source>
        <translation>Vëzhgim i ri — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Ende i paruajtur.</translation>
    </message>
    <message>
        <source>Draft observation — {name} ({number})</source>
        <translation>Skicë vëzhgimi — {name} ({number})</translation>
    </message>
    <message>
        <source>Correction of an observation — {name} ({number})</source>
        <translation>Korrigjim i një vëzhgimi — {name} ({number})</translation>
    </message>
    <message>
        <source>Observation (sealed) — {name} ({number})</source>
        <translation>Vëzhgim (i vulosur) — {name} ({number})</translation>
    </message>
    <message>
        <source>sealed: it can only be corrected with a reason (Amend).</source>
        <translation>i vulosur: mund të korrigjohet vetëm me një arsye (Ndrysho).</translation>
    </message>
    <message>
        <source>returned by {who}: {comment}</source>
        <translation>kthyer nga {who}: {comment}</translation>
    </message>
    <message>
        <source>Kept as an unfinished draft.</source>
        <translation>U mbajt si skicë e papërfunduar.</translation>
    </message>
    <message>
        <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
        <translation>Korrigjimi juaj u mbajt ndërsa ekrani ishte i kyçur; ende nuk është dorëzuar.</translation>
    </message>
    <message>
        <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
        <translation>Ajo që shkruat u mbajt ndërsa ekrani ishte i kyçur; ende nuk është ruajtur.</translation>
    </message>
    <message>
        <source>Draft saved automatically at {time}.</source>
        <translation>Skica u ruajt automatikisht në {time}.</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Skica u ruajt në {time}.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Skica u ruajt.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>{heading}

Urgency: {urgency}
Indicators: {indicators}

Once submitted it is sealed: it can only be corrected with a reason.</source>
        <translation>{heading}

Urgjenca: {urgency}
Treguesit: {indicators}

Pasi të dorëzohet, vuloset: mund të korrigjohet vetëm me një arsye.</translation>
    </message>
    <message>
        <source>Submit and seal?</source>
        <translation>Të dorëzohet dhe të vuloset?</translation>
    </message>
    <message>
        <source>Submit and seal</source>
        <translation>Dorëzo dhe vulos</translation>
    </message>
    <message>
        <source>Not submitted: change the wording, then submit.</source>
        <translation>E padorëzuar: ndryshoni formulimin, pastaj dorëzojeni.</translation>
    </message>
    <message>
        <source>Submitted for review (version {version}).</source>
        <translation>U dorëzua për rishikim (versioni {version}).</translation>
    </message>
    <message>
        <source>Observation submitted. Escalate now in person or by phone.</source>
        <translation>Vëzhgimi u dorëzua. Njoftoni menjëherë personalisht ose me telefon.</translation>
    </message>
    <message>
        <source>Observation submitted for review.</source>
        <translation>Vëzhgimi u dorëzua për rishikim.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ndryshime të paruajtura</translation>
    </message>
    <message>
        <source>The correction is not submitted yet. Discard it?</source>
        <translation>Korrigjimi nuk është dorëzuar ende. Ta hedh poshtë?</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft?</source>
        <translation>Ta ruaj si skicë atë që shkruat?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Ruaje si skicë</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The guide&apos;s section for this page (Help → Guide, F1).</extracomment>
        <translation>Ndryshime të paruajtura</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
        <translation>Një pjesë e asaj që shkruat nuk mund të ruhet si skicë (një korrigjim ende i padorëzuar, ose një përgjigje ende pa shembullin e saj). Ta hedh poshtë?</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password</source>
        <translation>Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Fjalëkalimi i ri përsëri</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>Kontrolli i fjalëkalimit</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Shfaq fjalëkalimet</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Fjalëkalimi i ri:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Përsëriteni:</translation>
    </message>
    <message>
        <source>Type the new password, at least 10 characters.</source>
        <translation>Shkruani fjalëkalimin e ri, të paktën 10 shenja.</translation>
    </message>
    <message>
        <source>Type the password a second time.</source>
        <translation>Shkruani fjalëkalimin për herë të dytë.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dy fjalëkalimet nuk janë të njëjta.</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>Fjalëkalimi është i pranueshëm.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No report generated yet.</source>
        <translation>Ende nuk është krijuar asnjë raport.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zvogëlo</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zmadho</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Përshtat gjerësinë</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Sh&amp;typ…</translation>
    </message>
    <message>
        <source>Save as PDF (unencrypted)…</source>
        <translation>Ruaje si PDF (e pakoduar)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Parapamja e raportit</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n faqe</numerusform>
            <numerusform>%n faqe</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Shtyp raportin</translation>
    </message>
    <message>
        <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use &quot;Save as PDF (unencrypted)…&quot; where the report offers it.</source>
        <translation>Printimi në skedar nuk ofrohet: skedari nuk do të ishte i koduar dhe kopja e tij nuk do të regjistrohej. Zgjidhni një printer ose përdorni „Ruaje si PDF (e pakoduar)…” kur raporti e ofron.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Category of the person</source>
        <translation>Kategoria e personit</translation>
    </message>
    <message>
        <source>e.g. cellmate, visitor (wife), prison number</source>
        <translation>p.sh. shoku i qelisë, vizitori (bashkëshortja), numri i regjistrimit</translation>
    </message>
    <message>
        <source>Who (description)</source>
        <translation>Kush (përshkrimi)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Shto person</translation>
    </message>
    <message>
        <source>People involved (Delete removes)</source>
        <translation>Personat e përfshirë (Delete heq)</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Kat&amp;egoria:</translation>
    </message>
</context>
<context>
    <name>PrisonerDetailsTab</name>
    <message>
        <source>Find a prisoner to record or decide the person&apos;s rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
        <translation>Gjeni personin e burgosur për të regjistruar ose vendosur për kërkesën e tij për korrigjim ose kundërshtimin e të dhënave të tij, ose për të korrigjuar të dhënat. Vëzhgimet nuk shfaqen këtu.</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Jepni &amp;arsyen e qasjes…</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Gjeni personin e burgosur sipas emrit ose numrit të regjistrimit</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>emri ose numri i regjistrimit</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Gjej:</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Kë&amp;rko</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>&amp;Hap të dhënat</translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation>Të burgosurit e gjetur</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Kufizimi</translation>
    </message>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Kërk&amp;esa dhe kundërshtime…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes on the details.</source>
        <translation>Kërkesat e të burgosurit për korrigjimin e të dhënave dhe kundërshtimet e të dhënave.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Ndrysho &amp;të dhënat…</translation>
    </message>
    <message>
        <source>Changes to details, requests and disputes</source>
        <translation>Ndryshimet e të dhënave, kërkesat dhe kundërshtimet</translation>
    </message>
    <message>
        <source>Prisoners found: {count}</source>
        <translation>Të burgosur të gjetur: {count}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>i kufizuar</translation>
    </message>
    <message>
        <source>Details of {name} ({number}).</source>
        <translation>Të dhënat: {name} ({number}).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disku</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dosje</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Zgjidh të gjitha</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Rrit</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Zvogëlo</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Puna</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kontrolli i punës</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Printim i planifikuar:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Printo menjëherë</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Mbaje pa afat</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ditë (06:00 deri 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Natë (18:00 deri 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Turni i dytë (16:00 deri 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Turni i tretë (00:00 deri 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Fundjavë (nga e shtuna në të dielën)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Orë e caktuar</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Të dhënat e fa&amp;turimit:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>P&amp;rioriteti i punës:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Faqet ndarëse</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Fillimi:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Mbarimi:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Asnjë</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Standarde</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>I paklasifikuar</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Konfidencial</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>I klasifikuar</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Sekret</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tepër sekret</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>What Qt&apos;s own (non-native) file dialog shows: labels, buttons, tool tips, the list&apos;s columns and context menu, the overwrite question.</extracomment>
        <translation>&amp;Shiko te:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Emri i skedarit:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Skedarë të &amp;llojit:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Dosja:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Hap</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Ruaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Zgjidh</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Prapa</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Dosja mëmë</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Krijo dosje të re</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Pamje listë</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Pamje me hollësi</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Riemërto</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Fshij</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Shfaq skedarët e &amp;fshehur</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Dosje e &amp;re</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Dosje e re</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Të gjithë skedarët (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ekziston tashmë.
Dëshironi ta zëvendësoni?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <extracomment>The file dialog&apos;s rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column&apos;s words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
        <translation>%1
Dosja nuk u gjet.
Kontrolloni nëse emri i dosjes është i saktë.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Skedari nuk u gjet.
Kontrolloni nëse emri i skedarit është i saktë.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; është i mbrojtur nga shkrimi.
Dëshironi ta fshini gjithsesi?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Jeni të sigurt që doni të fshini &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Dosja nuk mund të fshihej.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kthehu prapa</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Shko përpara</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Shko te dosja mëmë</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Krijo një dosje të re</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Kalo te pamja listë</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Kalo te pamja me hollësi</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista e vendeve dhe e faqerojtësve</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Shiriti anësor</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vendet e fundit</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Skedarët</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Dosjet</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hiq</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>E panjohur</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Gjej dosjen</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Ruaj si</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Madhësia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data e ndryshimit</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Kompjuteri</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Kompjuteri im</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshij</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Shfaq hollësitë...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Fshih hollësitë...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>PDF document</source>
        <translation>Dokument PDF</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation>dokument me tekst të thjeshtë</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Madhësia e faqes:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Gjerësia:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Lartësia:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Burimi i letrës:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>E personalizuar</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientimi</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Vertikale</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontale</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Horizontale e përmbysur</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Vertikale e përmbysur</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Kufijtë</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>kufiri i sipërm</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>kufiri i poshtëm</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>kufiri i majtë</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>kufiri i djathtë</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetra (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inç (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Pika (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pikë tipografike (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Pika Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Ciceroni (CC)</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Faqosja</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Radha e faqeve:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Faqe &amp;për fletë:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>E personalizuar</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>E personalizuar (%1mm × %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>E personalizuar (%1pt × %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>E personalizuar (%1in × %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>E personalizuar (%1pc × %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>E personalizuar (%1DD × %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>E personalizuar (%1CC × %2CC)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Kartolinë</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Kartolinë e dyfishtë</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Zarf B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Zarf B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Zarf B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Zarf C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Zarf C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Zarf C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Zarf C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Zarf C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Zarf C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Zarf C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Zarf C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Zarf C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Zarf Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Zarf Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Zarf DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Zarf Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Zarf Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Zarf Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Zarf Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Zarf Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Zarf PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Zarf PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Zarf PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Zarf PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Zarf PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Zarf PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Zarf PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Zarf PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Zarf PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Zarf PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Zarf Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Zarf US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Zarf US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Zarf US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Zarf US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Zarf US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Zarf You 4</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Në rregull</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Ruaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Ruaj të gjitha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Hap</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Po</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Po për të &amp;gjitha</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Jo</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>J&amp;o për të gjitha</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Ndërprit</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Provo përsëri</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Shpërfill</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Mbyll</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hidh poshtë</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ndihmë</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zbato</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Rivendos</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Rivendos parazgjedhjet</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <extracomment>Qt&apos;s own print dialog (Linux; Windows and macOS show the system&apos;s): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
        <translation>Printimi</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Printo</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsionet &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsionet &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Printo në skedar (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Printo në skedar…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Skedar lokal</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Shkruaj skedar PDF</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Të gjitha faqet</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Faqet tek</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Faqet çift</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatik</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Nga e majta në të djathtë, nga lart poshtë</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Nga e majta në të djathtë, nga poshtë lart</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Nga e djathta në të majtë, nga poshtë lart</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Nga e djathta në të majtë, nga lart poshtë</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Nga poshtë lart, nga e majta në të djathtë</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Nga poshtë lart, nga e djathta në të majtë</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Nga lart poshtë, nga e majta në të djathtë</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Nga lart poshtë, nga e djathta në të majtë</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 ekziston tashmë.
Dëshironi ta mbishkruani?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 është dosje.
Zgjidhni një emër tjetër skedari.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Skedari %1 nuk mund të shkruhet.
Zgjidhni një emër tjetër skedari.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Përcaktim i pavlefshëm i faqeve</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 nuk është shkruar saktë. Ndani faqet dhe intervalet me &apos;,&apos;, shënoni intervalin me &apos;-&apos; dhe kujdesuni që intervalet të mos mbivendosen.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opsionet &apos;Faqe për fletë&apos; dhe &apos;Grupi i faqeve&apos; nuk mund të përdoren bashkë.
Çaktivizoni njërin prej tyre.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Konflikt në cilësimet e printimit në dy anë</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Cilësimet e printimit në dy anë janë në konflikt. Dëshironi t&apos;i ndreqni?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Vetitë e printerit</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opsionet e punës</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Konflikt në cilësimet e faqes</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Cilësimet e faqes janë në konflikt. Dëshironi t&apos;i ndreqni?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Konflikt në opsionet e avancuara</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Disa opsione të avancuara janë në konflikt. Dëshironi t&apos;i ndreqni?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Faqja</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Të avancuara</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Disa opsione janë në konflikt. Ndreqini ato.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopjet</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Numri i kopjeve:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Rendit sipas kopjeve</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Në rend të kundërt</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsionet</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Cilësimet e printimit</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Intervali i printimit</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Printo të gjitha</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Faqet nga</translation>
    </message>
    <message>
        <source>to</source>
        <translation>deri</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Faqet</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Faqja aktuale</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Përzgjedhja</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Grupi i faqeve:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Shënoni faqet ose intervalet të ndara me presje. Intervali jepet me dy numra të ndarë me vizë. P.sh. 3,5-7,9 printon faqet 3, 5, 6, 7 dhe 9.</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Mënyra e ngjyrave</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Me ngjyra</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Nuanca gri</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Printim në dy anë</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Joaktiv</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Lidhje në anën e gjatë</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Lidhje në anën e shkurtër</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Printeri</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Emri:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Vetitë</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vendndodhja:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Parapamje</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Lloji:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Skedari i daljes:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zhbëj</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ribëj</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Prit</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopjo</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopjo &amp;vendndodhjen e lidhjes</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Ngjit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Fshij</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zgjidh të gjitha</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The buttons QWizard makes itself (the first-run wizard, classic style).</extracomment>
        <translation>&lt; Pr&amp;apa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tjetri &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Përfundo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ndihmë</translation>
    </message>
</context>
<context>
    <name>ReasonButton</name>
    <message>
        <source>Every consultation of prisoners&apos; data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
        <translation>Çdo shikim i të dhënave të të burgosurve shënohet në regjistrin e auditimit me këtë arsye. Klikoni për ta ndryshuar kur nisni një detyrë tjetër.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Nuk është dhënë arsye</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Arsyeja: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonGate</name>
    <message>
        <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
        <translation>Emrat shfaqen pasi të keni thënë pse ju duhen (arsyeja juaj e qasjes shkruhet në regjistrin e auditimit).</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Jepni &amp;arsyen e qasjes…</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <source>Change the classification</source>
        <translation>Ndryshimi i klasifikimit</translation>
    </message>
    <message>
        <source>Observation of {when}, version {version}</source>
        <translation>Vëzhgimi i {when}, versioni {version}</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Ndrysho</translation>
    </message>
    <message>
        <source>Current classification:</source>
        <translation>Klasifikimi aktual:</translation>
    </message>
    <message>
        <source>&amp;New classification:</source>
        <translation>&amp;Klasifikimi i ri:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>A&amp;rsyeja (ruhet në regjistrin e auditimit):</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Gjeni personin e burgosur sipas emrit ose numrit të regjistrimit</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>emri ose numri i regjistrimit</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Të burgosurit që përputhen</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vëzhgimi</translation>
    </message>
    <message>
        <source>No names are shown without a reason for access.</source>
        <translation>Pa arsye qasjeje nuk shfaqet asnjë emër.</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Asnjë person i burgosur nuk përputhet me „{text}”.</translation>
    </message>
    <message>
        <source>Chosen: {who}</source>
        <translation>Zgjedhur: {who}</translation>
    </message>
    <message>
        <source>No observations are shown without a reason for access.</source>
        <translation>Pa arsye qasjeje nuk shfaqet asnjë vëzhgim.</translation>
    </message>
    <message>
        <source>This prisoner has no observation yet.</source>
        <translation>Ky person i burgosur nuk ka ende asnjë vëzhgim.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password — recovery code</source>
        <translation>Harruat fjalëkalimin — kodi i rikuperimit</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
        <translation>Shkruani kodin e rikuperimit nga fleta që ruhet në kasafortë, emrin e llogarisë dhe një fjalëkalim të ri. Përdorimi i kodit të rikuperimit shkruhet në regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikuperimit</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kodi i rikuperimit:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Vendos fjalëkalimin e ri</translation>
    </message>
    <message>
        <source>Type the recovery code and the username.</source>
        <translation>Shkruani kodin e rikuperimit dhe emrin e përdoruesit.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Fjalëkalimi u vendos</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Fjalëkalimi i ri është vendosur. Hyni me të.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikuperimit</translation>
    </message>
    <message>
        <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
        <translation>Ky kod shfaqet vetëm tani. Me të mund të vendoset një fjalëkalim i ri kur janë humbur të gjitha fjalëkalimet e administratorëve.</translation>
    </message>
    <message>
        <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment&apos;s safe. Do not store it on this computer.</source>
        <translation>Shkruajeni ose shtypni fletën e rikuperimit, mbylleni në një zarf dhe ruajeni në kasafortën e institucionit. Mos e ruani në këtë kompjuter.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Shtyp fletën e rikuperimit…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Shtyp fletën e rikuperimit</translation>
    </message>
    <message>
        <source>I have written down / printed it and stored it safely</source>
        <translation>E kam shkruar / shtypur dhe e kam ruajtur në vend të sigurt</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>E kam ruajtur kodin e rikuperimit në vend të sigurt</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer to a programme</source>
        <translation>Referim në një program</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Personi i burgosur: {name}</translation>
    </message>
    <message>
        <source>What was seen or heard that led to the referral</source>
        <translation>Çfarë u pa ose u dëgjua që çoi te referimi</translation>
    </message>
    <message>
        <source>Why the programme may help (optional)</source>
        <translation>Pse programi mund të ndihmojë (jo i detyrueshëm)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programi:</translation>
    </message>
    <message>
        <source>&amp;Date of referral:</source>
        <translation>&amp;Data e referimit:</translation>
    </message>
    <message>
        <source>Reason — &amp;facts:</source>
        <translation>Arsyeja — &amp;faktet:</translation>
    </message>
    <message>
        <source>Reason — your &amp;assessment:</source>
        <translation>Arsyeja — &amp;vlerësimi juaj:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Referoje</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Record a step of the referral</source>
        <translation>Shëno një hap të referimit</translation>
    </message>
    <message>
        <source>{programme} — now: {status}</source>
        <translation>{programme} — tani: {status}</translation>
    </message>
    <message>
        <source>No change of status (outcome only)</source>
        <translation>Pa ndryshim gjendjeje (vetëm rezultati)</translation>
    </message>
    <message>
        <source>What came of it, in words (never a score)</source>
        <translation>Çfarë doli prej tij, me fjalë (kurrë pikë)</translation>
    </message>
    <message>
        <source>&amp;Status reached:</source>
        <translation>&amp;Gjendja e arritur:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Shënim:</translation>
    </message>
    <message>
        <source>&amp;Outcome notes:</source>
        <translation>Shënime për &amp;rezultatin:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Refer to a &amp;programme…</source>
        <translation>Referoje në një &amp;program…</translation>
    </message>
    <message>
        <source>Record a ste&amp;p…</source>
        <translation>Shëno një &amp;hap…</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Referimet në programe</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Referimi i zgjedhur</translation>
    </message>
    <message>
        <source>{day} — {programme}: {status}</source>
        <translation>{day} — {programme}: {status}</translation>
    </message>
    <message>
        <source>[from {est}, read-only]</source>
        <translation>[nga {est}, vetëm për lexim]</translation>
    </message>
    <message>
        <source>Referred on {day} by {who} at {est}</source>
        <translation>Referuar më {day} nga {who} në {est}</translation>
    </message>
    <message>
        <source>Made at {est}; it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Bërë në {est}; erdhi me dosjen e personit të burgosur dhe këtu është vetëm për lexim.</translation>
    </message>
    <message>
        <source>Reason — facts</source>
        <translation>Arsyeja — faktet</translation>
    </message>
    <message>
        <source>Reason — assessment</source>
        <translation>Arsyeja — vlerësimi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Hapat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultati</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>Default</source>
        <translation>E parazgjedhur</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>E parazgjedhur ({language})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Observation record</source>
        <translation>Shënimi i vëzhgimit</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Përmbledhje për njësinë dhe periudhën</translation>
    </message>
    <message>
        <source>Blank checklist (paper form)</source>
        <translation>Listë kontrolli bosh (formular letre)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Fleta e regjistrimit të stacionit të punës</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raporti i qasjes së subjektit të të dhënave</translation>
    </message>
    <message>
        <source>Establishment report (central office)</source>
        <translation>Raporti i institucionit (zyra qendrore)</translation>
    </message>
    <message>
        <source>National overview (central office)</source>
        <translation>Pasqyra kombëtare (zyra qendrore)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raporti</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raporti:</translation>
    </message>
    <message>
        <source>Pri&amp;soner:</source>
        <translation>Personi i &amp;burgosur:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>N&amp;jësia:</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation>&amp;Institucioni:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Dita e parë</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dita e fundit</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>Peri&amp;udha:</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modeli i listës së kontrollit</translation>
    </message>
    <message>
        <source>From a f&amp;ile…</source>
        <translation>Nga një sk&amp;edar…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Mo&amp;deli:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikuperimit</translation>
    </message>
    <message>
        <source>Rec&amp;overy code:</source>
        <translation>Kodi &amp;i rikuperimit:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Gjuha e raportit</translation>
    </message>
    <message>
        <source>Prisoner summary</source>
        <translation>Përmbledhje për personin e burgosur</translation>
    </message>
    <message>
        <source>Recovery sheet (administrator&apos;s password)</source>
        <translation>Fleta e rikuperimit (fjalëkalimi i administratorit)</translation>
    </message>
    <message>
        <source>Central office certificate check code</source>
        <translation>Kodi i kontrollit i certifikatës së zyrës qendrore</translation>
    </message>
    <message>
        <source>Central office&apos;s check code (optio&amp;nal):</source>
        <translation>Kodi i kontrollit i zyrës qendrore (jo i &amp;detyrueshëm):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Gjuha:</translation>
    </message>
    <message>
        <source>Why and for whom (recorded in the audit log)</source>
        <translation>Pse dhe për kë (shënohet në regjistrin e auditimit)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation>Hollësitë e arsyes</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Marrësi</translation>
    </message>
    <message>
        <source>e.g. security department, case conference</source>
        <translation>p.sh. sektori i sigurisë, takimi për rastin</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Arsyeja:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Hollësitë:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>&amp;Marrësi:</translation>
    </message>
    <message>
        <source>Generate and pre&amp;view</source>
        <translation>&amp;Krijo dhe shiko paraprakisht</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Të gjitha njësitë</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source>Checklist template file</source>
        <translation>Skedari i modelit të listës së kontrollit</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modelet (*.json)</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Zgjidhni një raport.</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Zgjidhni personin e burgosur: shkruani një emër ose numër regjistrimi dhe zgjidhni nga lista.</translation>
    </message>
    <message>
        <source>Choose the observation from the list.</source>
        <translation>Zgjidhni vëzhgimin nga lista.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Po krijohet raporti…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n faqe</numerusform>
            <numerusform>%1 — %n faqe</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokumenti %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Raporti u dërgua te printeri.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Të ruhet një PDF i pakoduar?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
        <translation>Skedari PDF NUK do të kodohet: kushdo që mund të hapë dosjen mund ta lexojë. Ruajeni vetëm aty ku e lejojnë udhëzimet tuaja dhe fshijeni kur të mos nevojitet më. Ruajtja shënohet në regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Ruaje raportin si PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>U ruajt %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable {user} with a new password</source>
        <translation>Aktivizo {user} me një fjalëkalim të ri</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Rivendos fjalëkalimin e {user}</translation>
    </message>
    <message>
        <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
        <translation>Shkruani dy herë një fjalëkalim të përkohshëm. {user} duhet të zgjedhë një të ri në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Rivendos fjalëkalimin</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the encrypted database from a backup</source>
        <translation>Rikthe bazën e koduar të të dhënave nga një kopje rezervë</translation>
    </message>
    <message>
        <source>Choose a backup. An administrator&apos;s username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
        <translation>Zgjidhni një kopje rezervë. Nevojiten emri i përdoruesit dhe fjalëkalimi i një administratori nga koha e kopjes rezervë. Skedarët aktualë ruhen mënjanë, nuk fshihen.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopjet rezervë</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Emri i përdoruesit të administratorit</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Fjalëkalimi i administratorit</translation>
    </message>
    <message>
        <source>There are no backups in the database folder.</source>
        <translation>Nuk ka kopje rezervë në dosjen e bazës së të dhënave.</translation>
    </message>
    <message>
        <source>Administrator &amp;username:</source>
        <translation>&amp;Emri i përdoruesit të administratorit:</translation>
    </message>
    <message>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Fjalëkalimi i administratorit:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rikthe</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Zgjidhni fillimisht një kopje rezervë.</translation>
    </message>
</context>
<context>
    <name>RestrictionButton</name>
    <message>
        <source>&amp;Lift restriction…</source>
        <translation>Hiq ku&amp;fizimin…</translation>
    </message>
    <message>
        <source>Restr&amp;ict processing…</source>
        <translation>Ku&amp;fizo përpunimin…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Kufizo përpunimin</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Hiq kufizimin</translation>
    </message>
    <message>
        <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
        <translation>Pse kufizohet përpunimi i kësaj dosjeje? (ruhet në dosje dhe në regjistrin e auditimit)</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
        <translation>Pse hiqet kufizimi? (ruhet në dosje dhe në regjistrin e auditimit)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention decisions</source>
        <translation>Vendime për ruajtjen</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i burgut</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>I burgosuri</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Afati i rishikimit</translation>
    </message>
    <message>
        <source>Keep the file (until the next review)</source>
        <translation>Ruaj dosjen (deri në rishikimin e ardhshëm)</translation>
    </message>
    <message>
        <source>Anonymise the file</source>
        <translation>Anonimizo dosjen</translation>
    </message>
    <message>
        <source>Erase the file</source>
        <translation>Fshi dosjen</translation>
    </message>
    <message>
        <source>Keep the free text (checked: it names no one)</source>
        <translation>Ruaj tekstin e lirë (i kontrolluar: nuk përmend askënd)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Vendos</translation>
    </message>
    <message>
        <source>Erase re&amp;jected reports past their period…</source>
        <translation>Fshi raportet e &amp;refuzuara pas afatit…</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Ven&amp;dimi:</translation>
    </message>
    <message>
        <source>&amp;Next review (keep):</source>
        <translation>Rishikimi i &amp;ardhshëm (ruajtje):</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>Ar&amp;syeja (ruhet në regjistrin e auditimit):</translation>
    </message>
    <message>
        <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
        <translation>Vendimi për dosjen {number}: {decision}. Kjo nuk mund të zhbëhet. Të vazhdohet?</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>U vendos: {decision}.</translation>
    </message>
    <message>
        <source>No rejected report is past its period.</source>
        <translation>Asnjë raport i refuzuar nuk e ka kaluar afatin.</translation>
    </message>
    <message>
        <source>Erase {count} rejected report(s) rejected before {day}?</source>
        <translation>Të fshihen raportet e refuzuara para {day} (numri: {count})?</translation>
    </message>
    <message>
        <source>Rejected reports erased: {count}.</source>
        <translation>Raporte të refuzuara të fshira: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Grading after review</source>
        <translation>Vlerësimi pas rishikimit</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Radha e rishikimit</translation>
    </message>
    <message>
        <source>Observations awaiting review, most urgent first</source>
        <translation>Vëzhgimet që presin rishikim, më urgjentet të parat</translation>
    </message>
    <message>
        <source>Observation under review</source>
        <translation>Vëzhgimi që po rishikohet</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vëzhgimi</translation>
    </message>
    <message>
        <source>Changes (side by side)</source>
        <translation>Ndryshimet (krah për krah)</translation>
    </message>
    <message>
        <source>Changes (text)</source>
        <translation>Ndryshimet (tekst)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
        <translation>&amp;Komenti ose arsyeja (e detyrueshme për kthim, rivlerësim, refuzim):</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Komenti ose arsyeja</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Prano</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>Ktheja &amp;autorit</translation>
    </message>
    <message>
        <source>Re-grad&amp;e and accept</source>
        <translation>Rivl&amp;erëso dhe prano</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;fuzo</translation>
    </message>
    <message>
        <source>Open prisoner&apos;s fi&amp;le</source>
        <translation>Hap &amp;dosjen e personit të burgosur</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>Korrig&amp;jo (ndryshim)…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Shkruani një version të korrigjuar me një arsye; origjinali mbetet në histori.</translation>
    </message>
    <message>
        <source>Reclassif&amp;y…</source>
        <translation>Ndr&amp;ysho klasifikimin…</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>%n vëzhgim pret rishikim</numerusform>
            <numerusform>%n vëzhgime presin rishikim</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for access to review this observation.</source>
        <translation>Jepni një arsye qasjeje për të rishikuar këtë vëzhgim.</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
        <translation>E menjëhershme: kërcënim për jetën ose dëm i afërt. Kontrolloni që është njoftuar personalisht ose me telefon.</translation>
    </message>
    <message>
        <source>Officer&apos;s grade: {grade}</source>
        <translation>Vlerësimi i zyrtarit/es: {grade}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>U pranua.</translation>
    </message>
    <message>
        <source>Returned to the author with your comment.</source>
        <translation>Iu kthye autorit me komentin tuaj.</translation>
    </message>
    <message>
        <source>Rejected with your reason.</source>
        <translation>U refuzua me arsyen tuaj.</translation>
    </message>
    <message>
        <source>Re-graded and accepted.</source>
        <translation>U rivlerësua dhe u pranua.</translation>
    </message>
    <message>
        <source>Classification: {level}.</source>
        <translation>Klasifikimi: {level}.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Training scenario</source>
        <translation>Skenar trajnimi</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Kërkimi</translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation>&amp;Kërko:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Teksti i kërkimit</translation>
    </message>
    <message>
        <source>words from the facts or assessment, a name or a prison number</source>
        <translation>fjalë nga faktet ose vlerësimi, një emër ose një numër regjistrimi</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Kë&amp;rko</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgjenca</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Çdo urgjencë</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Çdo gjendje</translation>
    </message>
    <message>
        <source>Indicator domain</source>
        <translation>Fusha e treguesit</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>Ndër&amp;mjet</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data e fillimit</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data e mbarimit</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>N&amp;jësia:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Urgjenca:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Gjendja:</translation>
    </message>
    <message>
        <source>Indicator &amp;domain:</source>
        <translation>&amp;Fusha e treguesit:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dhe</translation>
    </message>
    <message>
        <source>Results; Enter opens the prisoner&apos;s file</source>
        <translation>Rezultatet; Enter hap dosjen e personit të burgosur</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Të gjitha njësitë</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Çdo fushë</translation>
    </message>
    <message>
        <source>No results are shown without a reason for access.</source>
        <translation>Pa arsye qasjeje nuk shfaqet asnjë rezultat.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>U gjet %n vëzhgim</numerusform>
            <numerusform>U gjetën %n vëzhgime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>Rezultati i parë (%n), më i përshtatshmi i pari; lëvizni poshtë për më shumë.</numerusform>
            <numerusform>%n rezultatet e para, më i përshtatshmi i pari; lëvizni poshtë për më shumë.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveQuestion</name>
    <message>
        <source>Words about religion, ethnicity or politics</source>
        <translation>Fjalë për fenë, etninë ose politikën</translation>
    </message>
    <message>
        <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person&apos;s exact words); your supervisor will see that you were asked.</source>
        <translation>Shkruat:
{lines}

A është e nevojshme kjo për të përshkruar sjelljen? Feja, etnia ose pikëpamjet politike nuk janë kurrë tregues në vetvete. Mbajini fjalët vetëm nëse nevojiten (për shembull fjalët e sakta të personit); mbikëqyrësi/ja juaj do të shohë që ju është bërë kjo pyetje.</translation>
    </message>
    <message>
        <source>Necessary: keep and submit</source>
        <translation>E nevojshme: mbaje dhe dorëzo</translation>
    </message>
    <message>
        <source>Change the wording</source>
        <translation>Ndrysho formulimin</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Ruaj cilësimet</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Ruaj cilësimet</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Cilësimet u ruajtën.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>radprev — create the encrypted database</source>
        <translation>radprev — krijimi i bazës së koduar të të dhënave</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Përfundo</translation>
    </message>
    <message>
        <source>Creating the encrypted database; measuring this computer&apos;s speed for the password key…</source>
        <translation>Po krijohet baza e koduar e të dhënave; po matet shpejtësia e këtij kompjuteri për çelësin e fjalëkalimit…</translation>
    </message>
</context>
<context>
    <name>SubjectDetailPage</name>
    <message>
        <source>Identity</source>
        <translation>Identiteti</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Njësia / qelia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Rishikimi i dosjes deri më</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Kufizimi</translation>
    </message>
    <message>
        <source>Your reason for access</source>
        <translation>Arsyeja juaj e qasjes</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>Vëzhgim &amp;i ri</translation>
    </message>
    <message>
        <source>New chec&amp;klist run</source>
        <translation>Plotësim i ri i listës së &amp;kontrollit</translation>
    </message>
    <message>
        <source>Con&amp;tinue draft</source>
        <translation>&amp;Vazhdo skicën</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Nd&amp;rysho…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Ndrysho &amp;të dhënat…</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>Ndrysho &amp;arsyen…</translation>
    </message>
    <message>
        <source>&amp;Write my new observation before seeing earlier reports</source>
        <translation>Shkruaj vëzhgimin tim të ri &amp;para se të shoh raportet e mëparshme</translation>
    </message>
    <message>
        <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
        <translation>Leximi fillimisht i raporteve të mëparshme mund të ndikojë në atë që shkruani. Të fshehura deri sa të dorëzoni.</translation>
    </message>
    <message>
        <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
        <translation>Raportet e mëparshme janë të fshehura derisa të keni shkruar vëzhgimin tuaj. Shtypni „Vëzhgim i ri”, ose „Shfaq raportet e mëparshme” nëse ju duhet vetëm t&apos;i lexoni.</translation>
    </message>
    <message>
        <source>&amp;Show earlier reports</source>
        <translation>&amp;Shfaq raportet e mëparshme</translation>
    </message>
    <message>
        <source>Observations, newest first</source>
        <translation>Vëzhgimet, më të rejat të parat</translation>
    </message>
    <message>
        <source>Selected observation</source>
        <translation>Vëzhgimi i zgjedhur</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vëzhgimet</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Plotësimet e listave të kontrollit</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listat e kontrollit</translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation>Ndryshimet e të dhënave</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referimet</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferimet</translation>
    </message>
    <message>
        <source>The file was not opened: no reason given.</source>
        <translation>Dosja nuk u hap: nuk u dha asnjë arsye.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Dosja: {name}</translation>
    </message>
    <message>
        <source>Recorded at {est}: it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Shënuar në {est}: erdhi me dosjen e personit të burgosur dhe këtu është vetëm për lexim.</translation>
    </message>
    <message>
        <source>Restricted: accuracy disputed</source>
        <translation>E kufizuar: saktësia kontestohet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>{at}: {who} changed {fields} — {reason}</source>
        <translation>{at}: {who} ndryshoi {fields} — {reason}</translation>
    </message>
    <message>
        <source>No changes since the file was created.</source>
        <translation>Asnjë ndryshim që nga krijimi i dosjes.</translation>
    </message>
    <message>
        <source>{at}: {decision} by {who} (version {version}){comment}</source>
        <translation>{at}: {decision} nga {who} (versioni {version}){comment}</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rishikimet</translation>
    </message>
    <message>
        <source>History of the observation of {when}</source>
        <translation>Historia e vëzhgimit të {when}</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Edit prisoner</source>
        <translation>Ndrysho të dhënat e personit të burgosur</translation>
    </message>
    <message>
        <source>Add prisoner</source>
        <translation>Shto person të burgosur</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>e panjohur</translation>
    </message>
    <message>
        <source>Why is this changed? (required)</source>
        <translation>Pse ndryshohet? (e detyrueshme)</translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation>&amp;Numri i regjistrimit:</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Mbiemri:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Emrat:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Emrat</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Viti i lindjes:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>N&amp;jësia:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Qelia:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Qelia</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Gjendja:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>&amp;Reason for change:</source>
        <translation>&amp;Arsyeja e ndryshimit:</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Arsyeja e ndryshimit</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded:</source>
        <translation>Të burgosur të ngjashëm që janë regjistruar tashmë:</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded</source>
        <translation>Të burgosur të ngjashëm që janë regjistruar tashmë</translation>
    </message>
    <message>
        <source>&amp;Open this file instead</source>
        <translation>&amp;Hap këtë dosje në vend të saj</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(asnjë)</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: numri i burgut, emrat dhe viti i lindjes korrigjohen vetëm si përgjigje ndaj kërkesës së të burgosurit për korrigjimin e të dhënave. Njësia, qelia dhe gjendja mund të ndryshohen ende.</translation>
    </message>
    <message>
        <source>{number} — {name}, born {year}, unit {unit}</source>
        <translation>{number} — {name}, lindur më {year}, njësia {unit}</translation>
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
        <translation>Të burgosurit</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Gjej:</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Gjeni personin e burgosur sipas emrit ose numrit të regjistrimit</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>emri ose numri i regjistrimit</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>N&amp;jësia:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>&amp;Add prisoner…</source>
        <translation>Shto person të &amp;burgosur…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Hap dosjen</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Të gjitha njësitë</translation>
    </message>
    <message numerus="yes">
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n person i burgosur</numerusform>
            <numerusform>%n të burgosur</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching prisoners: scroll for more</source>
        <translation>Të burgosurit që përputhen: lëvizni për më shumë</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinkronizimi</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Çfarë bëri veprimi i fundit</translation>
    </message>
    <message>
        <source>Export to the central office</source>
        <translation>Eksporti drejt zyrës qendrore</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>Zyra qendrore:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Eksporti i fundit:</translation>
    </message>
    <message>
        <source>Next export due:</source>
        <translation>Eksporti i ardhshëm deri më:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Ndryshime në pritje:</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Në pritje të konfirmimit:</translation>
    </message>
    <message>
        <source>This workstation&apos;s check code:</source>
        <translation>Kodi i kontrollit i këtij stacioni pune:</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Eksporto në dosje…</translation>
    </message>
    <message>
        <source>&amp;Re-send unacknowledged…</source>
        <translation>&amp;Ridërgo të pakonfirmuarat…</translation>
    </message>
    <message>
        <source>&amp;Import receipt or bundle…</source>
        <translation>&amp;Importo konfirmim ose paketë…</translation>
    </message>
    <message>
        <source>&amp;Trust central certificate…</source>
        <translation>&amp;Beso certifikatën qendrore…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paketa</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Shkruar</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Shënimet</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Regjistrimet e auditimit</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dorëzimi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Skedari</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Paketat e shkruara</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importo paketa…</translation>
    </message>
    <message>
        <source>Import a whole &amp;folder…</source>
        <translation>Importo një &amp;dosje të tërë…</translation>
    </message>
    <message>
        <source>Write &amp;receipt…</source>
        <translation>Shkruaj &amp;konfirmimin…</translation>
    </message>
    <message>
        <source>Write reference &amp;bundle…</source>
        <translation>Shkruaj paketën &amp;referencë…</translation>
    </message>
    <message>
        <source>Write &amp;certificate…</source>
        <translation>Shkruaj &amp;certifikatën…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stacion pune</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paketat</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Paketa e fundit</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mungojnë</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>Në karantinë</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktet</translation>
    </message>
    <message>
        <source>Failed imports</source>
        <translation>Importet e dështuara</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Importi i fundit</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kodi i kontrollit</translation>
    </message>
    <message>
        <source>{est} — check code {fp}</source>
        <translation>{est} — kodi i kontrollit {fp}</translation>
    </message>
    <message>
        <source>This office&apos;s check code: {fp}</source>
        <translation>Kodi i kontrollit i kësaj zyre: {fp}</translation>
    </message>
    <message>
        <source>Central office {est} trusted (check code {fp}).</source>
        <translation>Zyra qendrore {est} u besua (kodi i kontrollit {fp}).</translation>
    </message>
    <message>
        <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation&apos;s enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
        <translation>Një paketë erdhi nga një stacion pune që nuk është i regjistruar ({est}).
Kodi i tij i kontrollit është:
{fp}

Shkruani kodin e kontrollit të shtypur në fletën e regjistrimit të atij stacioni pune (fleta e quan shenjë gishti) për ta regjistruar:</translation>
    </message>
    <message>
        <source>Check code for the enrolment sheet: {fp}</source>
        <translation>Kodi i kontrollit për fletën e regjistrimit: {fp}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rreshti</translation>
    </message>
    <message>
        <source>Take in a transferred &amp;prisoner…</source>
        <translation>Prano një person të burgosur të &amp;transferuar…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Shënimi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Marrë</translation>
    </message>
    <message>
        <source>&amp;Show prisoners of every establishment</source>
        <translation>&amp;Shfaq të burgosurit e të gjitha institucioneve</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Mbiemri</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Emrat</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vëzhgimet</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ngjarja e fundit</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Stacionet e punës</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karantina</translation>
    </message>
    <message>
        <source>All prisoners</source>
        <translation>Të gjithë të burgosurit</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferimet</translation>
    </message>
    <message>
        <source>One person, two files</source>
        <translation>Një person, dy dosje</translation>
    </message>
    <message>
        <source>Sync — central office</source>
        <translation>Sinkronizimi — zyra qendrore</translation>
    </message>
    <message>
        <source>Sync — export to the central office</source>
        <translation>Sinkronizimi — eksporti drejt zyrës qendrore</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet (an administrator trusts it).</source>
        <translation>Ende nuk besohet asnjë certifikatë e zyrës qendrore (e beson një administrator).</translation>
    </message>
    <message>
        <source>package {n}, {when}</source>
        <translation>paketa {n}, {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>asnjëherë</translation>
    </message>
    <message>
        <source>{when} — OVERDUE</source>
        <translation>{when} — E VONUAR</translation>
    </message>
    <message>
        <source>(no receipt after {days} days: {late})</source>
        <translation>(pa konfirmim pas {days} ditësh: {late})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>delivered {when}</source>
        <translation>dorëzuar {when}</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>në pritje të konfirmimit</translation>
    </message>
    <message>
        <source>(re-send)</source>
        <translation>(ridërgim)</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Zgjidhni USB-në ose dosjen për paketën</translation>
    </message>
    <message>
        <source>Package {n} written: {path}</source>
        <translation>Paketa {n} u shkrua: {path}</translation>
    </message>
    <message>
        <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
        <translation>{records} shënime dhe {audit} regjistrime auditimi, të koduara për zyrën qendrore.</translation>
    </message>
    <message>
        <source>More changes are waiting: export again.</source>
        <translation>Ka edhe ndryshime të tjera në pritje: eksportoni përsëri.</translation>
    </message>
    <message>
        <source>Writing the export package</source>
        <translation>Po shkruhet paketa e eksportit</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certifikata e zyrës qendrore</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Certifikatat (*.json)</translation>
    </message>
    <message>
        <source>Export packages (*.age)</source>
        <translation>Paketat e eksportit (*.age)</translation>
    </message>
    <message>
        <source>Receipts and bundles (*.tar)</source>
        <translation>Konfirmimet dhe paketat (*.tar)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Skedarët për import</translation>
    </message>
    <message>
        <source>Stopped: {count} file(s) were not imported.</source>
        <translation>U ndal: {count} skedar(ë) nuk u importuan.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Po importohet</translation>
    </message>
    <message>
        <source>Folder with packages</source>
        <translation>Dosja me paketat</translation>
    </message>
    <message>
        <source>No export packages (*.age) in that folder.</source>
        <translation>Nuk ka paketa eksporti (*.age) në atë dosje.</translation>
    </message>
    <message>
        <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation&apos;s enrolment sheet.</source>
        <translation>{file}: u refuzua — vjen nga një stacion pune që ende nuk është i regjistruar ({est}). Një administrator e regjistron pasi të krahasojë kodin e tij të kontrollit me fletën e regjistrimit të atij stacioni pune.</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: u refuzua — {reason}</translation>
    </message>
    <message>
        <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
        <translation>{file}: importi DËSHTOI — regjistri i tij i auditimit bie ndesh me atë që kjo zyrë ka tashmë për stacionin e punës.</translation>
    </message>
    <message>
        <source>The check code typed for the previous package was refused: {why}</source>
        <translation>Kodi i kontrollit i shkruar për paketën e mëparshme u refuzua: {why}</translation>
    </message>
    <message>
        <source>Enrol a new workstation?</source>
        <translation>Të regjistrohet një stacion i ri pune?</translation>
    </message>
    <message>
        <source>Workstation enrolled.</source>
        <translation>Stacioni i punës u regjistrua.</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>Dosja për konfirmimin</translation>
    </message>
    <message>
        <source>Receipt written: {path}</source>
        <translation>Konfirmimi u shkrua: {path}</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dosja për paketën</translation>
    </message>
    <message>
        <source>Reference bundle written: {path}</source>
        <translation>Paketa referencë u shkrua: {path}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Ruaj certifikatën</translation>
    </message>
    <message>
        <source>Certificate written: {path}</source>
        <translation>Certifikata u shkrua: {path}</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Take in a transferred prisoner</source>
        <translation>Pranimi i një personi të burgosur të transferuar</translation>
    </message>
    <message>
        <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner&apos;s earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
        <translation>Zgjidhni paketën e transferimit (radprev-transfer_….age) që dërgoi zyra qendrore. Shënimet e mëparshme të personit të burgosur mbeten vetëm për lexim, të shënjuara me institucionin që i bëri; shënimet e reja vazhdojnë të njëjtën dosje këtu.</translation>
    </message>
    <message>
        <source>Transfer bundle</source>
        <translation>Paketa e transferimit</translation>
    </message>
    <message>
        <source>Leave empty to keep the earlier number</source>
        <translation>Lëreni bosh për të mbajtur numrin e mëparshëm</translation>
    </message>
    <message>
        <source>No unit yet</source>
        <translation>Ende pa njësi</translation>
    </message>
    <message>
        <source>Transfer &amp;bundle:</source>
        <translation>&amp;Paketa e transferimit:</translation>
    </message>
    <message>
        <source>&amp;Prison number here:</source>
        <translation>&amp;Numri i regjistrimit këtu:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Njës&amp;ia:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>Pr&amp;ano</translation>
    </message>
    <message>
        <source>Choose the transfer bundle.</source>
        <translation>Zgjidhni paketën e transferimit.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titulli</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Gjuhët</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importuar</translation>
    </message>
    <message>
        <source>Offered to officers</source>
        <translation>Ofruar zyrtarëve</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Modelet e listave të kontrollit</translation>
    </message>
    <message>
        <source>&amp;Import template from a file…</source>
        <translation>&amp;Importo model nga një skedar…</translation>
    </message>
    <message>
        <source>Import template from a file</source>
        <translation>Importo model nga një skedar</translation>
    </message>
    <message>
        <source>&amp;Offer this version to officers</source>
        <translation>&amp;Ofroja këtë version zyrtarëve</translation>
    </message>
    <message>
        <source>Offer this version to officers</source>
        <translation>Ofroja këtë version zyrtarëve</translation>
    </message>
    <message>
        <source>Problems found in the template</source>
        <translation>Probleme të gjetura në model</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Importo një model liste kontrolli</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Modelet (*.json)</translation>
    </message>
    <message>
        <source>The template was not imported. Problems found:</source>
        <translation>Modeli nuk u importua. Problemet e gjetura:</translation>
    </message>
    <message>
        <source>This template version is already stored; nothing changed.</source>
        <translation>Ky version i modelit është ruajtur tashmë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Template {code} version {version} imported.</source>
        <translation>Modeli {code} versioni {version} u importua.</translation>
    </message>
    <message>
        <source>Choose a template version in the list first.</source>
        <translation>Zgjidhni fillimisht një version modeli në listë.</translation>
    </message>
    <message>
        <source>Officers are now offered {code} version {version}.</source>
        <translation>Zyrtarëve u ofrohet tani {code} versioni {version}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
        <translation>TRAJNIM — ushtrim me skenarë të sajuar. Asgjë këtu nuk është shënim i vërtetë.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Mënyra e trajnimit</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>TRAJNIM — {title}</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Personi i burgosur</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ku</translation>
    </message>
    <message>
        <source>Your duty</source>
        <translation>Detyra juaj</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Record what you saw and heard as you would on duty, then submit it.</source>
        <translation>Shënoni atë që patë dhe dëgjuat si në detyrë, pastaj dorëzojeni.</translation>
    </message>
    <message>
        <source>Feedback on your answer only: no prisoner is ever scored.</source>
        <translation>Komente vetëm për përgjigjen tuaj: asnjë person i burgosur nuk vlerësohet kurrë me pikë.</translation>
    </message>
    <message>
        <source>The observable facts</source>
        <translation>Faktet e vëzhgueshme</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Shpjegime të tjera të mundshme</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
        <translation>Trajnimi</translation>
    </message>
    <message>
        <source>&amp;Practise</source>
        <translation>&amp;Ushtrohu</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>Ku&amp;rsantët</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Skenarët:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Skenarët e trajnimit</translation>
    </message>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>&amp;Fillo këtë ushtrim</translation>
    </message>
    <message>
        <source>What you will see and hear</source>
        <translation>Çfarë do të shihni dhe dëgjoni</translation>
    </message>
    <message>
        <source>Your exercises:</source>
        <translation>Ushtrimet tuaja:</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Ushtrimet tuaja</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenari</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Filluar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Për t&apos;u përmirësuar</translation>
    </message>
    <message>
        <source>&amp;Continue the exercise</source>
        <translation>&amp;Vazhdo ushtrimin</translation>
    </message>
    <message>
        <source>My training &amp;record…</source>
        <translation>Kartela &amp;ime e trajnimit…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Kursantët</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Kursanti/ja</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Përfunduar</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Bërë mirë</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktiviteti i fundit</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Kartela e &amp;trajnimit…</translation>
    </message>
    <message>
        <source>The trainee&apos;s exercises</source>
        <translation>Ushtrimet e kursantit/es</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Gabimet e zakonshme</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Ushtrimet</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>&amp;Gabimet e zakonshme</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>përfunduar</translation>
    </message>
    <message>
        <source>open</source>
        <translation>i hapur</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Asnjë gabim deri tani.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Të ruhet një PDF i pakoduar?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
        <translation>Skedari PDF NUK do të kodohet. Ruajtja shënohet në regjistrin e auditimit.</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Ruaj kartelën e trajnimit</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>U ruajt {name}</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <source>Create the training database</source>
        <translation>Krijo bazën e të dhënave të trajnimit</translation>
    </message>
    <message>
        <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
        <translation>Ushtrimi bëhet në një bazë të dhënash trajnimi më vete, në {folder}: kurrë në atë të vërtetën, nuk eksportohet kurrë dhe në çdo faqe që shtyp shkruan TRAJNIM — NUK ËSHTË SHËNIM I VËRTETË. Ju bëheni administratori i saj: shtoni kursantët (roli zyrtar/e) dhe një trajner/e në faqen Administrimi.</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Emri i përdoruesit të administratorit</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Emri dhe mbiemri i administratorit</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Emri i përdoruesit:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Emri dhe &amp;mbiemri:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trajnimi</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Krahu i trajnimit</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikuperimit</translation>
    </message>
    <message>
        <source>The training database is ready. Its recovery code (shown once; keep it with the trainer&apos;s papers):

{code}</source>
        <translation>Baza e të dhënave e trajnimit është gati. Kodi i saj i rikuperimit (shfaqet një herë; ruajeni me dokumentet e trajnerit/es):

{code}</translation>
    </message>
</context>
<context>
    <name>TrainingShell</name>
    <message>
        <source>Scenario</source>
        <translation>Skenari</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Shëno një transferim</translation>
    </message>
    <message>
        <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
        <translation>{name} largohet nga {here}. Transferimi udhëton në eksportin e ardhshëm; zyra qendrore pastaj ia dërgon dosjen institucionit pritës.</translation>
    </message>
    <message>
        <source>&amp;To establishment (code):</source>
        <translation>&amp;Te institucioni (kodi):</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Data e lëvizjes:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Shënim (jo i detyrueshëm):</translation>
    </message>
    <message>
        <source>&amp;Record transfer</source>
        <translation>Shëno tr&amp;ansferimin</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Record &amp;transfer…</source>
        <translation>Shëno &amp;transferim…</translation>
    </message>
    <message>
        <source>Release &amp;handover…</source>
        <translation>&amp;Dorëzim në lirim…</translation>
    </message>
    <message>
        <source>Transfers and handovers</source>
        <translation>Transferimet dhe dorëzimet</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferimet</translation>
    </message>
    <message>
        <source>{day}: from {src} to {dst}</source>
        <translation>{day}: nga {src} në {dst}</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nuk është shënuar asnjë transferim.</translation>
    </message>
    <message>
        <source>Known as: {numbers}</source>
        <translation>I/e njohur si: {numbers}</translation>
    </message>
    <message>
        <source>Release handovers</source>
        <translation>Dorëzimet në lirim</translation>
    </message>
    <message>
        <source>{at}: to {who} (document {doc})</source>
        <translation>{at}: për {who} (dokumenti {doc})</translation>
    </message>
    <message>
        <source>Handover written: {pdf} and {package}</source>
        <translation>Dorëzimi u shkrua: {pdf} dhe {package}</translation>
    </message>
</context>
<context>
    <name>TransfersToIssuePanel</name>
    <message>
        <source>&amp;Issue transfer bundle…</source>
        <translation>&amp;Lësho paketë transferimi…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Te</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Receiving workstations</source>
        <translation>Stacionet e punës pritëse</translation>
    </message>
    <message>
        <source>Transfers awaiting a bundle</source>
        <translation>Transferime që presin një paketë</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dosja për paketën</translation>
    </message>
    <message>
        <source>Bundle {file} written for {est} ({n} records).</source>
        <translation>Paketa {file} u shkrua për {est} ({n} shënime).</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust the central office certificate</source>
        <translation>Beso certifikatën e zyrës qendrore</translation>
    </message>
    <message>
        <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
        <translation>Zyra qendrore: {est}. Shkruani kodin e kontrollit të shtypur në fletën e regjistrimit (fleta e quan shenjë gishti). Çdo grup me katër shenja bëhet i gjelbër kur përputhet me certifikatën.</translation>
    </message>
    <message>
        <source>Check code of the certificate</source>
        <translation>Kodi i kontrollit i certifikatës</translation>
    </message>
    <message>
        <source>Check code from the enrolment sheet</source>
        <translation>Kodi i kontrollit nga fleta e regjistrimit</translation>
    </message>
    <message>
        <source>The check codes match.</source>
        <translation>Kodet e kontrollit përputhen.</translation>
    </message>
    <message>
        <source>The check codes do NOT match. Do not trust this certificate.</source>
        <translation>Kodet e kontrollit NUK përputhen. Mos e besoni këtë certifikatë.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Username</source>
        <translation>Emri i përdoruesit</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Emri dhe mbiemri</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolet</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Njësitë</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Llogaritë</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Sh&amp;to llogari…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Rivendos fjalëkalimin…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Çaktivizo</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivizo</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Hiq…</translation>
    </message>
    <message>
        <source>Un&amp;its and access…</source>
        <translation>Njësitë dhe &amp;qasja…</translation>
    </message>
    <message>
        <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
        <translation>Heqja ose çaktivizimi i një llogarie fshin fjalëkalimin e saj dhe mbyll menjëherë seancat e saj të hapura në çdo kompjuter; depoja qendrore nuk ka çelës për të ndryshuar.</translation>
    </message>
    <message>
        <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
        <translation>Heqja e një llogarie rikodon të gjithë bazën e të dhënave me një çelës të ri, kështu që fjalëkalimi i hequr nuk hap më asgjë. Mund të zgjasë pak; dritarja mbetet e përdorshme.</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Institucionet</translation>
    </message>
    <message>
        <source>E&amp;stablishments and access…</source>
        <translation>Institucionet dhe &amp;qasja…</translation>
    </message>
    <message>
        <source>whole establishment</source>
        <translation>i gjithë institucioni</translation>
    </message>
    <message>
        <source>The account&apos;s access was saved.</source>
        <translation>Qasja e llogarisë u ruajt.</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Po çaktivizohet llogaria {user}</translation>
    </message>
    <message>
        <source>Account {user} disabled; their open sessions were ended.</source>
        <translation>Llogaria {user} u çaktivizua; seancat e saj të hapura u mbyllën.</translation>
    </message>
    <message>
        <source>Disabling {user} and re-encrypting the database</source>
        <translation>Po çaktivizohet {user} dhe po rikodohet baza e të dhënave</translation>
    </message>
    <message>
        <source>Account {user} disabled; the database has a new key.</source>
        <translation>Llogaria {user} u çaktivizua; baza e të dhënave ka një çelës të ri.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
        <translation>Të hiqet llogaria {user}? Çelësi i saj fshihet dhe e gjithë baza e të dhënave rikodohet me një çelës të ri. Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Removing {user} and re-encrypting the database</source>
        <translation>Po hiqet {user} dhe po rikodohet baza e të dhënave</translation>
    </message>
    <message>
        <source>Account {user} removed; the database has a new key.</source>
        <translation>Llogaria {user} u hoq; baza e të dhënave ka një çelës të ri.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
        <translation>Të hiqet llogaria {user}? Fjalëkalimi i saj pushon së vepruari menjëherë dhe seancat e saj të hapura mbyllen. Kjo nuk mund të zhbëhet.</translation>
    </message>
    <message>
        <source>Removing {user}</source>
        <translation>Po hiqet llogaria {user}</translation>
    </message>
    <message>
        <source>Account {user} removed; their open sessions were ended.</source>
        <translation>Llogaria {user} u hoq; seancat e saj të hapura u mbyllën.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktive</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>e çaktivizuar</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>duhet të ndryshojë fjalëkalimin</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Zgjidhni fillimisht një llogari në listë.</translation>
    </message>
    <message>
        <source>Account {user} added.</source>
        <translation>Llogaria {user} u shtua.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>Fjalëkalimi u rivendos.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hiq llogarinë</translation>
    </message>
</context>
<context>
    <name>WorkerJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anulo</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Po ndalet…</translation>
    </message>
</context>
<context>
    <name>WorkerRunner</name>
    <message>
        <source>Working…</source>
        <translation>Po punohet…</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Choose…</source>
        <translation>Zgjidh…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>logged in</source>
        <translation>hyri</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>doli</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>kyçi ekranin</translation>
    </message>
    <message>
        <source>ended the recovery session</source>
        <translation>mbylli seancën e rikuperimit</translation>
    </message>
    <message>
        <source>was told of failed login attempts</source>
        <translation>u njoftua për përpjekje të dështuara hyrjeje</translation>
    </message>
    <message>
        <source>tried to log in with an unknown username</source>
        <translation>provoi të hyjë me një emër përdoruesi të panjohur</translation>
    </message>
    <message>
        <source>changed their password</source>
        <translation>ndryshoi fjalëkalimin e vet</translation>
    </message>
    <message>
        <source>reset a colleague&apos;s password</source>
        <translation>rivendosi fjalëkalimin e një kolegu/kolegeje</translation>
    </message>
    <message>
        <source>used the recovery code</source>
        <translation>përdori kodin e rikuperimit</translation>
    </message>
    <message>
        <source>added an account</source>
        <translation>shtoi një llogari</translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>ndryshoi një llogari</translation>
    </message>
    <message>
        <source>disabled an account</source>
        <translation>çaktivizoi një llogari</translation>
    </message>
    <message>
        <source>enabled an account</source>
        <translation>aktivizoi një llogari</translation>
    </message>
    <message>
        <source>removed an account</source>
        <translation>hoqi një llogari</translation>
    </message>
    <message>
        <source>created the encrypted database</source>
        <translation>krijoi bazën e koduar të të dhënave</translation>
    </message>
    <message>
        <source>gave the encrypted database a new key</source>
        <translation>i dha bazës së koduar të të dhënave një çelës të ri</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>riktheu bazën e të dhënave nga një kopje rezervë</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>bëri një kopje rezervë</translation>
    </message>
    <message>
        <source>checked the database</source>
        <translation>kontrolloi bazën e të dhënave</translation>
    </message>
    <message>
        <source>changed the settings</source>
        <translation>ndryshoi cilësimet</translation>
    </message>
    <message>
        <source>imported a checklist template</source>
        <translation>importoi një model liste kontrolli</translation>
    </message>
    <message>
        <source>offered a checklist template version to officers</source>
        <translation>u ofroi zyrtarëve një version të modelit të listës së kontrollit</translation>
    </message>
    <message>
        <source>added a prisoner</source>
        <translation>shtoi një person të burgosur</translation>
    </message>
    <message>
        <source>changed a prisoner&apos;s details</source>
        <translation>ndryshoi të dhënat e një personi të burgosur</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s file</source>
        <translation>hapi dosjen e një personi të burgosur</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s details (no observation)</source>
        <translation>hapi të dhënat e një personi të burgosur (pa vëzhgime)</translation>
    </message>
    <message>
        <source>erased a prisoner&apos;s file</source>
        <translation>fshiu dosjen e një personi të burgosur</translation>
    </message>
    <message>
        <source>erased a rejected report past its retention period</source>
        <translation>fshiu një raport të refuzuar pas afatit të ruajtjes</translation>
    </message>
    <message>
        <source>restricted processing of a file</source>
        <translation>kufizoi përpunimin e një dosjeje</translation>
    </message>
    <message>
        <source>lifted the restriction of a file</source>
        <translation>hoqi kufizimin e një dosjeje</translation>
    </message>
    <message>
        <source>recorded a rectification request or a dispute</source>
        <translation>regjistroi një kërkesë për korrigjim ose një kundërshtim</translation>
    </message>
    <message>
        <source>decided a rectification request or a dispute</source>
        <translation>vendosi për një kërkesë për korrigjim ose një kundërshtim</translation>
    </message>
    <message>
        <source>exported a person&apos;s data for their access request</source>
        <translation>eksportoi të dhënat e një personi për kërkesën e tij për qasje</translation>
    </message>
    <message>
        <source>asked a data-protection question of the audit log</source>
        <translation>bëri një pyetje për mbrojtjen e të dhënave në regjistrin e auditimit</translation>
    </message>
    <message>
        <source>decided to keep a file after its review</source>
        <translation>vendosi të mbajë një dosje pas rishikimit të saj</translation>
    </message>
    <message>
        <source>anonymised a prisoner&apos;s file</source>
        <translation>anonimizoi dosjen e një personi të burgosur</translation>
    </message>
    <message>
        <source>started an observation</source>
        <translation>filloi një vëzhgim</translation>
    </message>
    <message>
        <source>changed a draft observation</source>
        <translation>ndryshoi një skicë vëzhgimi</translation>
    </message>
    <message>
        <source>discarded a draft observation</source>
        <translation>hodhi poshtë një skicë vëzhgimi</translation>
    </message>
    <message>
        <source>submitted an observation</source>
        <translation>dorëzoi një vëzhgim</translation>
    </message>
    <message>
        <source>corrected an observation</source>
        <translation>korrigjoi një vëzhgim</translation>
    </message>
    <message>
        <source>changed an observation&apos;s classification</source>
        <translation>ndryshoi klasifikimin e një vëzhgimi</translation>
    </message>
    <message>
        <source>read an observation to review it</source>
        <translation>lexoi një vëzhgim për ta rishikuar</translation>
    </message>
    <message>
        <source>reviewed an observation</source>
        <translation>rishikoi një vëzhgim</translation>
    </message>
    <message>
        <source>read who told an officer (restricted)</source>
        <translation>lexoi se kush i tha diçka një zyrtari/eje (e kufizuar)</translation>
    </message>
    <message>
        <source>started a checklist</source>
        <translation>filloi një listë kontrolli</translation>
    </message>
    <message>
        <source>opened a checklist</source>
        <translation>hapi një listë kontrolli</translation>
    </message>
    <message>
        <source>saved checklist answers</source>
        <translation>ruajti përgjigjet e listës së kontrollit</translation>
    </message>
    <message>
        <source>completed a checklist</source>
        <translation>përfundoi një listë kontrolli</translation>
    </message>
    <message>
        <source>corrected a checklist</source>
        <translation>korrigjoi një listë kontrolli</translation>
    </message>
    <message>
        <source>discarded an empty checklist</source>
        <translation>hodhi poshtë një listë kontrolli bosh</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s checklists</source>
        <translation>shfaqi listat e kontrollit të një personi të burgosur</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s referrals</source>
        <translation>shfaqi referimet e një personi të burgosur</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s transfers</source>
        <translation>shfaqi transferimet e një personi të burgosur</translation>
    </message>
    <message>
        <source>listed the transfers awaiting a bundle</source>
        <translation>shfaqi transferimet që presin një paketë</translation>
    </message>
    <message>
        <source>made a report</source>
        <translation>krijoi një raport</translation>
    </message>
    <message>
        <source>looked at a report on screen</source>
        <translation>shikoi një raport në ekran</translation>
    </message>
    <message>
        <source>printed a report</source>
        <translation>shtypi një raport</translation>
    </message>
    <message>
        <source>saved a report as an unencrypted PDF</source>
        <translation>ruajti një raport si PDF të pakoduar</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lexoi regjistrin e auditimit</translation>
    </message>
    <message>
        <source>exported the audit log</source>
        <translation>eksportoi regjistrin e auditimit</translation>
    </message>
    <message>
        <source>verified the audit log</source>
        <translation>verifikoi regjistrin e auditimit</translation>
    </message>
    <message>
        <source>wrote an export package</source>
        <translation>shkroi një paketë eksporti</translation>
    </message>
    <message>
        <source>imported a receipt</source>
        <translation>importoi një konfirmim pranimi</translation>
    </message>
    <message>
        <source>wrote a receipt</source>
        <translation>shkroi një konfirmim pranimi</translation>
    </message>
    <message>
        <source>imported a reference bundle</source>
        <translation>importoi një paketë referencë</translation>
    </message>
    <message>
        <source>wrote a reference bundle</source>
        <translation>shkroi një paketë referencë</translation>
    </message>
    <message>
        <source>imported an export package</source>
        <translation>importoi një paketë eksporti</translation>
    </message>
    <message>
        <source>refused a package</source>
        <translation>refuzoi një paketë</translation>
    </message>
    <message>
        <source>could not import a package</source>
        <translation>nuk mundi të importojë një paketë</translation>
    </message>
    <message>
        <source>trusted the central office certificate</source>
        <translation>besoi certifikatën e zyrës qendrore</translation>
    </message>
    <message>
        <source>created the central office keys</source>
        <translation>krijoi çelësat e zyrës qendrore</translation>
    </message>
    <message>
        <source>wrote the central office certificate</source>
        <translation>shkroi certifikatën e zyrës qendrore</translation>
    </message>
    <message>
        <source>set who receives the central backups</source>
        <translation>caktoi kush i merr kopjet rezervë qendrore</translation>
    </message>
    <message>
        <source>enrolled a workstation</source>
        <translation>regjistroi një stacion pune</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>zgjidhi një konflikt sinkronizimi</translation>
    </message>
    <message>
        <source>looked at a sync conflict</source>
        <translation>shikoi një konflikt sinkronizimi</translation>
    </message>
    <message>
        <source>looked at prisoners of every establishment</source>
        <translation>shikoi të burgosurit e të gjitha institucioneve</translation>
    </message>
    <message>
        <source>generated demonstration data</source>
        <translation>krijoi të dhëna demonstrimi</translation>
    </message>
    <message>
        <source>granted access to a whole establishment</source>
        <translation>dha qasje në të gjithë institucionin</translation>
    </message>
    <message>
        <source>withdrew access to a whole establishment</source>
        <translation>hoqi qasjen në të gjithë institucionin</translation>
    </message>
    <message>
        <source>found the audit log cut short or altered</source>
        <translation>zbuloi se regjistri i auditimit është shkurtuar ose ndryshuar</translation>
    </message>
    <message>
        <source>deleted backups that removed accounts could open</source>
        <translation>fshiu kopjet rezervë që mund t&apos;i hapnin llogaritë e hequra</translation>
    </message>
    <message>
        <source>looked at the dashboard</source>
        <translation>shikoi panelin kryesor</translation>
    </message>
    <message>
        <source>made a release handover for the probation service</source>
        <translation>bëri një dorëzim në lirim për shërbimin e provës</translation>
    </message>
    <message>
        <source>looked at suggested links between files</source>
        <translation>shikoi lidhjet e sugjeruara midis dosjeve</translation>
    </message>
    <message>
        <source>read an observation&apos;s earlier versions</source>
        <translation>lexoi versionet e mëparshme të një vëzhgimi</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>lexoi një vëzhgim</translation>
    </message>
    <message>
        <source>listed observations</source>
        <translation>shfaqi listën e vëzhgimeve</translation>
    </message>
    <message>
        <source>referred a prisoner to a programme</source>
        <translation>referoi një person të burgosur në një program</translation>
    </message>
    <message>
        <source>changed a programme referral</source>
        <translation>ndryshoi një referim në program</translation>
    </message>
    <message>
        <source>looked at the observations waiting for review</source>
        <translation>shikoi vëzhgimet që presin rishikim</translation>
    </message>
    <message>
        <source>searched the records</source>
        <translation>kërkoi në të dhënat</translation>
    </message>
    <message>
        <source>linked two files as the same person</source>
        <translation>lidhi dy dosje si i njëjti person</translation>
    </message>
    <message>
        <source>decided two files are different people</source>
        <translation>vendosi që dy dosje janë persona të ndryshëm</translation>
    </message>
    <message>
        <source>undid a link between two files</source>
        <translation>anuloi një lidhje midis dy dosjeve</translation>
    </message>
    <message>
        <source>looked for possible duplicates of a new prisoner</source>
        <translation>kërkoi dublikata të mundshme të një personi të ri të burgosur</translation>
    </message>
    <message>
        <source>listed prisoners</source>
        <translation>shfaqi listën e personave të burgosur</translation>
    </message>
    <message>
        <source>searched for prisoners</source>
        <translation>kërkoi persona të burgosur</translation>
    </message>
    <message>
        <source>completed a training exercise</source>
        <translation>përfundoi një ushtrim trajnimi</translation>
    </message>
    <message>
        <source>started a training exercise</source>
        <translation>filloi një ushtrim trajnimi</translation>
    </message>
    <message>
        <source>prepared a practice database</source>
        <translation>përgatiti një bazë të dhënash për praktikë</translation>
    </message>
    <message>
        <source>issued a transfer bundle to another establishment</source>
        <translation>lëshoi një paketë transferimi për një institucion tjetër</translation>
    </message>
    <message>
        <source>created the key for transfers</source>
        <translation>krijoi çelësin për transferimet</translation>
    </message>
    <message>
        <source>took in a prisoner from another establishment</source>
        <translation>pranoi një person të burgosur nga një institucion tjetër</translation>
    </message>
    <message>
        <source>recorded a prisoner&apos;s transfer</source>
        <translation>regjistroi transferimin e një personi të burgosur</translation>
    </message>
    <message>
        <source>started disabling an account</source>
        <translation>filloi çaktivizimin e një llogarie</translation>
    </message>
    <message>
        <source>started removing an account</source>
        <translation>filloi heqjen e një llogarie</translation>
    </message>
    <message>
        <source>prisoner</source>
        <extracomment>The kinds of object an entry names (&quot;prisoner 01JD…&quot;).</extracomment>
        <translation>person i burgosur</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>vëzhgim</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>listë kontrolli</translation>
    </message>
    <message>
        <source>account</source>
        <translation>llogari</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paketë</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>model liste kontrolli</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>cilësime</translation>
    </message>
    <message>
        <source>database</source>
        <translation>baza e të dhënave</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>kopje rezervë</translation>
    </message>
    <message>
        <source>reference bundle</source>
        <translation>paketë referencë</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>konfirmim pranimi</translation>
    </message>
    <message>
        <source>central office keys</source>
        <translation>çelësat e zyrës qendrore</translation>
    </message>
    <message>
        <source>file</source>
        <translation>skedar</translation>
    </message>
    <message>
        <source>prisoners</source>
        <translation>të burgosurit</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>vëzhgimet</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stacion pune</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>kursant/e</translation>
    </message>
    <message>
        <source>training exercise</source>
        <translation>ushtrim trajnimi</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a whole number: %1</source>
        <translation>nuk është numër i plotë: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>duhet të jetë ndërmjet %1 dhe %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>nuk është datë (VVVV-MM-DD): %1</translation>
    </message>
    <message>
        <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
        <translation>nuk është datë ose orë (VVVV-MM-DD ose VVVV-MM-DDTHH:MM): %1</translation>
    </message>
    <message>
        <source>note: %1 (%2)</source>
        <translation>shënim: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported: %1 version %2</source>
        <translation>U importua: %1 versioni %2</translation>
    </message>
    <message>
        <source>Already stored: %1 version %2</source>
        <translation>Ruajtur tashmë: %1 versioni %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktive</translation>
    </message>
    <message>
        <source>stored, not active</source>
        <translation>ruajtur, jo aktiv</translation>
    </message>
    <message>
        <source>Never indicators:</source>
        <translation>Kurrë tregues:</translation>
    </message>
    <message>
        <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
        <translation>%1 v%2 — plotësimi %3 v%4 (%5, nga %6)</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment.</source>
        <translation>Shënim vëzhgimi — jo vlerësim rreziku.</translation>
    </message>
    <message>
        <source>domain  observed  not observed  unknown  unanswered</source>
        <translation>fusha  i vërejtur  i pavërejtur  i panjohur  pa përgjigje</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Përmbledhja: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Rishikimi i ardhshëm: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>U ruajt %1.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>U përfundua.</translation>
    </message>
    <message>
        <source>Amended: version %1.</source>
        <translation>U ndryshua: versioni %1.</translation>
    </message>
    <message>
        <source>No checklist runs.</source>
        <translation>Asnjë plotësim liste kontrolli.</translation>
    </message>
    <message>
        <source>%1  %2 answered  %3</source>
        <translation>%1  %2 me përgjigje  %3</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Asnjë skicë.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Skica u hodh poshtë.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nuk mund të lexohet %1: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation>%1 është tekst UTF-16; ruajeni si UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 nuk është skedar teksti</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
        <translation>%1 nuk është tekst UTF-8 (bajti %2 nuk mund të lexohet); ruajeni si UTF-8</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>hyrja standarde</translation>
    </message>
    <message>
        <source>the first line of %1 is too long for a password</source>
        <translation>rreshti i parë i %1 është shumë i gjatë për një fjalëkalim</translation>
    </message>
    <message>
        <source>the first line of %1 holds control characters</source>
        <translation>rreshti i parë i %1 përmban shenja kontrolli</translation>
    </message>
    <message>
        <source>%1 is too long for the %2 (at most %3 bytes)</source>
        <translation>%1 është shumë i gjatë për %2 (më së shumti %3 bajt)</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-file</source>
        <translation>nuk ka terminal për të kërkuar fjalëkalimin: përdorni --password-file</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Fjalëkalimi: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new password: use %1</source>
        <translation>nuk ka terminal për të kërkuar fjalëkalimin e ri: përdorni %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Fjalëkalimi i ri</translation>
    </message>
    <message>
        <source>%1 again: </source>
        <translation>%1 përsëri: </translation>
    </message>
    <message>
        <source>no user given: use --user</source>
        <translation>nuk është dhënë përdorues: përdorni --user</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Emri i përdoruesit: </translation>
    </message>
    <message>
        <source>note: %1 failed login attempts since your last login</source>
        <translation>shënim: %1 përpjekje të dështuara hyrjeje që nga hyrja juaj e fundit</translation>
    </message>
    <message>
        <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
        <translation>paralajmërim: skedari vault.anchor, që e mbron regjistrin e auditimit nga shkurtimi, mungon, është i dëmtuar ose është një kopje më e vjetër (shënuar në regjistër; njoftoni administratorin dhe auditorin)</translation>
    </message>
    <message>
        <source>warning: audit log: %1 (recorded in the log)</source>
        <translation>paralajmërim: regjistri i auditimit: %1 (shënuar në regjistër)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>shënim: %1</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such: %1</source>
        <comment>; </comment>
        <translation>Këta NUK janë tregues dhe nuk duhet të shënohen kurrë si të tillë: %1</translation>
    </message>
    <message>
        <source>%1 Add --yes to confirm without a terminal.</source>
        <translation>%1 Shtoni --yes për ta konfirmuar pa terminal.</translation>
    </message>
    <message>
        <source>%1 [y/N] </source>
        <translation>%1 [y = po / N = jo] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Modeli i listës së kontrollit nuk është i vlefshëm: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>u ndërpre</translation>
    </message>
    <message>
        <source>the vault&apos;s database cannot be used (%1); `radprev doctor` says more</source>
        <translation>baza e të dhënave nuk mund të përdoret (%1); `radprev doctor` tregon më shumë</translation>
    </message>
    <message>
        <source>; a crash report was written to %1</source>
        <translation>; një raport dështimi u shkrua në %1</translation>
    </message>
    <message>
        <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
        <translation>gabim i brendshëm (%1)%2. Ekzekutojeni përsëri komandën me --debug për të parë hollësitë.</translation>
    </message>
    <message>
        <source>%1%2 (see %3 --help)</source>
        <translation>%1%2 (shihni %3 --help)</translation>
    </message>
    <message>
        <source>a command is needed (see radprev --help)</source>
        <translation>nevojitet një komandë (shihni radprev --help)</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 text</source>
        <translation>argumenti %1 nuk është tekst i vlefshëm UTF-8</translation>
    </message>
    <message>
        <source>radprev: %1</source>
        <translation>radprev: %1</translation>
    </message>
    <message>
        <source>note: %1 prisoner(s) with a similar name are already recorded</source>
        <translation>shënim: janë regjistruar tashmë %1 të burgosur me emër të ngjashëm</translation>
    </message>
    <message>
        <source>PRISON NO</source>
        <translation>NR. REGJISTRIMI</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>EMRI</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>NJËSIA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>GJENDJA</translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation>RISHIKIMI DERI</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(e kufizuar)</translation>
    </message>
    <message>
        <source>(%1 in all)</source>
        <translation>(%1 gjithsej)</translation>
    </message>
    <message>
        <source>no similar prisoner recorded</source>
        <translation>nuk është regjistruar asnjë person i burgosur i ngjashëm</translation>
    </message>
    <message>
        <source>%1  (%2, born %3)</source>
        <translation>%1  (%2, lindur më %3)</translation>
    </message>
    <message>
        <source>unit %1 cell %2, %3, review due %4</source>
        <translation>njësia %1 qelia %2, %3, rishikimi deri më %4</translation>
    </message>
    <message>
        <source>, RESTRICTED</source>
        <translation>, E KUFIZUAR</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Vëzhgimet: %1</translation>
    </message>
    <message>
        <source>- %1 [%2, %3, v%4, grade %5] %6</source>
        <translation>- %1 [%2, %3, v%4, vlerësimi %5] %6</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction: %1</source>
        <translation>Korrigjime, kundërshtime dhe kufizim: %1</translation>
    </message>
    <message>
        <source>- %1 %2 (%3): %4 %5</source>
        <translation>- %1 %2 (%3): %4 %5</translation>
    </message>
    <message>
        <source>Processing of %1 is restricted.</source>
        <translation>Përpunimi i dosjes %1 është kufizuar.</translation>
    </message>
    <message>
        <source>The restriction of %1 is lifted.</source>
        <translation>Kufizimi i dosjes %1 është hequr.</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2).</source>
        <translation>U regjistrua si %1 (%2).</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>U vendos: %1.</translation>
    </message>
    <message>
        <source>%1
%2  (pages: %3, document %4)</source>
        <translation>%1
%2  (faqe: %3, dokumenti %4)</translation>
    </message>
    <message>
        <source>only one of --facts-file and --assessment-file can be &apos;-&apos;</source>
        <translation>vetëm njëri nga --facts-file dhe --assessment-file mund të jetë &apos;-&apos;</translation>
    </message>
    <message>
        <source>standard input cannot hold both the password and a text</source>
        <translation>hyrja standarde nuk mund të mbajë edhe fjalëkalimin edhe një tekst</translation>
    </message>
    <message>
        <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
        <translation>E MENJËHERSHME: njoftoni tani personalisht ose me telefon; mos prisni eksportin.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nuk u gjet asgjë</translation>
    </message>
    <message>
        <source>%1: classification %2</source>
        <translation>%1: klasifikimi %2</translation>
    </message>
    <message>
        <source>(next review %1)</source>
        <translation>(rishikimi i ardhshëm %1)</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 would be erased.</source>
        <translation>Raporte të refuzuara para %2 që do të fshiheshin: %1.</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 erased.</source>
        <translation>Raporte të refuzuara të fshira (të refuzuara para %2): %1.</translation>
    </message>
    <message>
        <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
        <translation>Të burgosur: %1, vëzhgime: %2 (%3 versione), rishikime: %4.</translation>
    </message>
    <message>
        <source>Demo accounts (for demonstrations only):</source>
        <translation>Llogari demonstrimi (vetëm për demonstrime):</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the PDF</source>
        <translation>%1 është dosje: jepni një emër skedari për PDF-në</translation>
    </message>
    <message>
        <source>%1  (pages: %2, document %3)</source>
        <translation>%1  (faqe: %2, dokumenti %3)</translation>
    </message>
    <message>
        <source>text, 1–%1 characters</source>
        <translation>tekst, 1–%1 shenja</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ose %2</translation>
    </message>
    <message>
        <source>names separated by ;, lowest first</source>
        <translation>emra të ndarë me ;, nga më i ulëti</translation>
    </message>
    <message>
        <source>%1: %2–%3 each</source>
        <translation>%1: secili %2–%3</translation>
    </message>
    <message>
        <source>arrives with reference bundles</source>
        <translation>vjen me paketat referencë</translation>
    </message>
    <message>
        <source>default %1; allowed: %2</source>
        <translation>parazgjedhja %1; të lejuara: %2</translation>
    </message>
    <message>
        <source>%1 arrives with reference bundles; it is not set by hand</source>
        <translation>%1 vjen me paketat referencë; nuk vendoset me dorë</translation>
    </message>
    <message>
        <source>%1 takes PART=NUMBER pairs, not %2</source>
        <translation>%1 merr çifte PJESË=NUMËR, jo %2</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 merr një vlerë</translation>
    </message>
    <message>
        <source>no</source>
        <translation>jo</translation>
    </message>
    <message>
        <source>(each part&apos;s default)</source>
        <translation>(parazgjedhja e secilës pjesë)</translation>
    </message>
    <message>
        <source>Certificate written to %1
Fingerprint: %2</source>
        <translation>Certifikata u shkrua në %1
Shenja e gishtit: %2</translation>
    </message>
    <message>
        <source>Central office %1 trusted (fingerprint %2).</source>
        <translation>Zyra qendrore %1 u besua (shenja e gishtit %2).</translation>
    </message>
    <message>
        <source>Workstation %1/%2 enrolled.</source>
        <translation>Stacioni i punës %1/%2 u regjistrua.</translation>
    </message>
    <message>
        <source>No workstation is enrolled yet.</source>
        <translation>Ende nuk është regjistruar asnjë stacion pune.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
        <translation>paketa e fundit %1  mungojnë %2  në karantinë %3  konflikte %4  importe të dështuara %5  shenja e gishtit %6</translation>
    </message>
    <message>
        <source>note: more changes are waiting; run export again</source>
        <translation>shënim: ka ndryshime të tjera në pritje; ekzekutoni përsëri eksportin</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>nuk ka skedar të tillë: %1</translation>
    </message>
    <message>
        <source>no package files found</source>
        <translation>nuk u gjet asnjë skedar pakete</translation>
    </message>
    <message>
        <source>radprev: %1: %2</source>
        <translation>radprev: %1: %2</translation>
    </message>
    <message>
        <source>radprev: %1: rejected: %2</source>
        <translation>radprev: %1: u refuzua: %2</translation>
    </message>
    <message>
        <source>radprev: %1: import FAILED: %2</source>
        <translation>radprev: %1: importi DËSHTOI: %2</translation>
    </message>
    <message>
        <source>Workstation %1/%2: packages missing %3.</source>
        <translation>Stacioni i punës %1/%2: mungojnë paketat %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Asgjë nuk u importua.</translation>
    </message>
    <message>
        <source>%1 packages, last %2, missing %3</source>
        <translation>%1 paketa, e fundit %2, mungojnë %3</translation>
    </message>
    <message>
        <source>Central office trusted: %1</source>
        <translation>Zyra qendrore e besuar: %1</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>JO</translation>
    </message>
    <message>
        <source>Last export: %1 (package %2)</source>
        <translation>Eksporti i fundit: %1 (paketa %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>asnjëherë</translation>
    </message>
    <message>
        <source>Next export due: %1</source>
        <translation>Eksporti i ardhshëm deri më: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>E VONUAR</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Ndryshime në pritje: %1</translation>
    </message>
    <message>
        <source>Awaiting receipt: %1</source>
        <comment>, </comment>
        <translation>Në pritje të konfirmimit: %1</translation>
    </message>
    <message>
        <source>(overdue: %1)</source>
        <comment>, </comment>
        <translation>(e vonuar: %1)</translation>
    </message>
    <message>
        <source>central certificate</source>
        <translation>certifikata qendrore</translation>
    </message>
    <message>
        <source>workstation signing key</source>
        <translation>çelësi i nënshkrimit të stacionit të punës</translation>
    </message>
    <message>
        <source>package %1 line %2</source>
        <translation>paketa %1 rreshti %2</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>Asgjë nuk është në karantinë.</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>paketa %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versioni %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Asnjë konflikt.</translation>
    </message>
    <message>
        <source>--database is for --mode central only (workstations keep a vault file)</source>
        <translation>--database është vetëm për --mode central (stacionet e punës mbajnë një skedar kasaforte)</translation>
    </message>
    <message>
        <source>a central office has no units: leave out --unit</source>
        <translation>zyra qendrore nuk ka njësi: hiqni --unit</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Fjalëkalimi i administratorit</translation>
    </message>
    <message>
        <source>Central store created on %1</source>
        <translation>Depoja qendrore u krijua në %1</translation>
    </message>
    <message>
        <source>Settings (no password) in %1; use --vault %1 with every command.</source>
        <translation>Cilësimet (pa fjalëkalim) janë në %1; përdorni --vault %1 me çdo komandë.</translation>
    </message>
    <message>
        <source>a central store backup needs --identity-file and --into SETTINGS</source>
        <translation>kopja rezervë e depos qendrore ka nevojë për --identity-file dhe --into SETTINGS</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2; point central.json at it.</source>
        <translation>Kopja rezervë %1 u rikthye në %2; drejtojeni central.json tek ajo.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Trajnimi</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Krahu i trajnimit</translation>
    </message>
    <message>
        <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
        <translation>Baza e të dhënave e trajnimit u krijua në %1
Shtoni kursantë (roli officer) dhe një trajner/e (roli trainer) me
  %2
Kodi i rikuperimit i bazës së trajnimit:

    %3
</translation>
    </message>
    <message>
        <source>Prisoner: %1, %2 — prison number %3</source>
        <translation>Personi i burgosur: %1, %2 — numri i regjistrimit %3</translation>
    </message>
    <message>
        <source>Record your observation as you would on duty, then ask for feedback:</source>
        <translation>Regjistroni vëzhgimin tuaj si në detyrë, pastaj kërkoni komentet:</translation>
    </message>
    <message>
        <source>you have no open exercise: start one with `radprev training start`</source>
        <translation>nuk keni ushtrim të hapur: filloni një me `radprev training start`</translation>
    </message>
    <message>
        <source>Vault created in %1</source>
        <translation>Baza e të dhënave u krijua në %1</translation>
    </message>
    <message>
        <source>Recovery code (shown once; print it and keep it in the safe):</source>
        <translation>Kodi i rikuperimit (shfaqet një herë; shtypeni dhe ruajeni në kasafortë):</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Fjalëkalimi për %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>U shtua %1 (%2).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>PËRDORUESI</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLET</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>GJENDJA</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>NJËSITË</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>e çaktivizuar</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, duhet të ndryshojë fjalëkalimin</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Fjalëkalimi aktual: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Fjalëkalimi u ndryshua.</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>Fjalëkalim i përkohshëm për %1</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Fjalëkalimi i %1 u rivendos; duhet ndryshuar në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 u çaktivizua.</translation>
    </message>
    <message>
        <source>%1 enabled; the new password must be changed at the next login.</source>
        <translation>%1 u aktivizua; fjalëkalimi i ri duhet ndryshuar në hyrjen e ardhshme.</translation>
    </message>
    <message>
        <source>%1 removed; the vault was rekeyed.</source>
        <translation>%1 u hoq; baza e të dhënave mori një çelës të ri.</translation>
    </message>
    <message>
        <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
        <translation>%1 u hoq; fjalëkalimi i saj nuk hap më asgjë dhe seancat e saj të hapura u mbyllën.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Kodi i rikuperimit: </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Fjalëkalimi i ri për %1</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>U vendos fjalëkalim i ri për %1.</translation>
    </message>
    <message>
        <source>The vault has a new key; every key slot was rewrapped.</source>
        <translation>Baza e të dhënave ka një çelës të ri; çdo fole çelësi u rimbështoll.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>Regjistri i auditimit i paprekur: %1 regjistrime.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Regjistri i auditimit I KËPUTUR te regjistrimi %1: %2</translation>
    </message>
    <message>
        <source>radprev: audit chain broken at entry %1: %2</source>
        <translation>radprev: zinxhiri i auditimit i këputur te regjistrimi %1: %2</translation>
    </message>
    <message>
        <source>%1 audit entries written to %2.</source>
        <translation>%1 regjistrime auditimi u shkruan në %2.</translation>
    </message>
    <message>
        <source>--to must be a folder; %1 is not one</source>
        <translation>--to duhet të jetë dosje; %1 nuk është</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Kopja rezervë u shkrua në %1</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
        <translation>Të zëvendësohet baza e të dhënave në %1 me kopjen rezervë %2? Regjistrit të saj të auditimit i mungon një numër i panjohur regjistrimesh që ka baza e të dhënave (ato mbeten në kopjen e zëvendësuar).</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
        <translation>Të zëvendësohet baza e të dhënave në %1 me kopjen rezervë %2? Regjistrit të saj të auditimit i mungojnë %3 regjistrime që ka baza e të dhënave (ato mbeten në kopjen e zëvendësuar).</translation>
    </message>
    <message>
        <source>radprev: restore cancelled; nothing was changed</source>
        <translation>radprev: rikthimi u anulua; asgjë nuk ndryshoi</translation>
    </message>
    <message>
        <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
        <translation>Baza e të dhënave u rikthye nga %1; baza e zëvendësuar u ruajt në %2. Regjistri i auditimit humbi %3 regjistrime; rikthimi shënohet në të me këtë numër.</translation>
    </message>
    <message>
        <source>give --unit (repeat for several) or --none</source>
        <translation>jepni --unit (përsëriteni për disa njësi) ose --none</translation>
    </message>
    <message>
        <source>--unit and --none cannot be used together</source>
        <translation>--unit dhe --none nuk mund të përdoren bashkë</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Dy fjalëkalimet nuk janë të njëjta.</translation>
    </message>
    <message>
        <source>Observations need at least one subject.</source>
        <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
        <translation>Vëzhgimet kanë nevojë për të paktën një subjekt.</translation>
    </message>
    <message>
        <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
        <translation>Zgjidhni 0–1,000,000 subjekte dhe 0–20,000,000 vëzhgime.</translation>
    </message>
    <message>
        <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
        <translation>Shënimi prek %1 të institucionit %2, por paketa u nënshkrua nga një stacion pune i %3: një stacion pune mund të dërgojë vetëm shënime të institucionit të vet, prandaj nuk u zbatua.</translation>
    </message>
    <message>
        <source>the file of a prisoner</source>
        <translation>dosja e një personi të burgosur</translation>
    </message>
    <message>
        <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
        <translation>Personi i burgosur u transferua nga %1 në %2: dosjen tani e mban (ndryshon, rishikon, fshin) %2, prandaj ky ndryshim nga %1 u la mënjanë, nuk u zbatua.</translation>
    </message>
    <message>
        <source>This record was made at %1 and arrived with the prisoner&apos;s file: it is history here and is not corrected or reviewed here.</source>
        <translation>Ky shënim u bë në %1 dhe erdhi me dosjen e personit të burgosur: këtu është histori dhe nuk korrigjohet as rishikohet këtu.</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Modeli i listës së kontrollit nuk është i vlefshëm: %1</translation>
    </message>
    <message>
        <source>The training material is not valid: %1</source>
        <translation>Materiali i trajnimit nuk është i vlefshëm: %1</translation>
    </message>
    <message>
        <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
        <translation>A është e nevojshme kjo për të përshkruar sjelljen? (%1) Konfirmoni për t&apos;i mbajtur fjalët siç janë shkruar.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Nothing was changed.</source>
        <translation>Disku është plot: %1 nuk mund të shkruhej. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>No permission to write %1 in %2. Nothing was changed.</source>
        <translation>Nuk ka leje për të shkruar %1 në %2. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was changed.</source>
        <translation>Dosja %1 nuk ekziston. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Nothing was changed.</source>
        <translation>%1 nuk është dosje. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Dosja për %1 nuk është më aty (u hoq një USB?). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was changed.</source>
        <translation>%1 është dosje, jo skedar. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed.</source>
        <translation>%1 nuk mund të shkruhej (%2). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 është dosje; mund të shkruhet vetëm një skedar i zakonshëm. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 është lidhje; mund të shkruhet vetëm një skedar i zakonshëm. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 nuk është skedar; mund të shkruhet vetëm një skedar i zakonshëm. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing. Reinstall the application.</source>
        <translation>Mungon skedari i përkthimit %1. Riinstaloni aplikacionin.</translation>
    </message>
    <message>
        <source>The translation file %1 is damaged. Reinstall the application.</source>
        <translation>Skedari i përkthimit %1 është i dëmtuar. Riinstaloni aplikacionin.</translation>
    </message>
    <message>
        <source>There is no language %1. Available: %2.</source>
        <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators&apos; lands never touch the same lines). Hidden languages accepted on request (tests, translators&apos; previews).</extracomment>
        <translation>Nuk ka gjuhë %1. Në dispozicion: %2.</translation>
    </message>
    <message>
        <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
        <translation>Përkthimi në %1 nuk është ende i plotë, prandaj nuk mund të përdoret. Në dispozicion: %2.</translation>
    </message>
    <message>
        <source>This is done at a workstation: the central office&apos;s prisoners and records come from the workstations&apos; packages.</source>
        <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations&apos; packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner&apos;s data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
        <translation>Kjo bëhet në një stacion pune: të burgosurit dhe regjistrimet e zyrës qendrore vijnë nga paketat e stacioneve të punës.</translation>
    </message>
    <message>
        <source>This needs the %1 role.</source>
        <translation>Kjo kërkon rolin %1.</translation>
    </message>
    <message>
        <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
        <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person&apos;s request. The grant code that reaches every establishment (central office only).</extracomment>
        <translation>Në njësitë ku punoni nuk ka një person të tillë të burgosur. Nëse ju nevojitet kjo dosje, kërkojini administratorit t&apos;ju caktojë në atë njësi.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 duhet të jetë %2.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 është më i gjatë se %2 shenja.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 është bosh.</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters.</source>
        <translation>%1 është më i shkurtër se %2 shenja.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries.</source>
        <translation>%1 ka më shumë se %2 elemente.</translation>
    </message>
    <message>
        <source>%1 is below %2.</source>
        <translation>%1 është nën %2.</translation>
    </message>
    <message>
        <source>%1 is above %2.</source>
        <translation>%1 është mbi %2.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 nuk është një nga %2.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 nuk e ka formën e pritur.</translation>
    </message>
    <message>
        <source>%1 does not have the required value.</source>
        <translation>%1 nuk e ka vlerën e kërkuar.</translation>
    </message>
    <message>
        <source>%1 has fields that are not allowed.</source>
        <translation>%1 ka fusha që nuk lejohen.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 mungon.</translation>
    </message>
    <message>
        <source>%1 breaks the rule %2.</source>
        <translation>%1 shkel rregullin %2.</translation>
    </message>
    <message>
        <source>%1: the record does not match its schema.</source>
        <translation>%1: shënimi nuk përputhet me skemën e tij.</translation>
    </message>
    <message>
        <source>the file is too large for a checklist template</source>
        <translation>skedari është shumë i madh për një model liste kontrolli</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nuk mund të lexohet (%1)</translation>
    </message>
    <message>
        <source>is not a JSON file</source>
        <translation>nuk është skedar JSON</translation>
    </message>
    <message>
        <source>is not a checklist template</source>
        <translation>nuk është model liste kontrolli</translation>
    </message>
    <message>
        <source>the template has no domains to print</source>
        <translation>modeli nuk ka fusha për t&apos;u shtypur</translation>
    </message>
    <message>
        <source>Give the reason for this report.</source>
        <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person&apos;s own request (LED Art. 14).</extracomment>
        <translation>Jepni arsyen e këtij raporti.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Arsyeja është shumë e gjatë.</translation>
    </message>
    <message>
        <source>Unknown report action: %1.</source>
        <translation>Veprim i panjohur raporti: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (200 characters at most).</source>
        <translation>Arsyeja është shumë e gjatë (më së shumti 200 shenja).</translation>
    </message>
    <message>
        <source>The recipient is too long (200 characters at most).</source>
        <translation>Marrësi është shumë i gjatë (më së shumti 200 shenja).</translation>
    </message>
    <message>
        <source>Say who the report is for (recipient).</source>
        <translation>Thoni për kë është raporti (marrësi).</translation>
    </message>
    <message>
        <source>The reason and the recipient are 200 characters at most.</source>
        <translation>Arsyeja dhe marrësi kanë më së shumti 200 shenja.</translation>
    </message>
    <message>
        <source>A key fingerprint must be hexadecimal digits.</source>
        <translation>Shenja e gishtit e një çelësi duhet të përbëhet nga shifra heksadecimale.</translation>
    </message>
    <message>
        <source>The vault has no signing key.</source>
        <translation>Baza e të dhënave nuk ka çelës nënshkrimi.</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is damaged.</source>
        <translation>Çelësi i nënshkrimit të bazës së të dhënave është i dëmtuar.</translation>
    </message>
    <message>
        <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
        <translation>Raporti nuk mund të faqosej (një element është shumë i madh për një faqe). Nuk u krijua asnjë PDF.</translation>
    </message>
    <message>
        <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
        <translation>Ky nuk është kod rikuperimi (8 grupe me nga 5 shkronja dhe shifra).</translation>
    </message>
    <message>
        <source>A release handover is made together with its package: use Release handover in the prisoner&apos;s file, or `radprev handover`.</source>
        <translation>Një dorëzim në lirim bëhet bashkë me paketën e tij: përdorni Dorëzim në lirim te dosja e personit të burgosur, ose `radprev handover`.</translation>
    </message>
    <message>
        <source>Give the recovery code.</source>
        <translation>Jepni kodin e rikuperimit.</translation>
    </message>
    <message>
        <source>Choose an observation.</source>
        <translation>Zgjidhni një vëzhgim.</translation>
    </message>
    <message>
        <source>Choose a prisoner.</source>
        <translation>Zgjidhni një person të burgosur.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Jepni ditën e parë të periudhës.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Jepni ditën e fundit të periudhës.</translation>
    </message>
    <message>
        <source>Choose an establishment.</source>
        <translation>Zgjidhni një institucion.</translation>
    </message>
    <message>
        <source>Choose the question.</source>
        <translation>Zgjidhni pyetjen.</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <extracomment>Statuses of an observation version the office reports on.</extracomment>
        <translation>%1 nuk është datë (VVVV-MM-DD).</translation>
    </message>
    <message>
        <source>You do not work in unit %1: choose one of your units.</source>
        <translation>Nuk punoni në njësinë %1: zgjidhni një nga njësitë tuaja.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Periudha mbaron para se të fillojë.</translation>
    </message>
    <message>
        <source>There is no unit %1 in this establishment.</source>
        <translation>Nuk ka njësi %1 në këtë institucion.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Nuk mund ta hiqni llogarinë tuaj.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nuk mund ta çaktivizoni llogarinë tuaj.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Nuk ka llogari me emrin %1.</translation>
    </message>
    <message>
        <source>The account %1 is not disabled.</source>
        <translation>Llogaria %1 nuk është e çaktivizuar.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <extracomment>The sensitive-term questions answered &quot;necessary&quot; when the run was sealed.</extracomment>
        <translation>Fusha „%1” duhet të jetë tekst.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Fusha „%1” është më e gjatë se %2 shenja.</translation>
    </message>
    <message>
        <source>The %1 contains a character that is not allowed.</source>
        <translation>Fusha „%1” përmban një shenjë që nuk lejohet.</translation>
    </message>
    <message>
        <source>The %1 must be a date like 2026-11-25.</source>
        <translation>Fusha „%1” duhet të jetë datë si 2026-11-25.</translation>
    </message>
    <message>
        <source>date of the example for item %1</source>
        <translation>data e shembullit për pikën %1</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is in the future.</source>
        <translation>Data e shembullit për pikën %1 është në të ardhmen.</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is too far back.</source>
        <translation>Data e shembullit për pikën %1 është shumë larg në të kaluarën.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Caktoni datën e rishikimit të ardhshëm.</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>data e rishikimit të ardhshëm</translation>
    </message>
    <message>
        <source>The next review date cannot be in the past.</source>
        <translation>Data e rishikimit të ardhshëm nuk mund të jetë në të kaluarën.</translation>
    </message>
    <message>
        <source>The next review date is more than three years ahead.</source>
        <translation>Data e rishikimit të ardhshëm është më shumë se tre vjet përpara.</translation>
    </message>
    <message>
        <source>Item %1 is not part of checklist %2 version %3.</source>
        <translation>Pika %1 nuk është pjesë e listës së kontrollit %2 versioni %3.</translation>
    </message>
    <message>
        <source>The answer for item %1 must be observed, not observed or unknown.</source>
        <translation>Përgjigja për pikën %1 duhet të jetë i vërejtur, i pavërejtur ose i panjohur.</translation>
    </message>
    <message>
        <source>example for item %1</source>
        <translation>shembulli për pikën %1</translation>
    </message>
    <message>
        <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
        <translation>Pika %1: shembulli dhe data e tij shënohen vetëm kur pika është shënuar si e vërejtur.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
        <translation>Pika %1 është shënuar si e vërejtur: shkruani një shembull konkret të asaj që u pa ose u dëgjua.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: give the date of the example.</source>
        <translation>Pika %1 është shënuar si e vërejtur: jepni datën e shembullit.</translation>
    </message>
    <message>
        <source>An answer must be an AnswerInput.</source>
        <translation>Një përgjigje duhet të jetë AnswerInput.</translation>
    </message>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation>Pika %1 ka marrë përgjigje dy herë.</translation>
    </message>
    <message>
        <source>other explanations</source>
        <translation>shpjegimet e tjera</translation>
    </message>
    <message>
        <source>context notes</source>
        <translation>shënimet për kontekstin</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>përmbledhja</translation>
    </message>
    <message>
        <source>Protective factors are marked both observed and &apos;none observed&apos;.</source>
        <translation>Faktorët mbrojtës janë shënuar njëkohësisht si të vërejtur dhe „asnjë i vërejtur”.</translation>
    </message>
    <message>
        <source>Protective factors are a required section: mark at least one as observed, or answer &apos;none observed&apos;.</source>
        <translation>Faktorët mbrojtës janë seksion i detyrueshëm: shënoni të paktën një si të vërejtur ose përgjigjuni „asnjë i vërejtur”.</translation>
    </message>
    <message>
        <source>Other possible explanations are a required section: describe them, or answer &apos;none identified&apos;.</source>
        <translation>Shpjegimet e tjera të mundshme janë seksion i detyrueshëm: përshkruajini ose përgjigjuni „asnjë i identifikuar”.</translation>
    </message>
    <message>
        <source>Other explanations are described and also marked &apos;none identified&apos;.</source>
        <translation>Shpjegimet e tjera janë përshkruar dhe njëkohësisht janë shënuar „asnjë i identifikuar”.</translation>
    </message>
    <message>
        <source>Write a short summary before completing the checklist.</source>
        <translation>Shkruani një përmbledhje të shkurtër para se të përfundoni listën e kontrollit.</translation>
    </message>
    <message>
        <source>Item %1 is not in the template.</source>
        <translation>Pika %1 nuk është në model.</translation>
    </message>
    <message>
        <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not &apos;see above&apos; and not the item&apos;s wording.</source>
        <translation>Shkruani shembullin për pikën %1 me fjalët tuaja: çfarë patë ose dëgjuat, kur dhe ku — jo „shih më lart” dhe jo formulimin e pikës.</translation>
    </message>
    <message>
        <source>checklist_run: %1</source>
        <translation>checklist_run: %1</translation>
    </message>
    <message>
        <source>the item %1 is answered twice</source>
        <translation>pika %1 ka marrë përgjigje dy herë</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD</source>
        <translation>%1 duhet të jetë datë VVVV-MM-DD</translation>
    </message>
    <message>
        <source>The checklist run to export no longer exists.</source>
        <translation>Plotësimi i listës së kontrollit për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>template %1 version %2 is not in the vault</source>
        <translation>modeli %1 versioni %2 nuk është në bazën e të dhënave</translation>
    </message>
    <message>
        <source>the run used different template content than this vault holds</source>
        <translation>plotësimi përdori përmbajtje tjetër modeli nga ajo që ka kjo bazë e të dhënave</translation>
    </message>
    <message>
        <source>item %1 is not in the template</source>
        <translation>pika %1 nuk është në model</translation>
    </message>
    <message>
        <source>item %1 is observed without a dated example</source>
        <translation>pika %1 është e vërejtur pa shembull me datë</translation>
    </message>
    <message>
        <source>There is no such checklist run in the vault.</source>
        <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
        <translation>Nuk ka plotësim të tillë liste kontrolli në bazën e të dhënave.</translation>
    </message>
    <message>
        <source>The checklist template %1 version %2 is not in the vault.</source>
        <translation>Modeli i listës së kontrollit %1 versioni %2 nuk është në bazën e të dhënave.</translation>
    </message>
    <message>
        <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
        <translation>Ky plotësim i listës së kontrollit është përfunduar dhe vulosur; ndryshojeni me një arsye.</translation>
    </message>
    <message>
        <source>Only the author can change a draft checklist run.</source>
        <translation>Vetëm autori/ja mund të ndryshojë një skicë liste kontrolli.</translation>
    </message>
    <message>
        <source>reason for the amendment</source>
        <translation>arsyeja e ndryshimit</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Jepni arsyen e ndryshimit.</translation>
    </message>
    <message>
        <source>This checklist run is still a draft: edit it instead of amending it.</source>
        <translation>Ky plotësim i listës së kontrollit është ende skicë: redaktojeni në vend që ta ndryshoni.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor can amend a checklist run.</source>
        <translation>Vetëm autori/ja ose një mbikëqyrës/e mund të ndryshojë një plotësim liste kontrolli.</translation>
    </message>
    <message>
        <source>Unknown grading preset %1; known presets: %2.</source>
        <translation>Shkallë vlerësimi e panjohur %1; shkallët e njohura: %2.</translation>
    </message>
    <message>
        <source>Source grade %1 is not one of %2.</source>
        <translation>Vlerësimi i burimit %1 nuk është një nga %2.</translation>
    </message>
    <message>
        <source>Information grade %1 is not one of %2.</source>
        <translation>Vlerësimi i informacionit %1 nuk është një nga %2.</translation>
    </message>
    <message>
        <source>Handling code %1 is not one of %2.</source>
        <translation>Kodi i trajtimit %1 nuk është një nga %2.</translation>
    </message>
    <message>
        <source>Handling C needs the conditions of sharing written out.</source>
        <translation>Trajtimi C kërkon që kushtet e ndarjes të shkruhen të plota.</translation>
    </message>
    <message>
        <source>The handling conditions are too long.</source>
        <translation>Kushtet e trajtimit janë shumë të gjata.</translation>
    </message>
    <message>
        <source>Unknown reason for access %1; choose one of %2.</source>
        <translation>Arsye qasjeje e panjohur %1; zgjidhni një nga %2.</translation>
    </message>
    <message>
        <source>The reason %1 is implied by a screen and cannot be chosen.</source>
        <translation>Arsyeja %1 nënkuptohet nga një ekran dhe nuk mund të zgjidhet.</translation>
    </message>
    <message>
        <source>Say in a few words why you open this file (reason &apos;other&apos;).</source>
        <translation>Thoni me pak fjalë pse e hapni këtë dosje (arsyeja „tjetër”).</translation>
    </message>
    <message>
        <source>The reason for access is limited to %1 characters.</source>
        <translation>Arsyeja e qasjes kufizohet në %1 shenja.</translation>
    </message>
    <message>
        <source>A reason for access is required to open a file.</source>
        <translation>Për të hapur një dosje kërkohet një arsye qasjeje.</translation>
    </message>
    <message>
        <source>Drafts are never exported.</source>
        <extracomment>The sensitive-term questions the writer answered &quot;necessary&quot; when sealing a record.</extracomment>
        <translation>Skicat nuk eksportohen kurrë.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or &quot;none identified&quot; — required, like the assessment, before the record is sealed. A level of the establishment&apos;s list (services/classification.py); &quot;&quot; = the lowest.</extracomment>
        <translation>%1 është i detyrueshëm.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters.</source>
        <translation>%1 kufizohet në %2 shenja.</translation>
    </message>
    <message>
        <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>%1 nuk është datë ose orë (VVVV-MM-DD ose VVVV-MM-DDTHH:MM).</translation>
    </message>
    <message>
        <source>The event cannot be in the future.</source>
        <translation>Ngjarja nuk mund të jetë në të ardhmen.</translation>
    </message>
    <message>
        <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not &apos;see the facts&apos; and not the checklist&apos;s wording.</source>
        <translation>Shkruani provën për %1 me fjalët tuaja: çfarë patë ose dëgjuat, kur dhe ku — një fjali, jo „shih faktet” dhe jo formulimin e listës së kontrollit.</translation>
    </message>
    <message>
        <source>%1 is not an indicator code (like A3.2).</source>
        <translation>%1 nuk është kod treguesi (si A3.2).</translation>
    </message>
    <message>
        <source>Indicator %1 is listed twice.</source>
        <translation>Treguesi %1 është renditur dy herë.</translation>
    </message>
    <message>
        <source>The evidence for %1</source>
        <translation>Prova për %1</translation>
    </message>
    <message>
        <source>Indicator %1 is not in the active checklist template.</source>
        <translation>Treguesi %1 nuk është në modelin aktiv të listës së kontrollit.</translation>
    </message>
    <message>
        <source>%1 is not a category of person.</source>
        <translation>%1 nuk është kategori personi.</translation>
    </message>
    <message>
        <source>A description</source>
        <translation>Një përshkrim</translation>
    </message>
    <message>
        <source>A protective factor</source>
        <translation>Një faktor mbrojtës</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Ngjarja nuk mund të mbarojë para se të fillojë.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>Detyra</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>Vlerësimi</translation>
    </message>
    <message>
        <source>The other explanations</source>
        <translation>Shpjegimet e tjera</translation>
    </message>
    <message>
        <source>Write your assessment: why it may matter, and the person&apos;s usual behaviour before.</source>
        <translation>Shkruani vlerësimin tuaj: pse mund të ketë rëndësi dhe si sillej zakonisht personi më parë.</translation>
    </message>
    <message>
        <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer &apos;none identified&apos; after considering them.</source>
        <translation>Shpjegimet e tjera të mundshme janë të detyrueshme: përshkruajini (borxh, konflikt, sëmundje, lajme të këqija…) ose, pasi t&apos;i keni shqyrtuar, përgjigjuni „asnjë e identifikuar”.</translation>
    </message>
    <message>
        <source>The source identity</source>
        <translation>Identiteti i burimit</translation>
    </message>
    <message>
        <source>The action taken</source>
        <translation>Veprimi i ndërmarrë</translation>
    </message>
    <message>
        <source>The prisoner&apos;s account</source>
        <translation>Shpjegimi i personit të burgosur</translation>
    </message>
    <message>
        <source>There is no such observation (it may have been erased).</source>
        <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
        <translation>Nuk ka vëzhgim të tillë (mund të jetë fshirë).</translation>
    </message>
    <message>
        <source>There is no such observation (drafts are visible to their author only).</source>
        <translation>Nuk ka vëzhgim të tillë (skicat i sheh vetëm autori/ja i tyre).</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may see the source identity.</source>
        <translation>Vetëm autori/ja ose një mbikëqyrës/e mund ta shohë identitetin e burimit.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: %1.</source>
        <translation>Këto fusha nuk mund të ndryshohen: %1.</translation>
    </message>
    <message>
        <source>This observation was submitted and is sealed; amend it with a reason.</source>
        <translation>Ky vëzhgim u dorëzua dhe është i vulosur; ndryshojeni me një arsye.</translation>
    </message>
    <message>
        <source>Only the author may edit a draft.</source>
        <translation>Vetëm autori/ja mund të redaktojë një skicë.</translation>
    </message>
    <message>
        <source>A submitted observation cannot be discarded.</source>
        <translation>Një vëzhgim i dorëzuar nuk mund të hidhet poshtë.</translation>
    </message>
    <message>
        <source>This observation was already submitted.</source>
        <translation>Ky vëzhgim është dorëzuar tashmë.</translation>
    </message>
    <message>
        <source>Only the author may submit a draft.</source>
        <translation>Vetëm autori/ja mund të dorëzojë një skicë.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Një ndryshim kërkon një arsye.</translation>
    </message>
    <message>
        <source>A workstation grants access to its own establishment only.</source>
        <translation>Një stacion pune jep qasje vetëm në institucionin e vet.</translation>
    </message>
    <message>
        <source>Give the establishment&apos;s code.</source>
        <translation>Jepni kodin e institucionit.</translation>
    </message>
    <message>
        <source>Say why the account needs this access.</source>
        <translation>Thoni pse i nevojitet llogarisë kjo qasje.</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Arsyeja kufizohet në %1 shenja.</translation>
    </message>
    <message>
        <source>An amendment must change at least one field.</source>
        <translation>Një ndryshim duhet të ndryshojë të paktën një fushë.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only submitted observations are amended.</source>
        <translation>Një skicë redaktohet drejtpërdrejt; ndryshohen vetëm vëzhgimet e dorëzuara.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may amend an observation.</source>
        <translation>Vetëm autori/ja ose një mbikëqyrës/e mund të ndryshojë një vëzhgim.</translation>
    </message>
    <message>
        <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Kjo dosje nuk mund të anonimizohet ende: %1 nga shënimet e saj nuk i janë dorëzuar zyrës qendrore. Eksportojini, prisni konfirmimin e pranimit, pastaj vendosni përsëri.</translation>
    </message>
    <message>
        <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Kjo dosje nuk mund të fshihet ende: %1 nga shënimet e saj nuk i janë dorëzuar zyrës qendrore. Eksportojini, prisni konfirmimin e pranimit, pastaj vendosni përsëri.</translation>
    </message>
    <message>
        <source>A retention decision needs a reason.</source>
        <translation>Një vendim për ruajtjen kërkon një arsye.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>Arsyeja kufizohet në 500 shenja.</translation>
    </message>
    <message>
        <source>%1 is not a decision; choose keep, anonymise or erase.</source>
        <translation>%1 nuk është vendim; zgjidhni mbaj, anonimizo ose fshij.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 nuk është datë.</translation>
    </message>
    <message>
        <source>The new review date must be in the future.</source>
        <translation>Data e re e rishikimit duhet të jetë në të ardhmen.</translation>
    </message>
    <message>
        <source>This file is already anonymised.</source>
        <translation>Kjo dosje është anonimizuar tashmë.</translation>
    </message>
    <message>
        <source>The review to export no longer exists.</source>
        <translation>Rishikimi për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>review refers to an observation the vault does not hold.</source>
        <translation>rishikimi i referohet një vëzhgimi që baza e të dhënave nuk e ka.</translation>
    </message>
    <message>
        <source>A page holds 1–1000 rows and starts at 0 or later.</source>
        <translation>Një faqe mban 1–1000 rreshta dhe fillon nga 0 ose më vonë.</translation>
    </message>
    <message>
        <source>A comment is limited to %1 characters.</source>
        <translation>Një koment kufizohet në %1 shenja.</translation>
    </message>
    <message>
        <source>You cannot review your own observation; another supervisor must.</source>
        <translation>Nuk mund ta rishikoni vëzhgimin tuaj; duhet ta bëjë një mbikëqyrës/e tjetër.</translation>
    </message>
    <message>
        <source>This observation is %1; it is not awaiting review.</source>
        <translation>Ky vëzhgim është %1; nuk pret rishikim.</translation>
    </message>
    <message>
        <source>Returning needs a comment for the author.</source>
        <translation>Kthimi kërkon një koment për autorin/en.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment for the author.</source>
        <translation>Refuzimi kërkon një koment për autorin/en.</translation>
    </message>
    <message>
        <source>Re-grading needs a comment for the author.</source>
        <translation>Rivlerësimi kërkon një koment për autorin/en.</translation>
    </message>
    <message>
        <source>There is no such review.</source>
        <translation>Nuk ka rishikim të tillë.</translation>
    </message>
    <message>
        <source>Give a reason for access before reading the record.</source>
        <translation>Jepni një arsye qasjeje para se të lexoni shënimin.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Shkruani të paktën një shkronjë ose shifër për të kërkuar.</translation>
    </message>
    <message>
        <source>The auditor sees records&apos; metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
        <translation>Auditori sheh metadatat e shënimeve dhe regjistrin e auditimit, jo atë që kanë shkruar zyrtarët: kërkoni sipas emrit ose numrit të personit të burgosur.</translation>
    </message>
    <message>
        <source>The subject to export no longer exists.</source>
        <translation>Subjekti për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
        <translation>Numri i regjistrimit %1 i %2 është një dosje tjetër në zyrën qendrore: një analist/e mund t&apos;i lidhë të dy dosjet nëse janë i njëjti person.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is already another file in this vault.</source>
        <translation>Numri i regjistrimit %1 i %2 është tashmë një dosje tjetër në këtë bazë të dhënash.</translation>
    </message>
    <message>
        <source>family name</source>
        <extracomment>The names of the name fields as errors say them (in the user&apos;s language).</extracomment>
        <translation>mbiemri</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>emrat</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>The kinds of programme the issue names, until a reference bundle sends the country&apos;s list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
        <translation>Fusha „%1” është e detyrueshme.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Fusha „%1” kufizohet në %2 shenja.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Fusha „%1” përmban shenja kontrolli.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Data nuk mund të jetë në të ardhmen.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Data nuk mund të jetë para %1.</translation>
    </message>
    <message>
        <source>%1 is not a programme of the list: %2.</source>
        <translation>%1 nuk është program i listës: %2.</translation>
    </message>
    <message>
        <source>There is no such referral (it may have been erased).</source>
        <translation>Nuk ka referim të tillë (mund të jetë fshirë).</translation>
    </message>
    <message>
        <source>Referrals are recorded at the prison, not at the central office.</source>
        <translation>Referimet shënohen në burg, jo në zyrën qendrore.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; refer the prisoner there.</source>
        <translation>Kjo dosje i përket një institucioni tjetër; referojeni personin e burgosur atje.</translation>
    </message>
    <message>
        <source>This file was anonymised; nothing more is recorded in it.</source>
        <translation>Kjo dosje u anonimizua; nuk shënohet më asgjë në të.</translation>
    </message>
    <message>
        <source>This referral was made at %1 and arrived with the prisoner&apos;s file: it is history here. Record a new referral instead.</source>
        <translation>Ky referim u bë në %1 dhe erdhi me dosjen e personit të burgosur: këtu është histori. Shënoni një referim të ri në vend të tij.</translation>
    </message>
    <message>
        <source>Only the officer who referred or a supervisor may update it.</source>
        <translation>Vetëm zyrtari/ja që e referoi ose një mbikëqyrës/e mund ta përditësojë.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it is closed.</source>
        <translation>Një referim që është %1 nuk mund të bëhet %2; është i mbyllur.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2 (next: %3).</source>
        <translation>Një referim që është %1 nuk mund të bëhet %2 (i radhës: %3).</translation>
    </message>
    <message>
        <source>Nothing changes: choose the next status or write the outcome.</source>
        <translation>Asgjë nuk ndryshon: zgjidhni gjendjen e radhës ose shkruani rezultatin.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, spaces and - &apos; . only (no emoji or symbols).</source>
        <translation>Fusha „%1” mund të përmbajë vetëm shkronja, hapësira dhe - &apos; . (pa emoji ose simbole).</translation>
    </message>
    <message>
        <source>A prison number is 1–32 letters or digits (spaces, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; allowed).</source>
        <translation>Numri i regjistrimit ka 1–32 shkronja ose shifra (lejohen hapësira, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>Viti i lindjes duhet të jetë ndërmjet 1900 dhe %1.</translation>
    </message>
    <message>
        <source>There is no active unit %1 in this establishment.</source>
        <translation>Nuk ka njësi aktive %1 në këtë institucion.</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>qelia</translation>
    </message>
    <message>
        <source>There is no such prisoner in the vault (it may have been erased).</source>
        <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
        <translation>Nuk ka person të tillë të burgosur në bazën e të dhënave (mund të jetë fshirë).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 in %2 is recorded.</source>
        <translation>Nuk është regjistruar asnjë person i burgosur me numrin e regjistrimit %1 në %2.</translation>
    </message>
    <message>
        <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
        <translation>Në zyrën qendrore numri i burgut jepet me institucionin, p.sh. PL-WAW1:%1 (numrat janë unikë vetëm brenda një institucioni).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 is recorded.</source>
        <translation>Nuk është regjistruar asnjë person i burgosur me numrin e regjistrimit %1.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded in this establishment; open that prisoner&apos;s file instead.</source>
        <translation>Numri i regjistrimit %1 është regjistruar tashmë në këtë institucion; hapni dosjen e atij personi të burgosur.</translation>
    </message>
    <message>
        <source>Say why the prisoner&apos;s details change.</source>
        <translation>Thoni pse ndryshojnë të dhënat e personit të burgosur.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be changed.</source>
        <translation>Kjo dosje u anonimizua dhe nuk mund të ndryshohet.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded.</source>
        <translation>Numri i regjistrimit %1 është regjistruar tashmë.</translation>
    </message>
    <message>
        <source>The record refers to a prisoner the vault does not hold.</source>
        <translation>Shënimi i referohet një personi të burgosur që baza e të dhënave nuk e ka.</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a template may be at most %2</source>
        <translation>skedari ka %1 bajt; një model mund të ketë më së shumti %2</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2.</source>
        <translation>Skedari i modelit %1 nuk mund të lexohet: %2.</translation>
    </message>
    <message>
        <source>Unknown template origin %1.</source>
        <translation>Origjinë e panjohur e modelit %1.</translation>
    </message>
    <message>
        <source>The template signature is too long.</source>
        <translation>Nënshkrimi i modelit është shumë i gjatë.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
        <translation>Modeli %1 versioni %2 është ruajtur tashmë me përmbajtje tjetër. Jepini modelit të ndryshuar një numër të ri versioni.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
        <translation>Modeli %1 versioni %2 ruhet këtu me përmbajtje tjetër nga ajo që dërgoi zyra qendrore.</translation>
    </message>
    <message>
        <source>There is no checklist template %1 in the vault.</source>
        <translation>Nuk ka model liste kontrolli %1 në bazën e të dhënave.</translation>
    </message>
    <message>
        <source>No checklist template is active; an administrator must choose one.</source>
        <translation>Asnjë model liste kontrolli nuk është aktiv; një administrator duhet të zgjedhë një.</translation>
    </message>
    <message>
        <source>There is no such tombstone.</source>
        <translation>Nuk ka shënim të tillë fshirjeje.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Një fjalëkalim ka nevojë për të paktën %1 shenja.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Fjalëkalimi nuk duhet të jetë emri i përdoruesit.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Fjalëkalimi përsërit shumë pak shenja të ndryshme.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Jepini llogarisë të paktën një rol.</translation>
    </message>
    <message>
        <source>The role %1 does not exist in a %2 vault.</source>
        <translation>Roli %1 nuk ekziston në një bazë të dhënash %2.</translation>
    </message>
    <message>
        <source>A username is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Emri i përdoruesit ka 2–32 shkronja, shifra, &apos;.&apos;, &apos;_&apos; ose &apos;-&apos; dhe fillon me shkronjë ose shifër.</translation>
    </message>
    <message>
        <source>The username %1 is already taken (or was used before).</source>
        <translation>Emri i përdoruesit %1 është i zënë (ose është përdorur më parë).</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Nuk ka njësi %1.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Nuk mund t&apos;ia hiqni vetes rolin e administratorit.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: enable it, which sets a new password.</source>
        <translation>Llogaria %1 është e çaktivizuar: aktivizojeni, gjë që vendos një fjalëkalim të ri.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Fjalëkalimi i ri duhet të ndryshojë nga ai aktual.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be removed.</source>
        <translation>Administratori i fundit aktiv nuk mund të hiqet.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Emri i përdoruesit përdor vetëm shkronja, shifra, &apos;.&apos;, &apos;_&apos; ose &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters or digits.</source>
        <translation>Kodi i institucionit ka 1–16 shkronja ose shifra.</translation>
    </message>
    <message>
        <source>A training vault is never made in the real vault&apos;s folder; choose another folder.</source>
        <translation>Një bazë të dhënash trajnimi nuk krijohet kurrë në dosjen e bazës së vërtetë; zgjidhni një dosje tjetër.</translation>
    </message>
    <message>
        <source>A vault already exists in %1.</source>
        <translation>Ekziston tashmë një bazë të dhënash në %1.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose a new one before you go on.</source>
        <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server&apos;s, not a re-encryption (screens say which).</extracomment>
        <translation>Fjalëkalimin tuaj e ka vendosur një administrator: zgjidhni një të ri para se të vazhdoni.</translation>
    </message>
    <message>
        <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
        <translation>vault.keys dhe vault.db nuk pajtohen nëse kjo është bazë trajnimi: njëri prej tyre u zëvendësua ose u ndryshua. Asgjë nuk u hap.</translation>
    </message>
    <message>
        <source>This central office&apos;s database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
        <translation>Baza e të dhënave e kësaj zyre qendrore mbahet në një server dhe nuk ka kod rikuperimi. Një administrator e aktivizon përsëri llogarinë tuaj me një fjalëkalim të ri të përkohshëm (Administrimi › Llogaritë, ose radprev user enable).</translation>
    </message>
    <message>
        <source>This account is disabled: an administrator enables it with a new password.</source>
        <translation>Kjo llogari është e çaktivizuar: një administrator e aktivizon me një fjalëkalim të ri.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Vetëm një administrator mund të rikthejë një kopje rezervë.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file and database disagree about whether it is a training vault; it is not restored.</source>
        <translation>Skedari i çelësave dhe baza e të dhënave e kopjes rezervë nuk pajtohen nëse ajo është bazë trajnimi; nuk rikthehet.</translation>
    </message>
    <message>
        <source>This backup is of a training vault: it is never restored over a real vault.</source>
        <translation>Kjo kopje rezervë është e një baze trajnimi: nuk rikthehet kurrë mbi një bazë të vërtetë.</translation>
    </message>
    <message>
        <source>This folder holds a training vault: a real vault&apos;s backup is never restored into it.</source>
        <translation>Kjo dosje mban një bazë trajnimi: kopja rezervë e një baze të vërtetë nuk rikthehet kurrë në të.</translation>
    </message>
    <message>
        <source>A vault or central store is already set up in %1.</source>
        <translation>Në %1 është krijuar tashmë një bazë të dhënash ose një depo qendrore.</translation>
    </message>
    <message>
        <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
        <translation>Baza e të dhënave %1 mban tashmë një depo qendrore; lidhuni me të me skedarin e saj të cilësimeve në vend që të krijoni një tjetër.</translation>
    </message>
    <message>
        <source>No central store is set up in %1.</source>
        <translation>Në %1 nuk është krijuar asnjë depo qendrore.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <extracomment>Where the backup taken before this login upgraded the vault&apos;s schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
        <translation>Kjo llogari është e çaktivizuar. Pyesni administratorin.</translation>
    </message>
    <message>
        <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office&apos;s own database login to upgrade it; until then it cannot be used from here.</source>
        <translation>Depoja qendrore u krijua nga një version më i hershëm i radprev (skema %1; ky version ka nevojë për %2). Një administrator hyn një herë përmes hyrjes së vetë zyrës në bazën e të dhënave për ta përditësuar; deri atëherë nuk mund të përdoret nga këtu.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Baza e të dhënave është e kyçur.</translation>
    </message>
    <message>
        <source>There is no part %1 of %2.</source>
        <extracomment>Translation context of every label below (the Settings tab&apos;s own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
        <translation>Nuk ka pjesë %1 të %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 duhet të jetë numër i plotë.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 duhet të jetë ndërmjet %2 dhe %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 characters.</source>
        <translation>%1 duhet të ketë 1 deri në %2 shenja.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 duhet të jetë një nga: %2.</translation>
    </message>
    <message>
        <source>%1 must be %2 or %3.</source>
        <translation>%1 duhet të jetë %2 ose %3.</translation>
    </message>
    <message>
        <source>%1 are given per part.</source>
        <translation>%1 jepen për çdo pjesë.</translation>
    </message>
    <message>
        <source>%1: there is no part %2.</source>
        <translation>%1: nuk ka pjesë %2.</translation>
    </message>
    <message>
        <source>Code lists must be an object of lists.</source>
        <translation>Listat e kodeve duhet të jenë një objekt me lista.</translation>
    </message>
    <message>
        <source>A code list name is not valid.</source>
        <translation>Emri i një liste kodesh nuk është i vlefshëm.</translation>
    </message>
    <message>
        <source>The code list %1 is not a list.</source>
        <translation>Lista e kodeve %1 nuk është listë.</translation>
    </message>
    <message>
        <source>The code list %1 holds bad entries.</source>
        <translation>Lista e kodeve %1 përmban elemente të pavlefshme.</translation>
    </message>
    <message>
        <source>%1: give 1 to %2 levels separated by &apos;;&apos;, lowest first, each 1 to %3 characters.</source>
        <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
        <translation>%1: jepni 1 deri në %2 nivele të ndara me „;”, nga më i ulëti, secili 1 deri në %3 karaktere.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 e përmend %2 dy herë.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Nuk ka cilësim me emrin %1.</translation>
    </message>
    <message>
        <source>Writing reference bundles</source>
        <translation>Po shkruhen paketat referencë</translation>
    </message>
    <message>
        <source>The bundle part %1 is not valid JSON.</source>
        <translation>Pjesa e paketës %1 nuk është JSON i vlefshëm.</translation>
    </message>
    <message>
        <source>Importing reference bundles</source>
        <translation>Po importohen paketat referencë</translation>
    </message>
    <message>
        <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
        <translation>Një paketë referencë më e re (%1) është importuar tashmë; paketa %2 është më e vjetër dhe nuk u zbatua.</translation>
    </message>
    <message>
        <source>The bundle&apos;s profile or code lists are malformed.</source>
        <translation>Profili ose listat e kodeve të paketës janë të keqformuara.</translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are not valid: %1</source>
        <translation>Cilësimet e paketës nuk janë të vlefshme: %1</translation>
    </message>
    <message>
        <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
        <translation>Modeli %1 në paketë u refuzua: %2 Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Nuk ka konflikt të tillë.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
        <translation>një lidhje e fortë</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>një lidhje simbolike</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>një pajisje shenjash</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>një pajisje blloku</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>një dosje</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>një FIFO</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>një skedar i vazhdueshëm</translation>
    </message>
    <message>
        <source>a pax global header</source>
        <translation>një kokë globale pax</translation>
    </message>
    <message>
        <source>a pax extended header</source>
        <translation>një kokë e zgjeruar pax</translation>
    </message>
    <message>
        <source>a GNU long name</source>
        <translation>një emër i gjatë GNU</translation>
    </message>
    <message>
        <source>a GNU long link</source>
        <translation>një lidhje e gjatë GNU</translation>
    </message>
    <message>
        <source>a GNU sparse file</source>
        <translation>një skedar i rrallë GNU</translation>
    </message>
    <message>
        <source>The file&apos;s archive has a malformed %1 field.</source>
        <translation>Arkivi i skedarit ka një fushë %1 të keqformuar.</translation>
    </message>
    <message>
        <source>The file&apos;s archive is damaged (a header checksum is wrong).</source>
        <translation>Arkivi i skedarit është i dëmtuar (një shumë kontrolli e kokës është e gabuar).</translation>
    </message>
    <message>
        <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
        <translation>Skedari nuk është arkiv POSIX ustar (formatet e tjera tar refuzohen).</translation>
    </message>
    <message>
        <source>The file holds a part whose name is not plain ASCII.</source>
        <translation>Skedari përmban një pjesë emri i së cilës nuk është ASCII i thjeshtë.</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>një element i llojit të panjohur</translation>
    </message>
    <message>
        <source>The file holds an entry %1 that is %2, not a file.</source>
        <translation>Skedari përmban një element %1 që është %2, jo skedar.</translation>
    </message>
    <message>
        <source>The file holds an entry %1 inside a folder.</source>
        <translation>Skedari përmban një element %1 brenda një dosjeje.</translation>
    </message>
    <message>
        <source>The file holds an unexpected part %1.</source>
        <translation>Skedari përmban një pjesë të papritur %1.</translation>
    </message>
    <message>
        <source>The part %1 is larger than allowed.</source>
        <translation>Pjesa %1 është më e madhe se ç&apos;lejohet.</translation>
    </message>
    <message>
        <source>The file is truncated (its archive has no end marker).</source>
        <translation>Skedari është i cunguar (arkivi i tij nuk ka shenjën e fundit).</translation>
    </message>
    <message>
        <source>The file holds too many parts.</source>
        <translation>Skedari përmban shumë pjesë.</translation>
    </message>
    <message>
        <source>The file holds the part %1 twice.</source>
        <translation>Skedari përmban pjesën %1 dy herë.</translation>
    </message>
    <message>
        <source>The part %1 is truncated.</source>
        <translation>Pjesa %1 është e cunguar.</translation>
    </message>
    <message>
        <source>The file holds data after the end of its archive.</source>
        <translation>Skedari përmban të dhëna pas fundit të arkivit të tij.</translation>
    </message>
    <message>
        <source>The file has no signed manifest.</source>
        <translation>Skedari nuk ka manifest të nënshkruar.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nuk është skedar i zakonshëm.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed (%2 bytes).</source>
        <translation>%1 është më i madh se ç&apos;lejohet (%2 bajt).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 nuk mund të lexohet (%2).</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Manifesti nuk është JSON i vlefshëm.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Manifesti nuk është objekt JSON.</translation>
    </message>
    <message>
        <source>The manifest holds text that is not valid Unicode.</source>
        <translation>Manifesti përmban tekst që nuk është Unicode i vlefshëm.</translation>
    </message>
    <message>
        <source>The manifest holds numbers that are not integers.</source>
        <translation>Manifesti përmban numra që nuk janë të plotë.</translation>
    </message>
    <message>
        <source>The manifest is not in canonical form.</source>
        <translation>Manifesti nuk është në formë kanonike.</translation>
    </message>
    <message>
        <source>This is not a radprev file.</source>
        <translation>Ky nuk është skedar radprev.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>Manifesti nuk ka version formati.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
        <translation>Skedari përdor versionin e formatit %1; ky version i radprev lexon deri në %2. Instaloni versionin më të ri.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid.</source>
        <translation>Versioni i formatit të skedarit nuk është i vlefshëm.</translation>
    </message>
    <message>
        <source>The manifest signature is malformed.</source>
        <translation>Nënshkrimi i manifestit është i keqformuar.</translation>
    </message>
    <message>
        <source>The signature does not verify against %1: the file was altered or forged.</source>
        <translation>Nënshkrimi nuk verifikohet me %1: skedari u ndryshua ose u falsifikua.</translation>
    </message>
    <message>
        <source>The manifest does not list the parts.</source>
        <translation>Manifesti nuk i rendit pjesët.</translation>
    </message>
    <message>
        <source>The parts in the file do not match the manifest.</source>
        <translation>Pjesët në skedar nuk përputhen me manifestin.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>Regjistrimi i manifestit për %1 është i keqformuar.</translation>
    </message>
    <message>
        <source>The part %1 does not match its hash: it was altered.</source>
        <translation>Pjesa %1 nuk përputhet me hash-in e saj: u ndryshua.</translation>
    </message>
    <message>
        <source>The part %1 claims too many lines.</source>
        <translation>Pjesa %1 pretendon shumë rreshta.</translation>
    </message>
    <message>
        <source>The part %1 does not hold the number of lines listed.</source>
        <translation>Pjesa %1 nuk përmban numrin e rreshtave të renditur.</translation>
    </message>
    <message>
        <source>The file is not an encrypted radprev package.</source>
        <translation>Skedari nuk është paketë e koduar radprev.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this office&apos;s key: it was addressed to another office, or it is damaged or truncated.</source>
        <translation>Paketa nuk mund të dekodohet me çelësin e kësaj zyre: i ishte drejtuar një zyre tjetër, ose është e dëmtuar ose e cunguar.</translation>
    </message>
    <message>
        <source>The package is damaged (its encryption layer is malformed).</source>
        <translation>Paketa është e dëmtuar (shtresa e kodimit të saj është e keqformuar).</translation>
    </message>
    <message>
        <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
        <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
        <translation>Kutia e daljes përmban një ndryshim të llojit %1 që ky version nuk mund ta eksportojë. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The export&apos;s %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
        <translation>Pjesa %1 e eksportit do të kalonte kufirin e madhësisë; eksportoni më pak ndryshime njëherësh. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The package would exceed the size limit; nothing was changed.</source>
        <translation>Paketa do të kalonte kufirin e madhësisë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
        <translation>Një skedar me emrin %1 është tashmë në %2; zhvendoseni fillimisht. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
        <translation>Ende nuk besohet asnjë certifikatë e zyrës qendrore. Një administrator duhet ta besojë më parë (faqja Sinkronizimi, ose `radprev central trust FILE --fingerprint HEX`).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Dosja %1 nuk është aty (u hoq një USB?). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Po eksportohet</translation>
    </message>
    <message>
        <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
        <translation>%1 nuk u lexua saktë nga mediumi (USB me defekt?). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 did not read back correctly. Nothing was changed.</source>
        <translation>%1 nuk u lexua saktë. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The file is not a radprev package, receipt or bundle.</source>
        <translation>Skedari nuk është paketë, konfirmim ose paketë referencë radprev.</translation>
    </message>
    <message>
        <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation&apos;s enrolment sheet, then enrol it and import again.</source>
        <translation>Paketa vjen nga një stacion pune që nuk është i regjistruar (%1, shenja e gishtit %2). Krahasoni shenjën e gishtit me fletën e regjistrimit të stacionit të punës, pastaj regjistrojeni dhe importoni përsëri.</translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation>Paketa është më e madhe se ç&apos;lejohet.</translation>
    </message>
    <message>
        <source>The file is not an export package.</source>
        <translation>Skedari nuk është paketë eksporti.</translation>
    </message>
    <message>
        <source>The manifest does not name the sender.</source>
        <translation>Manifesti nuk e emërton dërguesin.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender is malformed.</source>
        <translation>Dërguesi i manifestit është i keqformuar.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender key is malformed.</source>
        <translation>Çelësi i dërguesit të manifestit është i keqformuar.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sequence number is not valid.</source>
        <translation>Numri rendor i manifestit nuk është i vlefshëm.</translation>
    </message>
    <message>
        <source>The manifest&apos;s previous package hash is malformed.</source>
        <translation>Hash-i i paketës së mëparshme në manifest është i keqformuar.</translation>
    </message>
    <message>
        <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
        <translation>Paketa u bë për një certifikatë tjetër të zyrës qendrore (shenja e gishtit e marrësit nuk përputhet me këtë zyrë).</translation>
    </message>
    <message>
        <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
        <translation>Paketa emërton një stacion pune të regjistruar, por mbart një çelës tjetër: nuk u bë nga ai stacion pune (e falsifikuar ose e ridërguar në emër të tij).</translation>
    </message>
    <message>
        <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
        <translation>Paketa emërton institucionin %1, por ky stacion pune u regjistrua për %2: nuk u bë nga ai stacion pune siç u regjistrua. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Enrolling a workstation</source>
        <translation>Po regjistrohet një stacion pune</translation>
    </message>
    <message>
        <source>Importing export packages</source>
        <translation>Po importohen paketat e eksportit</translation>
    </message>
    <message>
        <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
        <translation>Paketa vjen nga %1, një institucion për të cilin llogaria juaj nuk ka qasje; e importon një administrator ose një analist që ka qasje në të. Asgjë nuk u ndryshua.</translation>
    </message>
    <message>
        <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
        <translation>Nga ky stacion pune është importuar tashmë një numër tjetër pakete %1: kjo është ridërgim ose falsifikim (ose stacioni i punës u rikthye nga një kopje e vjetër rezervë). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Package 1 names a previous package: the chain is broken.</source>
        <translation>Paketa 1 emërton një paketë të mëparshme: zinxhiri është i këputur.</translation>
    </message>
    <message>
        <source>Package %1 names no previous package: the chain is broken.</source>
        <translation>Paketa %1 nuk emërton asnjë paketë të mëparshme: zinxhiri është i këputur.</translation>
    </message>
    <message>
        <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
        <translation>Paketa %1 nuk vjen pas paketës %2 të importuar tashmë (zinxhiri i paketave është i këputur). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
        <translation>Paketa %1, e importuar tashmë, nuk vjen pas kësaj pakete %2 (zinxhiri i paketave është i këputur). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>%1 is never done in a training vault: practice stays in the training vault.</source>
        <translation>%1 nuk bëhet kurrë në një bazë trajnimi: ushtrimi mbetet në bazën e trajnimit.</translation>
    </message>
    <message>
        <source>%1 is done at the central office, not in this vault.</source>
        <translation>%1 bëhet në zyrën qendrore, jo në këtë bazë të dhënash.</translation>
    </message>
    <message>
        <source>%1 is done at a workstation, not in this vault.</source>
        <translation>%1 bëhet në një stacion pune, jo në këtë bazë të dhënash.</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Kjo bazë të dhënash nuk ka çelës nënshkrimi.</translation>
    </message>
    <message>
        <source>Managing the central office keys</source>
        <translation>Po menaxhohen çelësat e zyrës qendrore</translation>
    </message>
    <message>
        <source>Setting the backup recipient</source>
        <translation>Po caktohet marrësi i kopjeve rezervë</translation>
    </message>
    <message>
        <source>The backup recipient is not an age key (age1…).</source>
        <translation>Marrësi i kopjeve rezervë nuk është çelës age (age1…).</translation>
    </message>
    <message>
        <source>Writing the central certificate</source>
        <translation>Po shkruhet certifikata qendrore</translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation>Skedari i certifikatës është shumë i madh.</translation>
    </message>
    <message>
        <source>The certificate is not valid JSON.</source>
        <translation>Certifikata nuk është JSON i vlefshëm.</translation>
    </message>
    <message>
        <source>The certificate is not a JSON object.</source>
        <translation>Certifikata nuk është objekt JSON.</translation>
    </message>
    <message>
        <source>This is not a radprev central office certificate.</source>
        <translation>Kjo nuk është certifikatë e zyrës qendrore radprev.</translation>
    </message>
    <message>
        <source>The certificate&apos;s format version is not supported.</source>
        <translation>Versioni i formatit të certifikatës nuk mbështetet.</translation>
    </message>
    <message>
        <source>The certificate has missing or unexpected fields.</source>
        <translation>Certifikata ka fusha që mungojnë ose të papritura.</translation>
    </message>
    <message>
        <source>The certificate field %1 is malformed.</source>
        <translation>Fusha e certifikatës %1 është e keqformuar.</translation>
    </message>
    <message>
        <source>The certificate holds a malformed key.</source>
        <translation>Certifikata përmban një çelës të keqformuar.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not verify: it was altered.</source>
        <translation>Nënshkrimi i certifikatës nuk verifikohet: u ndryshua.</translation>
    </message>
    <message>
        <source>Trusting a central office certificate</source>
        <translation>Po besohet një certifikatë e zyrës qendrore</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
        <translation>Shenja e gishtit nuk përputhet me certifikatën. Mos e besoni: kërkojini zyrës qendrore fletën e regjistrimit dhe krahasoni përsëri. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The manifest&apos;s transfer key is malformed.</source>
        <translation>Çelësi i transferimit në manifest është i keqformuar.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the workstation&apos;s key. Do not enrol it: compare it with the workstation&apos;s enrolment sheet again. Nothing was changed.</source>
        <translation>Shenja e gishtit nuk përputhet me çelësin e stacionit të punës. Mos e regjistroni: krahasojeni përsëri me fletën e regjistrimit të stacionit të punës. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
        <translation>Ky identifikues stacioni pune është regjistruar tashmë me një çelës tjetër (ose çelësi me një identifikues tjetër). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Writing receipts</source>
        <translation>Po shkruhen konfirmimet e pranimit</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is not valid JSON.</source>
        <translation>Përmbajtja e konfirmimit nuk është JSON i vlefshëm.</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is malformed.</source>
        <translation>Përmbajtja e konfirmimit është e keqformuar.</translation>
    </message>
    <message>
        <source>The file is not a %1.</source>
        <translation>Skedari nuk është %1.</translation>
    </message>
    <message>
        <source>The file does not name its sender.</source>
        <translation>Skedari nuk e emërton dërguesin e vet.</translation>
    </message>
    <message>
        <source>The file was not signed by the central office this workstation trusts.</source>
        <translation>Skedari nuk u nënshkrua nga zyra qendrore që beson ky stacion pune.</translation>
    </message>
    <message>
        <source>The file&apos;s sequence number is not valid.</source>
        <translation>Numri rendor i skedarit nuk është i vlefshëm.</translation>
    </message>
    <message>
        <source>Importing receipts</source>
        <translation>Po importohen konfirmimet e pranimit</translation>
    </message>
    <message>
        <source>The consolidated view</source>
        <translation>Pamja e konsoliduar</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>nuk është tekst UTF-8 (bajti %1)</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>çelësi %1 shfaqet dy herë</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>nuk është JSON i vlefshëm: %1 (rreshti %2, kolona %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nuk është JSON i vlefshëm: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>një model duhet të jetë objekt JSON</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>mungon një çelës i detyrueshëm</translation>
    </message>
    <message>
        <source>unknown key (not part of the template format)</source>
        <translation>çelës i panjohur (nuk është pjesë e formatit të modelit)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>çelës i panjohur</translation>
    </message>
    <message>
        <source>must be of type %1</source>
        <translation>duhet të jetë i llojit %1</translation>
    </message>
    <message>
        <source>text is longer than %1 characters</source>
        <translation>teksti është më i gjatë se %1 shenja</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>teksti nuk duhet të jetë bosh</translation>
    </message>
    <message>
        <source>%1 does not have the required form %2</source>
        <translation>%1 nuk ka formën e kërkuar %2</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>ka më shumë se %1 elemente</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>kërkon të paktën %1 elemente</translation>
    </message>
    <message>
        <source>entries must not repeat</source>
        <translation>elementet nuk duhet të përsëriten</translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation>gjuhë e panjohur %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nuk është një nga %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>duhet të jetë %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 %3)</source>
        <translation>%1 është jashtë kufijve (%2 %3)</translation>
    </message>
    <message>
        <source>does not meet the rule &apos;%1&apos;</source>
        <translation>nuk plotëson rregullin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing text in a declared language</source>
        <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
        <translation>mungon teksti në një gjuhë të deklaruar</translation>
    </message>
    <message>
        <source>language not listed in $.languages</source>
        <translation>gjuha nuk është e renditur në $.languages</translation>
    </message>
    <message>
        <source>code %1 is already used at %2</source>
        <translation>kodi %1 përdoret tashmë te %2</translation>
    </message>
    <message>
        <source>an item of domain %1 must start with its code and a dot</source>
        <translation>një pikë e fushës %1 duhet të fillojë me kodin e saj dhe një pikë</translation>
    </message>
    <message>
        <source>an item of a %1 domain must be of the same kind</source>
        <translation>një pikë e një fushe %1 duhet të jetë e të njëjtit lloj</translation>
    </message>
    <message>
        <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
        <translation>zëvendëson %1 (%2); përshkruani sjelljen që ka rëndësi (dhunë, kërcënime, shtrëngim, mbështetje për dhunën) ose renditeni te non_indicators</translation>
    </message>
    <message>
        <source>at least one domain must be of kind indicator</source>
        <translation>të paktën një fushë duhet të jetë e llojit tregues</translation>
    </message>
    <message>
        <source>a sample template must carry a notice that it is a sample to adapt</source>
        <translation>një model shembull duhet të ketë një njoftim se është shembull për t&apos;u përshtatur</translation>
    </message>
    <message>
        <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
        <translation>përmend fenë, etninë ose kombësinë (%1); një pikë duhet të përshkruajë sjellje të vëzhgueshme — renditini gjëra të tilla te non_indicators</translation>
    </message>
    <message>
        <source>not representable as JSON: %1</source>
        <translation>nuk mund të paraqitet si JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>nuk është JSON i vlefshëm: i ndërfutur shumë thellë</translation>
    </message>
    <message>
        <source>the template is %1 bytes; at most %2 are allowed</source>
        <translation>modeli ka %1 bajt; lejohen më së shumti %2</translation>
    </message>
    <message>
        <source>The backup could not be written or did not verify (%1).</source>
        <translation>Kopja rezervë nuk mund të shkruhej ose nuk u verifikua (%1).</translation>
    </message>
    <message>
        <source>The backup did not pass its integrity check.</source>
        <translation>Kopja rezervë nuk e kaloi kontrollin e integritetit.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Kopja rezervë është e paplotë.</translation>
    </message>
    <message>
        <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
        <translation>%1 nuk është kopje rezervë: kërkon vault.db dhe vault.keys së bashku.</translation>
    </message>
    <message>
        <source>The username or password does not open this backup.</source>
        <translation>Emri i përdoruesit ose fjalëkalimi nuk e hap këtë kopje rezervë.</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Kopja rezervë është e dëmtuar.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with its key file.</source>
        <translation>Baza e të dhënave e kopjes rezervë nuk hapet me skedarin e saj të çelësave.</translation>
    </message>
    <message>
        <source>The key does not open this vault.</source>
        <extracomment>The machine setting that turns SQLite&apos;s wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4&apos;s default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
        <translation>Çelësi nuk e hap këtë bazë të dhënash.</translation>
    </message>
    <message>
        <source>The vault database could not be opened for writing.</source>
        <translation>Baza e të dhënave nuk mund të hapej për shkrim.</translation>
    </message>
    <message>
        <source>No vault in %1.</source>
        <translation>Nuk ka bazë të dhënash në %1.</translation>
    </message>
    <message>
        <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
        <translation>Skedari i çelësave vault.keys mungon në dosjen e bazës së të dhënave; baza nuk mund të hapet pa të. Riktheni vault.keys nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
        <translation>Skedari i çelësave vault.keys është i dëmtuar ose u ndryshua (%1); baza e të dhënave nuk ndryshoi. Riktheni vault.keys nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
        <extracomment>Python steps by migration name (without its number): run after that file&apos;s SQL.</extracomment>
        <translation>Depoja qendrore u krijua nga një version më i ri i radprev (baza e saj e të dhënave ka skemën %1; ky version punon me skema deri në %2); instaloni atë version ose një më të ri në këtë kompjuter. Asgjë në depo nuk u ndryshua.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Kjo bazë të dhënash u shkrua nga një version më i ri i radprev (skema %1; ky version njeh deri në %2). Instaloni versionin më të ri për ta hapur.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
        <translation>Çelësat e bazës së të dhënave po ndryshohen pikërisht tani (heqje përdoruesi ose ndërrim çelësi). Provoni përsëri pas pak.</translation>
    </message>
    <message>
        <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
        <translation>Baza e të dhënave vault.db mungon në dosjen e bazës. Riktheni atë nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
        <translation>Në dosjen e bazës së të dhënave %1 nuk mund të shkruajë kjo llogari; kërkojini administratorit të rregullojë lejet. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
        <extracomment>SQLite&apos;s own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
        <translation>Baza e të dhënave vault.db është e dëmtuar (e cunguar). Riktheni atë nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Emri i përdoruesit ose fjalëkalimi nuk është i saktë.</translation>
    </message>
    <message>
        <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
        <translation>Depoja qendrore në PostgreSQL nuk ka çelës baze të dhënash: ndërrimet e çelësave dhe kopjet rezervë bëhen në server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait %1 s.</source>
        <translation>Shumë përpjekje të dështuara: prisni %1 s.</translation>
    </message>
    <message>
        <source>This vault has no recovery slot.</source>
        <translation>Kjo bazë të dhënash nuk ka fole rikuperimi.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Baza e të dhënave vault.db është e dëmtuar dhe nuk mund të lexohet. Riktheni atë nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
        <translation>Fjalëkalimi juaj është i saktë, por baza e të dhënave vault.db nuk hapet me çelësin që ai zhbllokon: vault.db ose vault.keys u zëvendësua ose u dëmtua. Riktheni të dyja nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
        <translation>Skedari i çelësave vault.keys u ndryshua jashtë radprev (vula e tij nuk përputhet me çelësin e bazës). Asgjë nuk u hap. Riktheni vault.keys nga një kopje rezervë ose pyesni administratorin.</translation>
    </message>
    <message>
        <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault&apos;s. Restore vault.keys from a backup.</source>
        <translation>vault.keys përmban një fole çelësi që kjo bazë të dhënash nuk e njeh; skedari i çelësave u ndryshua ose u ngatërrua me atë të një baze tjetër. Riktheni vault.keys nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Shumë përpjekje të dështuara. Prisni %1 sekonda para se të provoni përsëri.</translation>
    </message>
    <message>
        <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
        <translation>Baza e të dhënave u rikodua ndërkohë nga një dritare ose komandë tjetër. Hyni përsëri për të vazhduar.</translation>
    </message>
    <message>
        <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
        <translation>Një ndërrim çelësi i bazës së të dhënave është i papërfunduar; hyni përsëri (si administrator) për ta përfunduar, pastaj provoni përsëri.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
        <translation>Skedari i çelësave vault.keys u ndryshua jashtë radprev; asgjë nuk ndryshoi. Riktheni vault.keys nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Nuk ka fole çelësi për %1.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Fjalëkalimi aktual nuk është i saktë.</translation>
    </message>
    <message>
        <source>The key slot changed meanwhile; try again.</source>
        <translation>Foleja e çelësit ndryshoi ndërkohë; provoni përsëri.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
        <translation>Skedari i çelësave vault.keys u ndryshua jashtë radprev (vula e tij nuk përputhet me çelësin e bazës). Riktheni vault.keys nga një kopje rezervë.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; nothing was changed.</source>
        <translation>Kopja e rikoduar nuk u verifikua; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; nothing was changed.</source>
        <translation>Kopja e rikoduar është e paplotë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
        <translation>Baza e të dhënave po përdoret ende nga një dritare tjetër; mbylleni dhe provoni përsëri. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not a folder.</source>
        <translation>Dosja e bazës së të dhënave %1 nuk është dosje.</translation>
    </message>
    <message>
        <source>The vault folder %1 does not exist and this account cannot create it.</source>
        <translation>Dosja e bazës së të dhënave %1 nuk ekziston dhe kjo llogari nuk mund ta krijojë.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to add it to the &apos;%2&apos; group (sudo adduser USER %2), then log out and in again.</source>
        <translation>Kjo llogari nuk mund të përdorë dosjen e përbashkët të bazës së të dhënave %1. Kërkojini TI-së ta shtojë në grupin &apos;%2&apos; (sudo adduser USER %2), pastaj dilni dhe hyni përsëri.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to give the workstation&apos;s users modify rights on it (the installer does).</source>
        <translation>Kjo llogari nuk mund të përdorë dosjen e përbashkët të bazës së të dhënave %1. Kërkojini TI-së t&apos;u japë përdoruesve të stacionit të punës të drejta ndryshimi mbi të (instaluesi e bën këtë).</translation>
    </message>
    <message>
        <source>This account may not read and write the vault folder %1.</source>
        <translation>Kjo llogari nuk mund të lexojë dhe të shkruajë në dosjen e bazës së të dhënave %1.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Ju lutemi prisni</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Jo i saktë</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Llogaria e çaktivizuar</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>Fjalëkalim shumë i dobët</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza e të dhënave është e dëmtuar</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>Ende nuk ka bazë të dhënash</translation>
    </message>
    <message>
        <source>Database of a newer version</source>
        <translation>Bazë të dhënash e një versioni më të ri</translation>
    </message>
    <message>
        <source>Database folder not writable</source>
        <translation>Në dosjen e bazës së të dhënave nuk mund të shkruhet</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nuk lejohet</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Ju lutemi kontrolloni të dhënat</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nuk u gjet</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Checklist template not valid</source>
        <translation>Modeli i listës së kontrollit nuk është i vlefshëm</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paketa u refuzua</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Regjistri i auditimit i këputur</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Skedari nuk mund të shkruhej</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem me bazën e të dhënave</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Kjo nuk mund të bëhet</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Gabim i papritur</translation>
    </message>
    <message>
        <source>The checklist template is not valid:</source>
        <translation>Modeli i listës së kontrollit nuk është i vlefshëm:</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
        <translation>Diçka shkoi keq ({kind}). Hapi i dështuar nuk ndryshoi asgjë.</translation>
    </message>
    <message>
        <source>This is a real vault: training records come from a training vault.</source>
        <translation>Kjo është bazë e vërtetë: kartelat e trajnimit vijnë nga një bazë trajnimi.</translation>
    </message>
    <message>
        <source>Only a trainer prints another trainee&apos;s training record.</source>
        <translation>Vetëm një trajner/e shtyp kartelën e trajnimit të një kursanti/eje tjetër.</translation>
    </message>
    <message>
        <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
        <translation>Kjo është bazë e vërtetë: ushtrimet bëhen vetëm në një bazë trajnimi (Ushtrohu në ekranin e hyrjes, ose `radprev training init`).</translation>
    </message>
    <message>
        <source>There is no such exercise.</source>
        <translation>Nuk ka ushtrim të tillë.</translation>
    </message>
    <message>
        <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
        <translation>Skenari %1 nuk është shkruar ende në gjuhën %2; është në %3.</translation>
    </message>
    <message>
        <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
        <translation>Shënoni dhe dorëzoni fillimisht vëzhgimin tuaj për këtë person të burgosur; pastaj kërkoni komente.</translation>
    </message>
    <message>
        <source>Only the trainee completes their own exercise.</source>
        <translation>Vetëm kursanti/ja e përfundon ushtrimin e vet.</translation>
    </message>
    <message>
        <source>Only a trainer sees other trainees&apos; exercises.</source>
        <translation>Vetëm një trajner/e i sheh ushtrimet e kursantëve të tjerë.</translation>
    </message>
    <message>
        <source>There is no training scenario %1. See `radprev training list`.</source>
        <translation>Nuk ka skenar trajnimi %1. Shihni `radprev training list`.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Ekrani është i kyçur.</translation>
    </message>
    <message>
        <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
        <translation>Shkronja e raportit %1 mungon në %2. Riinstaloni aplikacionin; nuk u krijua asnjë PDF.</translation>
    </message>
    <message>
        <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
        <translation>Shkronja e raportit %1 nuk mund të lexohet. Riinstaloni aplikacionin; nuk u krijua asnjë PDF.</translation>
    </message>
    <message>
        <source>%1 is not installed (PostgreSQL client tools are needed).</source>
        <translation>%1 nuk është instaluar (nevojiten mjetet klient të PostgreSQL).</translation>
    </message>
    <message>
        <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
        <translation>Kopjet rezervë e lexojnë fjalëkalimin e bazës së të dhënave nga skedari i fjalëkalimeve libpq: vendosni passfile në central.json (ose PGPASSFILE).</translation>
    </message>
    <message>
        <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
        <translation>Për këtë zyrë qendrore nuk është caktuar çelës për kopjet rezervë: emërtoni fillimisht marrësin e kopjeve rezervë (radprev central certificate --backup-recipient age1…).</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 ekziston tashmë; zgjidhni një emër të ri skedari.</translation>
    </message>
    <message>
        <source>This computer&apos;s database login does not reach every establishment, so its backup would be incomplete. Take backups through the office&apos;s own login.</source>
        <translation>Hyrja e këtij kompjuteri në bazën e të dhënave nuk i përfshin të gjitha institucionet, prandaj kopja rezervë do të ishte e paplotë. Bëni kopjet rezervë përmes hyrjes së vetë zyrës.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump dështoi: %1</translation>
    </message>
    <message>
        <source>The backup key is not an age identity.</source>
        <translation>Çelësi i kopjeve rezervë nuk është identitet age.</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore dështoi: %1</translation>
    </message>
    <message>
        <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
        <translation>Serveri e refuzoi hyrjen %1 në bazën e të dhënave %2: skedari i fjalëkalimeve %3 ka nevojë për një rresht për atë bazë (host:port:%2:%1:fjalëkalimi). Shtojeni dhe rikthejeni përsëri; asgjë nuk u rikthye.</translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
        <translation>Kopja rezervë nuk mund të dekodohet me këtë çelës (çelës i gabuar ose skedar i dëmtuar).</translation>
    </message>
    <message>
        <source>The central office holds nothing of establishment %1.</source>
        <translation>Zyra qendrore nuk ka asgjë nga institucioni %1.</translation>
    </message>
    <message>
        <source>Reports by establishment are made at the central office.</source>
        <translation>Raportet sipas institucionit bëhen në zyrën qendrore.</translation>
    </message>
    <message>
        <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
        <translation>Institucioni %1 nuk është ndër institucionet që ju janë caktuar. Nëse ju nevojitet, kërkojini administratorit një leje.</translation>
    </message>
    <message>
        <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
        <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor&apos;s words are theirs, so the PDF&apos;s marking takes them into account.</extracomment>
        <translation>I burgosuri është transferuar në një institucion tjetër: dorëzimin në lirim e bën institucioni që e liron të burgosurin.</translation>
    </message>
    <message>
        <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
        <translation>I burgosuri është në paraburgim. Dorëzimi në lirim bëhet kur i burgosuri lirohet, ose më parë, pasi të konfirmoni se i burgosuri do të lirohet së shpejti.</translation>
    </message>
    <message>
        <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
        <translation>Saktësia e kësaj dosjeje kontestohet dhe përpunimi i saj është i kufizuar: nuk bëhet dorëzim derisa një mbikëqyrës/e ta heqë kufizimin.</translation>
    </message>
    <message>
        <source>The referral to export no longer exists.</source>
        <translation>Referimi për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>a referral starts as proposed</source>
        <translation>një referim fillon si i propozuar</translation>
    </message>
    <message>
        <source>the status steps are not in an allowed order</source>
        <translation>hapat e gjendjes nuk janë në një rend të lejuar</translation>
    </message>
    <message>
        <source>the status steps are not in date order</source>
        <translation>hapat e gjendjes nuk janë në rendin e datave</translation>
    </message>
    <message>
        <source>the status is not the last step of the history</source>
        <translation>gjendja nuk është hapi i fundit i historisë</translation>
    </message>
    <message>
        <source>Files are linked at the central office.</source>
        <translation>Dosjet lidhen në zyrën qendrore.</translation>
    </message>
    <message>
        <source>Say why you decided (it is kept in the audit log).</source>
        <translation>Thoni pse vendosët (ruhet në regjistrin e auditimit).</translation>
    </message>
    <message>
        <source>These are the same file already.</source>
        <translation>Këto janë tashmë e njëjta dosje.</translation>
    </message>
    <message>
        <source>A decision about these two files exists (%1); undo it first.</source>
        <translation>Ekziston një vendim për këto dy dosje (%1); zhbëjeni më parë.</translation>
    </message>
    <message>
        <source>Say why the decision is undone.</source>
        <translation>Thoni pse zhbëhet vendimi.</translation>
    </message>
    <message>
        <source>There is no such decision in force.</source>
        <translation>Nuk ka vendim të tillë në fuqi.</translation>
    </message>
    <message>
        <source>The transfer to export no longer exists.</source>
        <translation>Transferimi për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>a transfer is recorded at the establishment the prisoner leaves</source>
        <translation>një transferim shënohet në institucionin që lë personi i burgosur</translation>
    </message>
    <message>
        <source>a transfer goes to another establishment</source>
        <translation>një transferim shkon në një institucion tjetër</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters, digits or &apos;-&apos; (e.g. PL-KRK1).</source>
        <extracomment>An establishment code as the central office enrols them (letters, digits, &apos;-&apos;). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
        <translation>Kodi i institucionit ka 1–16 shkronja, shifra ose &apos;-&apos; (p.sh. PL-KRK1).</translation>
    </message>
    <message>
        <source>A transfer is recorded on or after the day it happens, not before.</source>
        <translation>Një transferim shënohet ditën kur ndodh ose më vonë, jo më parë.</translation>
    </message>
    <message>
        <source>The transfer date is too far in the past.</source>
        <translation>Data e transferimit është shumë larg në të kaluarën.</translation>
    </message>
    <message>
        <source>The note is limited to %1 characters.</source>
        <translation>Shënimi kufizohet në %1 shenja.</translation>
    </message>
    <message>
        <source>A transfer is recorded at the prison the prisoner leaves.</source>
        <translation>Një transferim shënohet në burgun që lë personi i burgosur.</translation>
    </message>
    <message>
        <source>The prisoner is already in this establishment: name the one they go to.</source>
        <translation>Personi i burgosur është tashmë në këtë institucion: emërtoni atë ku shkon.</translation>
    </message>
    <message>
        <source>%1 is not one of the establishments the central office lists.</source>
        <translation>%1 nuk është ndër institucionet që rendit zyra qendrore.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; it cannot be transferred here.</source>
        <translation>Kjo dosje i përket një institucioni tjetër; nuk mund të transferohet nga këtu.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be transferred.</source>
        <translation>Kjo dosje u anonimizua dhe nuk mund të transferohet.</translation>
    </message>
    <message>
        <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
        <translation>Personi i burgosur nuk është në burg këtu (gjendja: %1); mund të transferohet vetëm një person i burgosur që është në burg.</translation>
    </message>
    <message>
        <source>The recipient key file is too large to be an age key.</source>
        <translation>Skedari i çelësit të marrësit është shumë i madh për të qenë çelës age.</translation>
    </message>
    <message>
        <source>The recipient key file is not text.</source>
        <translation>Skedari i çelësit të marrësit nuk është tekst.</translation>
    </message>
    <message>
        <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
        <translation>Ky është çelës sekret: kërkojini shërbimit të provës çelësin e tij publik (një rresht që fillon me age1…). Ruajeni skedarin e çelësit sekret në vend të sigurt.</translation>
    </message>
    <message>
        <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
        <translation>Skedari i çelësit të marrësit duhet të mbajë një çelës publik age (një rresht që fillon me age1…).</translation>
    </message>
    <message>
        <source>The recipient key file holds a damaged age key.</source>
        <translation>Skedari i çelësit të marrësit mban një çelës age të dëmtuar.</translation>
    </message>
    <message>
        <source>Say who the handover is for (the probation office).</source>
        <translation>Thoni për kë është dorëzimi (zyra e shërbimit të provës).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Dosja %1 nuk ekziston.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2.</source>
        <translation>Një skedar me emrin %1 është tashmë në %2.</translation>
    </message>
    <message>
        <source>The package written to %1 cannot be read back.</source>
        <translation>Paketa e shkruar në %1 nuk mund të lexohet përsëri.</translation>
    </message>
    <message>
        <source>The package written to %1 does not read back as written.</source>
        <translation>Paketa e shkruar në %1 nuk lexohet ashtu siç u shkrua.</translation>
    </message>
    <message>
        <source>This is not a release handover package.</source>
        <translation>Kjo nuk është paketë dorëzimi në lirim.</translation>
    </message>
    <message>
        <source>The handover package names no signing key.</source>
        <translation>Paketa e dorëzimit nuk emërton çelës nënshkrimi.</translation>
    </message>
    <message>
        <source>The handover package holds no readable content.</source>
        <translation>Paketa e dorëzimit nuk ka përmbajtje të lexueshme.</translation>
    </message>
    <message>
        <source>There is no such prisoner at the central office.</source>
        <extracomment>The record kinds a prisoner&apos;s file is made of, in the order they are taken in.</extracomment>
        <translation>Nuk ka person të tillë të burgosur në zyrën qendrore.</translation>
    </message>
    <message>
        <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
        <translation>Asnjë transferim i këtij personi të burgosur nuk ka arritur në zyrën qendrore: burgu që la personi i burgosur e shënon dhe e eksporton më parë.</translation>
    </message>
    <message>
        <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
        <translation>Asnjë stacion pune i %1 nuk mund ta marrë ende dosjen: secili emërton çelësin e vet të transferimit në paketat e eksportit. Kërkojuni të eksportojnë një herë (dhe regjistroni stacionin e punës), pastaj lëshoni përsëri paketën.</translation>
    </message>
    <message>
        <source>The bundle written to %1 cannot be read back.</source>
        <translation>Paketa e shkruar në %1 nuk mund të lexohet përsëri.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written.</source>
        <translation>Paketa e shkruar në %1 nuk lexohet ashtu siç u shkrua.</translation>
    </message>
    <message>
        <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
        <translation>Ky stacion pune nuk ka ende çelës transferimi, prandaj nuk mund t&apos;i drejtohet asnjë paketë transferimi: eksportoni një herë (zyra qendrore mëson çelësin), pastaj kërkoni paketën.</translation>
    </message>
    <message>
        <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment&apos;s workstations (or it is damaged). Nothing was changed.</source>
        <translation>Kjo paketë transferimi nuk i drejtohet këtij stacioni pune: u lëshua për stacionet e punës së një institucioni tjetër (ose është e dëmtuar). Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The transfer bundle does not say whom and what it is for.</source>
        <translation>Paketa e transferimit nuk thotë për kë dhe për çfarë është.</translation>
    </message>
    <message>
        <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
        <translation>Kjo paketë transferimi është për institucionin %1, jo për %2. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>The transfer bundle&apos;s transfer is malformed.</source>
        <translation>Transferimi i paketës së transferimit është i keqformuar.</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle: %2</source>
        <translation>Rreshti %1 i paketës së transferimit: %2</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
        <translation>Rreshti %1 i paketës së transferimit nuk ka të bëjë me personin e burgosur të transferuar.</translation>
    </message>
    <message>
        <source>The transfer bundle must hold the prisoner&apos;s file header once.</source>
        <translation>Paketa e transferimit duhet të mbajë një herë kokën e dosjes së personit të burgosur.</translation>
    </message>
    <message>
        <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
        <translation>Një paketë tjetër transferimi me numrin %1 nga kjo zyrë qendrore është importuar tashmë: kjo është falsifikim ose ridërgim. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>A checklist template in the bundle was refused: %1</source>
        <translation>Një model liste kontrolli në paketë u refuzua: %1</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
        <translation>Rreshti %1 i paketës së transferimit nuk mund të pranohet: %2 Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Prison number %1 is already used here for another prisoner: give the prisoner&apos;s number at this establishment. Nothing was changed.</source>
        <translation>Numri i regjistrimit %1 përdoret tashmë këtu për një person tjetër të burgosur: jepni numrin e personit të burgosur në këtë institucion. Asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>This is done at the central office.</source>
        <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
        <translation>Kjo bëhet në zyrën qendrore.</translation>
    </message>
    <message>
        <source>The central database connection must use TLS: sslmode &apos;%1&apos; is not allowed (use one of %2).</source>
        <translation>Lidhja me bazën qendrore të të dhënave duhet të përdorë TLS: sslmode &apos;%1&apos; nuk lejohet (përdorni një nga: %2).</translation>
    </message>
    <message>
        <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
        <translation>Baza qendrore e të dhënave duhet të arrihet përmes TCP me TLS (një emër hosti ose adresë, jo një dosje lokale socket-i).</translation>
    </message>
    <message>
        <source>The central database port must be a number from 1 to 65535, not %1.</source>
        <translation>Porta e bazës qendrore të të dhënave duhet të jetë një numër nga 1 deri në 65535, jo %1.</translation>
    </message>
    <message>
        <source>The central database address must start with %1</source>
        <translation>Adresa e bazës qendrore të të dhënave duhet të fillojë me %1</translation>
    </message>
    <message>
        <source>The central database address is not valid.</source>
        <translation>Adresa e bazës qendrore të të dhënave nuk është e vlefshme.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
        <translation>Mos e vendosni fjalëkalimin në adresën e bazës së të dhënave (do të përfundonte në historikun e shell-it dhe në listat e proceseve): vendoseni në një skedar fjalëkalimesh (passfile) ose shkruajeni kur t&apos;ju kërkohet.</translation>
    </message>
    <message>
        <source>The central database address needs a user, a host and a database name: %1</source>
        <translation>Adresa e bazës qendrore të të dhënave ka nevojë për një përdorues, një host dhe emrin e bazës së të dhënave: %1</translation>
    </message>
    <message>
        <source>The central database settings in %1 cannot be read.</source>
        <translation>Cilësimet e bazës qendrore të të dhënave në %1 nuk mund të lexohen.</translation>
    </message>
    <message>
        <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
        <translation>Cilësimet e bazës qendrore të të dhënave në %1 nuk janë të vlefshme (një fjalëkalim nuk duhet të jetë kurrë në to: përdorni një skedar fjalëkalimesh).</translation>
    </message>
    <message>
        <source>The central database settings in %1 lack host, dbname or user.</source>
        <translation>Cilësimeve të bazës qendrore të të dhënave në %1 u mungon host, dbname ose user.</translation>
    </message>
    <message>
        <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
        <translation>Depoja qendrore e mbylli këtë seancë: llogaria u çaktivizua ose u hoq, ose serveri i saj u ndal ose u rinis. Ajo që u ruajt më parë mbetet. Shkruani fjalëkalimin për të hyrë përsëri; sa kohë që serveri nuk punon, hyrja do ta thotë.</translation>
    </message>
    <message>
        <source>The server at %1 refused a connection without TLS.</source>
        <translation>Serveri në %1 refuzoi një lidhje pa TLS.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS; radprev never sends analysts&apos; data over an unencrypted connection.</source>
        <translation>Serveri në %1 nuk ofron TLS; radprev nuk i dërgon kurrë të dhënat e analistëve përmes një lidhjeje të pakriptuar.</translation>
    </message>
    <message>
        <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
        <translation>Serveri në %1 nuk u vërtetua me SCRAM-SHA-256 dhe lidhje kanali (channel binding); vendosni password_encryption = scram-sha-256 dhe përdorni scram-sha-256 në pg_hba.conf (rreshtat hostssl).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server&apos;s in the central database settings.</source>
        <translation>Skedari i certifikatës TLS %1 (sslrootcert) nuk mund të lexohet: jepni në cilësimet e bazës qendrore të të dhënave shtegun e certifikatës që ka nënshkruar certifikatën e serverit.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 could not be verified.</source>
        <translation>Certifikata TLS e serverit në %1 nuk mund të verifikohej.</translation>
    </message>
    <message>
        <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
        <translation>Nuk ka fjalëkalim për %1: vendoseni në skedarin e fjalëkalimeve të libpq (passfile) të emërtuar në cilësimet e bazës qendrore të të dhënave.</translation>
    </message>
    <message>
        <source>The central database refused the password for %1.</source>
        <translation>Baza qendrore e të dhënave refuzoi fjalëkalimin për %1.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2.</source>
        <translation>Serveri në %1 nuk ka bazë të dhënash me emrin %2.</translation>
    </message>
    <message>
        <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
        <translation>Baza qendrore e të dhënave në %1 nuk mund të arrihet: kontrolloni që serveri të jetë në punë dhe që hosti dhe porta të jenë të sakta.</translation>
    </message>
    <message>
        <source>Give the reason for access first: every consultation of prisoners&apos; data is recorded with its purpose.</source>
        <translation>Jepni fillimisht arsyen e qasjes: çdo shikim i të dhënave të të burgosurve shënohet me qëllimin e tij.</translation>
    </message>
    <message>
        <source>The vault has no key for search terms; run radprev doctor.</source>
        <translation>Baza e të dhënave nuk ka çelës për termat e kërkimit; ekzekutoni radprev doctor.</translation>
    </message>
    <message>
        <source>Choose the unit the prisoner is in.</source>
        <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
        <translation>Zgjidhni njësinë ku ndodhet personi i burgosur.</translation>
    </message>
    <message>
        <source>Give the period as two dates (YYYY-MM-DD).</source>
        <translation>Jepni periudhën si dy data (VVVV-MM-DD).</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person&apos;s data.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: derisa një mbikëqyrës/e ta heqë kufizimin, të vetmet raporte për të janë raporti i qasjes së subjektit të të dhënave dhe eksporti i të dhënave të personit.</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: nuk lëshohet paketë transferimi derisa institucioni ta heqë kufizimin.</translation>
    </message>
    <message>
        <source>Processing of this file is already restricted.</source>
        <translation>Përpunimi i kësaj dosjeje është tashmë i kufizuar.</translation>
    </message>
    <message>
        <source>Processing of this file is not restricted.</source>
        <translation>Përpunimi i kësaj dosjeje nuk është i kufizuar.</translation>
    </message>
    <message>
        <source>The classification must be one of: %1.</source>
        <translation>Klasifikimi duhet të jetë një nga: %1.</translation>
    </message>
    <message>
        <source>Give the reason for the new classification.</source>
        <translation>Jepni arsyen për klasifikimin e ri.</translation>
    </message>
    <message>
        <source>A draft&apos;s author chooses its classification.</source>
        <translation>Klasifikimin e një drafti e zgjedh autori i tij.</translation>
    </message>
    <message>
        <source>The text is too long (2,000 characters at most).</source>
        <translation>Teksti është shumë i gjatë (më së shumti 2.000 shenja).</translation>
    </message>
    <message>
        <source>A request concerns the prisoner&apos;s details, an observation or a checklist run.</source>
        <translation>Kërkesa ka të bëjë me të dhënat e të burgosurit, me një vëzhgim ose me një plotësim të listës së kontrollit.</translation>
    </message>
    <message>
        <source>Choose the outcome: rectified, refused or noted.</source>
        <translation>Zgjidhni rezultatin: korrigjuar, refuzuar ose shënuar.</translation>
    </message>
    <message>
        <source>Only a dispute is noted; a rectification is made or refused.</source>
        <translation>Shënohet vetëm një kundërshtim; një korrigjim ose bëhet ose refuzohet.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Jepni arsyen e vendimit.</translation>
    </message>
    <message>
        <source>Name the amended version that made the correction (2 or more).</source>
        <translation>Jepni versionin e ndryshuar që bëri korrigjimin (2 ose më shumë).</translation>
    </message>
    <message>
        <source>There is no version %1 of this record.</source>
        <translation>Nuk ka version %1 të këtij regjistrimi.</translation>
    </message>
    <message>
        <source>Version %1 of the prisoner&apos;s details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
        <translation>Versioni %1 i të dhënave të të burgosurit nuk korrigjoi numrin e burgut, emrat ose vitin e lindjes pasi u regjistrua kërkesa (mund të jetë ndryshim i njësisë, qelisë, gjendjes ose kufizimit). Jepni versionin që bëri korrigjimin.</translation>
    </message>
    <message>
        <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
        <translation>Versioni %1 i këtij regjistrimi u bë para se të regjistrohej kërkesa, prandaj nuk mund të jetë korrigjimi që kërkoi personi. Ndryshoni regjistrimin, pastaj jepni versionin që bëri ndryshimi.</translation>
    </message>
    <message>
        <source>Choose rectification or dispute.</source>
        <translation>Zgjidhni korrigjim ose kundërshtim.</translation>
    </message>
    <message>
        <source>Write what the person asks or contests.</source>
        <translation>Shkruani çfarë kërkon ose kundërshton personi.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Nuk ka kërkesë të tillë.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Për këtë kërkesë është vendosur tashmë.</translation>
    </message>
    <message>
        <source>The note to export no longer exists.</source>
        <translation>Shënimi për eksport nuk ekziston më.</translation>
    </message>
    <message>
        <source>a note&apos;s kind, outcome and object do not fit together</source>
        <translation>lloji, rezultati dhe objekti i shënimit nuk përputhen</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
        <translation>Përpunimi i kësaj dosjeje është i kufizuar: një regjistrim korrigjohet vetëm në përgjigje të një kërkese të hapur për korrigjimin e tij. Një mbikëqyrës/e së pari regjistron kërkesën ose heq kufizimin.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
        <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of &quot;damaged&quot; or a wrong password (decision 0034).</extracomment>
        <translation>Kjo bazë të dhënash u krijua nga një version më i ri i radprev (skedari i saj i çelësave vault.keys ka formatin %1; ky version lexon formate deri në %2); instaloni atë version ose një më të ri. Asgjë në bazë nuk u ndryshua.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
        <translation>Kjo bazë të dhënash u krijua nga një version më i ri i radprev (skedari i saj i çelësave vault.keys regjistron %1, që ky version nuk e njeh); instaloni atë version ose një më të ri. Asgjë në bazë nuk u ndryshua.</translation>
    </message>
    <message>
        <source>The record is malformed (a field has the wrong type or shape).</source>
        <extracomment>json.loads&apos; own decoder (no hook) and its scanner, for the audit lines.</extracomment>
        <translation>Shënimi është i dëmtuar (një fushë ka llojin ose formën e gabuar).</translation>
    </message>
    <message>
        <source>The record does not fit the vault (a constraint refused it).</source>
        <translation>Shënimi nuk i përshtatet bazës së të dhënave (e refuzoi një kufizim).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>I saw or heard it myself</source>
        <translation>E pashë ose e dëgjova vetë</translation>
    </message>
    <message>
        <source>Overheard</source>
        <translation>Dëgjuar rastësisht</translation>
    </message>
    <message>
        <source>Told by a prisoner</source>
        <translation>Thënë nga një person i burgosur</translation>
    </message>
    <message>
        <source>Told by staff</source>
        <translation>Thënë nga stafi</translation>
    </message>
    <message>
        <source>Item or document found</source>
        <translation>Send ose dokument i gjetur</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Personi i burgosur</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Vizitor/e</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Stafi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Tjetër</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>I panjohur</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>E zakonshme</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Me përparësi</translation>
    </message>
    <message>
        <source>Immediate (threat to life or imminent harm)</source>
        <translation>E menjëhershme (kërcënim për jetën ose dëm i afërt)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Skicë</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dorëzuar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Pranuar</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Kthyer</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refuzuar</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksportuar</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Në burg</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferuar</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liruar</translation>
    </message>
    <message>
        <source>Returned to the officer</source>
        <translation>Kthyer zyrtarit/es</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>Rivlerësuar</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Mbajtur</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizuar</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Fshirë</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>zyrtar/e</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>mbikëqyrës/e</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator/e</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor/e</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analist/e</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>trajner/e</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stacion pune</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>zyra qendrore</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Shënimi i vëzhgimit</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Përmbledhje për subjektin</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Përmbledhje për njësinë dhe periudhën</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Lista e kontrollit (formular letre)</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Fleta e rikuperimit të bazës së të dhënave</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Fleta e regjistrimit të stacionit të punës</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raporti i qasjes së subjektit të të dhënave</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Raporti i institucionit</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Pasqyra kombëtare</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Dorëzimi në lirim për shërbimin e provës</translation>
    </message>
    <message>
        <source>Data-protection officer&apos;s report</source>
        <translation>Raporti i zyrtarit për mbrojtjen e të dhënave</translation>
    </message>
    <message>
        <source>Review of the file</source>
        <translation>Rishikimi i dosjes</translation>
    </message>
    <message>
        <source>New information to record</source>
        <translation>Informacion i ri për t&apos;u shënuar</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Mbikëqyrja</translation>
    </message>
    <message>
        <source>Request of the data subject</source>
        <translation>Kërkesa e subjektit të të dhënave</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>Tjetër (shpjegoni)</translation>
    </message>
    <message>
        <source>Own work queue</source>
        <translation>Radha e vet e punës</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED (&quot;accepted&quot;) would be one key of one dict.</extracomment>
        <translation>I propozuar</translation>
    </message>
    <message>
        <source>Accepted by the programme</source>
        <translation>Pranuar nga programi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refuzuar</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Filluar</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Përfunduar</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Përfunduar herët</translation>
    </message>
    <message>
        <source>Disengagement programme</source>
        <extracomment>The six kinds of programme (core/services/referrals.py) until a country&apos;s own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
        <translation>Program shkëputjeje nga dhuna</translation>
    </message>
    <message>
        <source>Rehabilitation programme</source>
        <translation>Program rehabilitimi</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorim</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Arsim</translation>
    </message>
    <message>
        <source>Mental-health support</source>
        <translation>Mbështetje për shëndetin mendor</translation>
    </message>
    <message>
        <source>Religious counselling (chaplaincy)</source>
        <translation>Këshillim fetar (kapelania)</translation>
    </message>
    <message>
        <source>Immediate</source>
        <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
        <translation>E menjëhershme</translation>
    </message>
    <message>
        <source>Routine: for the next review.</source>
        <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
        <translation>E zakonshme: për rishikimin e ardhshëm.</translation>
    </message>
    <message>
        <source>Priority: a supervisor should see it soon.</source>
        <translation>Me përparësi: një mbikëqyrës/e duhet ta shohë së shpejti.</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
        <translation>E menjëhershme: kërcënim për jetën ose dëm i afërt; njoftuar menjëherë personalisht ose me telefon.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings&apos; keys).</extracomment>
        <translation>Çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Vlerësimi i zyrtarit/es</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Shpjegime të tjera të shqyrtuara</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Vendi</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Detyra juaj në atë kohë</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Veprimi i ndërmarrë ose i rekomanduar</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Shpjegimi i vetë personit të burgosur</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Personat e përfshirë</translation>
    </message>
    <message>
        <source>Evidence for the items ticked</source>
        <translation>Dëshmitë për pikat e shënuara</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Faktorët mbrojtës të vërejtur</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Kushtet e trajtimit</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Shënime për kontekstin dhe cenueshmërinë</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Përmbledhja</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Arsyeja e korrigjimit</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <extracomment>A checklist item&apos;s evidence field (&quot;answers.&lt;code&gt;&quot;).</extracomment>
        <translation>Prova për %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ose %2</translation>
    </message>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <translation>3x5x2 (burimi 1–3, informacioni A–E, trajtimi P/C)</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>I besueshëm</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>I paprovuar</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>Jo i besueshëm</translation>
    </message>
    <message>
        <source>Known directly to the source</source>
        <translation>E njohur drejtpërdrejt nga burimi</translation>
    </message>
    <message>
        <source>Known indirectly, corroborated</source>
        <translation>E njohur tërthorazi, e vërtetuar</translation>
    </message>
    <message>
        <source>Known indirectly</source>
        <translation>E njohur tërthorazi</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>E panjohur</translation>
    </message>
    <message>
        <source>Suspected to be false or malicious</source>
        <translation>Dyshohet si e rreme ose keqdashëse</translation>
    </message>
    <message>
        <source>Lawful sharing permitted</source>
        <translation>Lejohet ndarja e ligjshme</translation>
    </message>
    <message>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Lejohet ndarja e ligjshme me kushte</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralty 6x6 (burimi A–F, informacioni 1–6)</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Plotësisht i besueshëm</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Zakonisht i besueshëm</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Mjaft i besueshëm</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Zakonisht jo i besueshëm</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Jo i besueshëm</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Besueshmëria nuk mund të gjykohet</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>E konfirmuar nga burime të tjera</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Ndoshta e vërtetë</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Mundësisht e vërtetë</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>E dyshimtë</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>E pagjasë</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Vërtetësia nuk mund të gjykohet</translation>
    </message>
    <message>
        <source>training</source>
        <translation>trajnim</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The interrupted removal of %1 was finished.</source>
        <translation>Heqja e ndërprerë e %1 u përfundua.</translation>
    </message>
    <message>
        <source>The interrupted disabling of %1 was finished.</source>
        <translation>Çaktivizimi i ndërprerë i %1 u përfundua.</translation>
    </message>
    <message>
        <source>%1 backup(s) under an older vault key were deleted.</source>
        <translation>U fshinë kopjet rezervë nën një çelës më të vjetër të bazës së të dhënave: %1.</translation>
    </message>
    <message>
        <source>An interrupted key change could not be finished yet: %1</source>
        <translation>Një ndërrim i ndërprerë çelësi nuk mund të përfundohej ende: %1</translation>
    </message>
    <message>
        <source>Reference bundle %1 was already imported; nothing changed.</source>
        <translation>Paketa referencë %1 është importuar tashmë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
        <translation>Paketa referencë %1 u importua: %2 modele, cilësime të ndryshuara: %3, lista kodesh: %4.</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
        <translation>%1: paketa %3 e stacionit të punës %2 është importuar tashmë; asgjë nuk ndryshoi (ridërgim ose dublikatë).</translation>
    </message>
    <message>
        <source>IMPORT FAILED: %1</source>
        <translation>IMPORTI DËSHTOI: %1</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
        <translation>%1: paketa %3 e stacionit të punës %2 u importua: %4 të reja, %5 të njohura tashmë, %6 konflikte, %7 në karantinë, %8 regjistrime auditimi.</translation>
    </message>
    <message>
        <source>%1 of the quarantined records touch another establishment&apos;s files and were refused (a workstation may send its own establishment&apos;s records only).</source>
        <translation>%1 nga shënimet në karantinë prekin dosje të një institucioni tjetër dhe u refuzuan (një stacion pune mund të dërgojë vetëm shënimet e institucionit të vet).</translation>
    </message>
    <message>
        <source>It arrived after a later package (filled a gap).</source>
        <translation>Erdhi pas një pakete më të vonë (plotësoi një boshllëk).</translation>
    </message>
    <message>
        <source>Still missing from this workstation: %1.</source>
        <translation>Ende mungojnë nga ky stacion pune: %1.</translation>
    </message>
    <message>
        <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
        <translation>Regjistri i tij i auditimit bie ndesh me regjistrimet që kjo zyrë ka tashmë për stacionin e punës: regjistrimet kontradiktore mbahen në karantinë; pyesni institucionin dhe zyrtarin/en për mbrojtjen e të dhënave (sync verify-audit).</translation>
    </message>
    <message>
        <source>  quarantined line %1 (%2 %3): %4</source>
        <translation>  rreshti në karantinë %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>Receipt %1 was already imported; nothing changed.</source>
        <translation>Konfirmimi %1 është importuar tashmë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
        <translation>Konfirmimi %1: %2 paketa të konfirmuara rishtazi si të dorëzuara.</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
        <translation>Ende të pakonfirmuara: %1 (ridërgojini me Eksporto → ridërgo nëse janë vonuar).</translation>
    </message>
    <message>
        <source>Every package written has been confirmed.</source>
        <translation>Çdo paketë e shkruar është konfirmuar.</translation>
    </message>
    <message>
        <source>The central office holds different content for packages %1: tell the central office.</source>
        <translation>Zyra qendrore ka përmbajtje tjetër për paketat %1: njoftoni zyrën qendrore.</translation>
    </message>
    <message>
        <source>Transfer bundle %1 was already imported; nothing changed.</source>
        <translation>Paketa e transferimit %1 është importuar tashmë; asgjë nuk ndryshoi.</translation>
    </message>
    <message>
        <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
        <translation>Paketa e transferimit %1: dosja e personit të burgosur %2 erdhi nga %3 (%4); shënimet e mëparshme mbeten vetëm për lexim, shënimet e reja vazhdojnë të njëjtën dosje.</translation>
    </message>
    <message>
        <source>%1 records differ from what this vault holds under the same id and version: this vault&apos;s copy was kept.</source>
        <translation>Shënime që ndryshojnë nga ato që mban kjo bazë të dhënash me të njëjtin identifikues dhe version: %1; u mbajt kopja e kësaj baze.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Version</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Emri</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Rishikimi deri më</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vëzhgimet</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgjenca</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>Establishment</source>
        <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons&apos; records (the page hides the column on a workstation&apos;s vault).</extracomment>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Shënuar në</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Treguesit</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikimi</translation>
    </message>
    <message>
        <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
        <translation>Gjatë vulosjes, zyrtarit/es iu kërkua nëse këto fjalë për fenë, etninë ose politikën ishin të nevojshme dhe i mbajti: {words}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The prisoner&apos;s details have not been changed since the file was opened.</source>
        <translation>Të dhënat e personit të burgosur nuk kanë ndryshuar që nga hapja e dosjes.</translation>
    </message>
    <message>
        <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
        <translation>Informacion për personin (Direktiva (BE) 2016/680, neni 14)</translation>
    </message>
    <message>
        <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
        <translation>Kjo dosje duhet rishikuar më %1. Në çdo rishikim mbikëqyrësi vendos nëse ajo nevojitet ende; një dosje që nuk nevojitet më anonimizohet ose fshihet.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrolluesi</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Qëllimi</translation>
    </message>
    <message>
        <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
        <translation>Një regjistër i asaj që nëpunësit panë dhe dëgjuan, i mbajtur për të parandaluar radikalizimin e dhunshëm në burg dhe për sigurinë e të burgosurve dhe të stafit. Nuk është vlerësim rreziku dhe programi nuk merr asnjë vendim për askënd.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Baza ligjore</translation>
    </message>
    <message>
        <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
        <translation>Detyrat e shërbimit të burgjeve sipas ligjit kombëtar: parandalimi i veprave penale dhe ekzekutimi i dënimeve penale (Direktiva (BE) 2016/680, neni 8).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Ruajtja</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Marrësit</translation>
    </message>
    <message>
        <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
        <translation>Nëpunësit dhe mbikëqyrësit e institucionit dhe zyra qendrore e shërbimit të burgjeve (me paketë USB të enkriptuar). Çdo zbulim tjetër renditet më poshtë.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Të drejtat tuaja</translation>
    </message>
    <message>
        <source>You may ask the establishment&apos;s data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
        <translation>Mund t&apos;i kërkoni nëpunësit për mbrojtjen e të dhënave të institucionit të korrigjojë ose fshijë të dhënat tuaja ose të kufizojë përpunimin e tyre. Keni të drejtë të paraqisni ankesë në autoritetin kombëtar mbikëqyrës për mbrojtjen e të dhënave.</translation>
    </message>
    <message>
        <source>Disclosures: where this data was sent</source>
        <translation>Zbulimet: ku janë dërguar këto të dhëna</translation>
    </message>
    <message>
        <source>No disclosure of this file is recorded.</source>
        <translation>Nuk është regjistruar asnjë zbulim i kësaj dosjeje.</translation>
    </message>
    <message>
        <source>USB package %1 to the central office (%2 records)</source>
        <translation>Paketa USB %1 për zyrën qendrore (regjistrime: %2)</translation>
    </message>
    <message>
        <source>Release handover to %1</source>
        <translation>Dorëzim në lirim: %1</translation>
    </message>
    <message>
        <source>Transfer to establishment %1</source>
        <translation>Transferim në institucionin %1</translation>
    </message>
    <message>
        <source>Transfer bundle to establishment %1</source>
        <translation>Paketë transferimi për institucionin %1</translation>
    </message>
    <message>
        <source>Report given to %1</source>
        <translation>Raport i dhënë: %1</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data (JSON and PDF) given to %1</source>
        <translation>Kopje e të dhënave të personit (JSON dhe PDF) e dhënë: %1</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or &quot;other&quot; with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
        <translation>Kur</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Zbulimi</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Regjistri i redaktimeve</translation>
    </message>
    <message>
        <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
        <translation>Çfarë u fsheh nga ky raport për të mbrojtur persona të tjerë, dhe ku. Fjalët e fshehura nuk shfaqen.</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Asgjë nuk u fsheh.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Herë</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>Values before the change</source>
        <translation>Vlerat para ndryshimit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Arsyeja</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>Historia e vlerësimit</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propozuar</translation>
    </message>
    <message>
        <source>re-graded</source>
        <translation>rivlerësuar</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Ver.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Lloji</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Vlerësimi</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction</source>
        <translation>Korrigjime, kundërshtime dhe kufizim</translation>
    </message>
    <message>
        <source>No rectification, dispute or restriction is recorded.</source>
        <translation>Nuk është regjistruar asnjë korrigjim, kundërshtim ose kufizim.</translation>
    </message>
    <message>
        <source>What was asked, or why</source>
        <translation>Çfarë u kërkua, ose pse</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Përdoruesi</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Veprimi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Marrësi</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raporti i qasjes së subjektit të të dhënave</translation>
    </message>
    <message>
        <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
        <translation>Gjithçka që kjo bazë të dhënash ka për personin e emërtuar më poshtë, përfshirë historinë e ndryshimeve dhe kush e ka konsultuar ose zbuluar dosjen. Identiteti i një burimi të kufizuar mbahet i fshehtë për të mbrojtur një palë të tretë.</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Personi i burgosur</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Dosja u hap</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ndryshuar së fundi</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizuar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>po</translation>
    </message>
    <message>
        <source>no</source>
        <translation>jo</translation>
    </message>
    <message>
        <source>Changes to the prisoner&apos;s details</source>
        <translation>Ndryshimet e të dhënave të personit të burgosur</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>Vëzhgimet (%1)</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this prisoner.</source>
        <translation>Asgjë nuk është shënuar për këtë person të burgosur.</translation>
    </message>
    <message>
        <source>Observation %1 of %2</source>
        <translation>Vëzhgimi %1 nga %2</translation>
    </message>
    <message>
        <source>Earlier version %1 (replaced)</source>
        <translation>Versioni i mëparshëm %1 (i zëvendësuar)</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Plotësimet e listave të kontrollit</translation>
    </message>
    <message>
        <source>Audit trail: who consulted or disclosed this file</source>
        <translation>Gjurma e auditimit: kush e ka konsultuar ose zbuluar këtë dosje</translation>
    </message>
    <message>
        <source>%1 entries, oldest first, including this report.</source>
        <translation>%1 regjistrime, më të vjetrat të parat, përfshirë këtë raport.</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Lista e kontrollit (formular letre)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modeli</translation>
    </message>
    <message>
        <source>Prisoner (name, prison number)</source>
        <translation>Personi i burgosur (emri, numri i regjistrimit)</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Njësia / qelia</translation>
    </message>
    <message>
        <source>Completed by (name, staff code)</source>
        <translation>Plotësuar nga (emri, kodi i stafit)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
        <translation>Shënoni „i vërejtur” vetëm me një shembull konkret me datë të shkruar në rreshta. Përshkruani sjelljen, kurrë fenë, etninë ose kombësinë si të tilla.</translation>
    </message>
    <message>
        <source>Not indicators — do not record these as signs</source>
        <translation>Jo tregues — mos i shënoni këto si shenja</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>i vërejtur</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>i pavërejtur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>i panjohur</translation>
    </message>
    <message>
        <source>Recorded for support, not as signs of risk.</source>
        <translation>Shënuar për mbështetje, jo si shenja rreziku.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Faktorët mbrojtës</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Shpjegime të tjera të mundshme</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Shënime për kontekstin dhe cenueshmërinë</translation>
    </message>
    <message>
        <source>Summary by the officer</source>
        <translation>Përmbledhja nga zyrtari/ja</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Rishikimi i ardhshëm deri më</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Nënshkrimi</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numri i regjistrimit</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Viti i lindjes</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Institucioni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Gjendja</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Rishikimi i dosjes deri më</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Identifikuesi i subjektit</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Kufizimi</translation>
    </message>
    <message>
        <source>Accuracy disputed: processing restricted.</source>
        <translation>Saktësia kontestohet: përpunimi është i kufizuar.</translation>
    </message>
    <message>
        <source>Proposed by the officer: %1</source>
        <translation>Propozuar nga zyrtari/ja: %1</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>Identifikuesi i vëzhgimit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ku</translation>
    </message>
    <message>
        <source>Officer&apos;s duty</source>
        <translation>Detyra e zyrtarit/es</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Shënuar</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgjenca</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klasifikimi</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Si u mor</translation>
    </message>
    <message>
        <source>Source identity</source>
        <translation>Identiteti i burimit</translation>
    </message>
    <message>
        <source>Restricted — never printed.</source>
        <translation>E kufizuar — nuk shtypet kurrë.</translation>
    </message>
    <message>
        <source>Grading (source / information / handling)</source>
        <translation>Vlerësimi (burimi / informacioni / trajtimi)</translation>
    </message>
    <message>
        <source>Reason for this correction</source>
        <translation>Arsyeja e këtij korrigjimi</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Çfarë u pa ose u dëgjua (faktet)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Asgjë e shënuar.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (interpretation, kept apart from the facts)</source>
        <translation>Vlerësimi i zyrtarit/es (interpretim, i mbajtur veçmas nga faktet)</translation>
    </message>
    <message>
        <source>No assessment given.</source>
        <translation>Nuk u dha vlerësim.</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Persona të tjerë të përfshirë</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Përshkrimi</translation>
    </message>
    <message>
        <source>Indicators recorded, each with its evidence</source>
        <translation>Treguesit e shënuar, secili me provën e vet</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodi</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prova</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Faktorët mbrojtës të vërejtur</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Asnjë i shënuar.</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Veprimi i ndërmarrë ose i rekomanduar</translation>
    </message>
    <message>
        <source>The prisoner&apos;s own account</source>
        <translation>Shpjegimi i vetë personit të burgosur</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Rishikimet</translation>
    </message>
    <message>
        <source>Versions of this record</source>
        <translation>Versionet e këtij shënimi</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Rishikuesi/ja</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Vendimi</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Vlerësimi i ri</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komenti</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>versioni i parë</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Arsyeja e korrigjimit</translation>
    </message>
    <message>
        <source>Legend: grading codes and urgency</source>
        <translation>Legjenda: kodet e vlerësimit dhe urgjenca</translation>
    </message>
    <message>
        <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
        <translation>Çdo vëzhgim vlerësohet në boshte të veçanta, të cilat nuk bashkohen kurrë në një pikë: sa i besueshëm është burimi, si njihet informacioni dhe si mund të ndahet.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Burimi</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacioni</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Trajtimi</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Shkalla %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Boshti</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Kuptimi</translation>
    </message>
    <message>
        <source>No checklist has been completed for this prisoner.</source>
        <translation>Asnjë listë kontrolli nuk është plotësuar për këtë person të burgosur.</translation>
    </message>
    <message>
        <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
        <translation>Numri i përgjigjeve për çdo fushë, të treguara krah për krah. Nuk mblidhen dhe nuk janë pikë as nivel rreziku.</translation>
    </message>
    <message>
        <source>%1 (v%2), completed %3 by %4</source>
        <translation>%1 (v%2), përfunduar më %3 nga %4</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Fusha</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>I vërejtur</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>I pavërejtur</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>I panjohur</translation>
    </message>
    <message>
        <source>Items observed, with the dated example</source>
        <translation>Pikat e vërejtura, me shembullin me datë</translation>
    </message>
    <message>
        <source>Support and vulnerability (for support, not a sign of risk)</source>
        <translation>Mbështetje dhe cenueshmëri (për mbështetje, jo shenjë rreziku)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pika</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Shembulli</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Asnjë e vërejtur</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>Asnjë e identifikuar</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support)</source>
        <translation>Konteksti dhe cenueshmëria (për mbështetje)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Fleta e regjistrimit të stacionit të punës</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mënyra</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>Identifikuesi i stacionit të punës</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identifikuesi i bazës së të dhënave</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Baza e të dhënave u krijua</translation>
    </message>
    <message>
        <source>Signing key of this vault (Ed25519)</source>
        <translation>Çelësi i nënshkrimit të kësaj baze të dhënash (Ed25519)</translation>
    </message>
    <message>
        <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
        <translation>Zyra qendrore e krahason këtë shenjë gishti me atë që shfaqet kur importohet paketa e parë nga ky stacion pune.</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certifikata e zyrës qendrore</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
        <translation>Krahasojeni këtë shenjë gishti me atë që jep zyra qendrore para se të besoni certifikatën e saj (radprev central trust FILE --fingerprint HEX).</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet.</source>
        <translation>Ende nuk besohet asnjë certifikatë e zyrës qendrore.</translation>
    </message>
    <message>
        <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
        <translation>Shenja e gishtit është kodi i kontrollit që radprev tregon në faqen e tij Sinkronizimi: grupe me nga katër shkronja dhe shifra që identifikojnë një çelës pa e zbuluar atë.</translation>
    </message>
    <message>
        <source>How to confirm</source>
        <translation>Si të konfirmohet</translation>
    </message>
    <message>
        <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
        <translation>1. Lexoni shenjat e gishtit me zë në grupe me nga katër, ose krahasojini krah për krah.</translation>
    </message>
    <message>
        <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
        <translation>2. Çdo grup duhet të përputhet. Nëse njëri ndryshon, ndaluni: mos e importoni dhe mos e besoni çelësin.</translation>
    </message>
    <message>
        <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
        <translation>3. Të dy administratorët nënshkruajnë më poshtë; ruajeni fletën me dokumentet e regjistrimit.</translation>
    </message>
    <message>
        <source>Workstation administrator</source>
        <translation>Administratori/ja i/e stacionit të punës</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Zyra qendrore</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
        <translation>Shënim vëzhgimi — jo vlerësim rreziku. Vlerësimi i specializuar bëhet vetëm nga stafi i trajnuar.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL RECORD</source>
        <translation>TRAJNIM — NUK ËSHTË SHËNIM I VËRTETË</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Faqja %1 nga %2</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>Shtypur nga %1 më %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokumenti %1</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Burimi %1: %2</translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <translation>Informacioni %1: %2</translation>
    </message>
    <message>
        <source>Handling %1: %2</source>
        <translation>Trajtimi %1: %2</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Kushtet: %1</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Shënimi i vëzhgimit</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vëzhgimi</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Fleta e rikuperimit të bazës së të dhënave</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kodi i rikuperimit</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Udhëzime</translation>
    </message>
    <message>
        <source>1. Keep this sheet sealed in an envelope in the establishment&apos;s safe.</source>
        <translation>1. Ruajeni këtë fletë të mbyllur në zarf në kasafortën e institucionit.</translation>
    </message>
    <message>
        <source>2. Do not copy, photograph or type this code anywhere else.</source>
        <translation>2. Mos e kopjoni, fotografoni ose shkruani këtë kod askund tjetër.</translation>
    </message>
    <message>
        <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
        <translation>3. Me këtë kod një administrator mund të vendosë një fjalëkalim të ri kur janë humbur të gjitha fjalëkalimet e administratorëve: radprev recover USER.</translation>
    </message>
    <message>
        <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
        <translation>4. Kushdo që ka këtë kod dhe skedarët e bazës së të dhënave mund të lexojë gjithë bazën. Nëse fleta humbet ose e sheh dikush tjetër, njoftoni njësinë e sigurisë dhe jepini bazës së të dhënave një çelës të ri (radprev rekey).</translation>
    </message>
    <message>
        <source>5. Destroy this sheet by shredding when it is replaced.</source>
        <translation>5. Shkatërrojeni këtë fletë me grirëse kur të zëvendësohet.</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Vulosur nga</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Dëshmitari/ja</translation>
    </message>
    <message>
        <source>Envelope number</source>
        <translation>Numri i zarfit</translation>
    </message>
    <message>
        <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
        <translation>Kodi i shkruar nga letra: vetëm shkronja dhe shifra; shkronjat e mëdha/të vogla dhe vizat nuk kanë rëndësi.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Faktet</translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <comment>, </comment>
        <translation>I/e njohur si: %1</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nuk është shënuar asnjë transferim.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nga</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Te</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Shënuar nga</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Shënim</translation>
    </message>
    <message>
        <source>No referral to a programme recorded.</source>
        <translation>Nuk është shënuar asnjë referim në program.</translation>
    </message>
    <message>
        <source>Reason (facts)</source>
        <translation>Arsyeja (faktet)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vlerësimi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultati</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programi</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Hapat</translation>
    </message>
    <message>
        <source>Reason and outcome</source>
        <translation>Arsyeja dhe rezultati</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Treguesit</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Veprimi i ndërmarrë</translation>
    </message>
    <message>
        <source>(officer: %1)</source>
        <translation>(zyrtari/ja: %1)</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>Kur / ku</translation>
    </message>
    <message>
        <source>Urgency / status</source>
        <translation>Urgjenca / gjendja</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Vlerësimi i besueshmërisë</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Shënimi</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Nuk është shënuar asnjë rishikim.</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Vëzhguar më</translation>
    </message>
    <message>
        <source>Prisoner&apos;s details</source>
        <translation>Të dhënat e personit të burgosur</translation>
    </message>
    <message>
        <source>Observation of %1, version %2</source>
        <translation>Vëzhgimi i %1, versioni %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigjuar</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Nuk është shënuar asnjë korrigjim.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Çfarë</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ndryshuar</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Përmbledhje për subjektin</translation>
    </message>
    <message>
        <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
        <translation>Shtypur bashkë me %1 dosje të tjera që një analist/e vendosi se janë i njëjti person.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Pasqyra</translation>
    </message>
    <message>
        <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
        <translation>%1 vëzhgime të shënuara (të zakonshme %2, me përparësi %3, të menjëhershme %4); %5 plotësime listash kontrolli.</translation>
    </message>
    <message>
        <source>First observation %1, latest %2.</source>
        <translation>Vëzhgimi i parë %1, i fundit %2.</translation>
    </message>
    <message>
        <source>Timeline of observations</source>
        <translation>Kronologjia e vëzhgimeve</translation>
    </message>
    <message>
        <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner&apos;s file shows them with their state.</source>
        <translation>Raportet e kthyera autorit ose të refuzuara nga eprori (%1) nuk shtypen as numërohen këtu; dosja e të burgosurit i tregon me gjendjen e tyre.</translation>
    </message>
    <message>
        <source>Checklist results by domain</source>
        <translation>Rezultatet e listave të kontrollit sipas fushës</translation>
    </message>
    <message>
        <source>Transfers between establishments</source>
        <translation>Transferimet ndërmjet institucioneve</translation>
    </message>
    <message>
        <source>Reviews and re-grades</source>
        <translation>Rishikimet dhe rivlerësimet</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>Historia e korrigjimeve</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Përmbledhje për njësinë dhe periudhën</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Të gjitha njësitë</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Njësia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periudha</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Modeli i listës së kontrollit</translation>
    </message>
    <message>
        <source>Observations by urgency</source>
        <translation>Vëzhgimet sipas urgjencës</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vëzhgimet</translation>
    </message>
    <message>
        <source>No observation in the period cites an indicator.</source>
        <translation>Asnjë vëzhgim në periudhë nuk përmend tregues.</translation>
    </message>
    <message>
        <source>No workstation is enrolled.</source>
        <translation>Asnjë stacion pune nuk është regjistruar.</translation>
    </message>
    <message>
        <source>export overdue</source>
        <translation>eksporti i vonuar</translation>
    </message>
    <message>
        <source>missing %1</source>
        <comment>, </comment>
        <translation>mungojnë %1</translation>
    </message>
    <message>
        <source>receipt overdue</source>
        <translation>konfirmimi i vonuar</translation>
    </message>
    <message>
        <source>%1 in quarantine</source>
        <translation>në karantinë: %1</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>konflikte: %1</translation>
    </message>
    <message>
        <source>failed imports %1</source>
        <comment>, </comment>
        <translation>importe të dështuara: %1</translation>
    </message>
    <message>
        <source>cannot receive transfers yet</source>
        <translation>ende nuk mund të marrë transferime</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>në rregull</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stacioni i punës</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Paketa e fundit</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Bërë</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Në pritje të konfirmimit</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kërkon vëmendje</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Raporti i institucionit</translation>
    </message>
    <message>
        <source>Observations counted</source>
        <translation>Vëzhgime të numëruara</translation>
    </message>
    <message>
        <source>Files held</source>
        <translation>Dosje të mbajtura</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
        <translation>Vëzhgimet numërohen aty ku janë shënuar, sipas ditës së ngjarjes; raportet e kthyera dhe të refuzuara nuk numërohen.</translation>
    </message>
    <message>
        <source>Observations by indicator domain</source>
        <translation>Vëzhgimet sipas fushës së treguesve</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Referimet në programe</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now.</source>
        <translation>Referimet e bëra në periudhë, sipas vendit ku është secili tani.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referimet</translation>
    </message>
    <message>
        <source>Transfers and files</source>
        <translation>Transferimet dhe dosjet</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Numri</translation>
    </message>
    <message>
        <source>Prisoners transferred in</source>
        <translation>Të burgosur të transferuar këtu</translation>
    </message>
    <message>
        <source>Prisoners transferred out</source>
        <translation>Të burgosur të transferuar jashtë</translation>
    </message>
    <message>
        <source>New files opened</source>
        <translation>Dosje të reja të hapura</translation>
    </message>
    <message>
        <source>Files due for review on or before %1</source>
        <translation>Dosje për rishikim deri më %1</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Stacionet e punës</translation>
    </message>
    <message>
        <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
        <translation>Një vëzhgim që përmend tregues të disa fushave numërohet në secilën. Numrat tregohen krah për krah dhe nuk janë pikë.</translation>
    </message>
    <message>
        <source>Observations citing each domain (all urgencies)</source>
        <translation>Vëzhgimet që përmendin secilën fushë (të gjitha urgjencat)</translation>
    </message>
    <message>
        <source>Immediate items</source>
        <translation>Pikat e menjëhershme</translation>
    </message>
    <message>
        <source>Facts (beginning)</source>
        <translation>Faktet (fillimi)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Renditen %1 të parat nga %2.</translation>
    </message>
    <message>
        <source>Your units: %1</source>
        <comment>, </comment>
        <translation>Njësitë tuaja: %1</translation>
    </message>
    <message>
        <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner&apos;s file shows them with their state.</source>
        <translation>Draftet dhe raportet e kthyera autorit ose të refuzuara nga eprori nuk numërohen: dosja e të burgosurit i tregon me gjendjen e tyre.</translation>
    </message>
    <message>
        <source>No immediate items in this period.</source>
        <translation>Asnjë pikë e menjëhershme në këtë periudhë.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
        <translation>Referimet e bëra në periudhë, sipas vendit ku është secili tani (vetëm numra, kurrë pikë).</translation>
    </message>
    <message>
        <source>New subject files</source>
        <translation>Dosje të reja subjektesh</translation>
    </message>
    <message>
        <source>Subject files opened in the period: %1.</source>
        <translation>Dosje subjektesh të hapura gjatë periudhës: %1.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Hapur</translation>
    </message>
    <message>
        <source>Overdue file reviews</source>
        <translation>Rishikime të vonuara të dosjeve</translation>
    </message>
    <message>
        <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
        <translation>Dosje subjektesh me rishikim deri më %1: %2. Për secilën, një mbikëqyrës/e vendos: mbaj (me arsye), anonimizo ose fshij.</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Rishikimi deri më</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Vëzhgimi model</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Gabimet e zakonshme</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Asnjë gabim deri tani.</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Gabimi</translation>
    </message>
    <message>
        <source>times</source>
        <translation>herë</translation>
    </message>
    <message>
        <source>in scenarios</source>
        <translation>në skenarët</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>e papërfunduar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>asnjë</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Filluar</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Pikat e shënuara</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>Si njihet</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Komente</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Kartela e trajnimit</translation>
    </message>
    <message>
        <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee&apos;s exercises are described.</source>
        <translation>Regjistër i praktikës mbi skenarë të trilluar në një bazë trajnimi. Nuk thotë asgjë për asnjë person të vërtetë dhe asnjë i burgosur nuk vlerësohet: përshkruhen vetëm ushtrimet e kursantit/es.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Kursanti/ja</translation>
    </message>
    <message>
        <source>Exercises started</source>
        <translation>Ushtrime të filluara</translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation>Ushtrime të përfunduara</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ushtrimet</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Skenari</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Gjuha</translation>
    </message>
    <message>
        <source>What the trainee recorded</source>
        <translation>Çfarë regjistroi kursanti/ja</translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation>Ende asnjë ushtrim.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A word quoted from the trainee&apos;s answer, in the language&apos;s quotation marks („%1“, „%1”…).</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Your facts say what was seen and heard, without words of opinion.</source>
        <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
        <translation>Faktet tuaja thonë çfarë u pa dhe u dëgjua, pa fjalë mendimi.</translation>
    </message>
    <message>
        <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
        <translation>Faktet tuaja përmbajnë fjalë mendimi: %1. Faktet thonë çfarë u pa ose u dëgjua; mendimet vendosini te vlerësimi dhe fjalët e njerëzve citojini në thonjëza.</translation>
    </message>
    <message>
        <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
        <translation>E emërtuat personin që jua tha (%1) jashtë fushës së kufizuar të burimit. Siguria e tij ose e saj varet nga kjo: emërtojeni vetëm në fushën e identitetit të burimit, e cila nuk shtypet kurrë.</translation>
    </message>
    <message>
        <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
        <translation>Faktet tuaja përmendin %1. A është e nevojshme kjo për të përshkruar sjelljen?</translation>
    </message>
    <message>
        <source>You ticked %1 (%2): right.</source>
        <translation>Shënuat %1 (%2): e saktë.</translation>
    </message>
    <message>
        <source>You did not tick %1 (%2), which the facts support.</source>
        <translation>Nuk shënuat %1 (%2), të cilën faktet e mbështesin.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
        <translation>Shënuat %1 (%2). Këtu kjo është çështje gjykimi: as shënimi, as lënia pa shënuar nuk është gabim.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2), which the facts do not support.</source>
        <translation>Shënuat %1 (%2), të cilën faktet nuk e mbështesin.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
        <translation>Shënuat %1 (%2) mbi bazën e diçkaje që nuk është kurrë tregues: %3.</translation>
    </message>
    <message>
        <source>You ticked no item: right, nothing in these facts is an indicator.</source>
        <translation>Nuk shënuat asnjë pikë: e saktë, asgjë në këto fakte nuk është tregues.</translation>
    </message>
    <message>
        <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
        <translation>Prova për %1 përmban fjalë mendimi: %2. Prova është një shembull konkret me datë i asaj që u pa ose u dëgjua.</translation>
    </message>
    <message>
        <source>Urgency: %1. Right.</source>
        <translation>Urgjenca: %1. E saktë.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; this needs %2.</source>
        <translation>Zgjodhët urgjencën %1; kjo kërkon %2.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; %2 is enough here.</source>
        <translation>Zgjodhët urgjencën %1; këtu mjafton %2.</translation>
    </message>
    <message>
        <source>You recorded how you know it as “%1”; here it is “%2”.</source>
        <translation>Shënuat si e dini si „%1”; këtu është „%2”.</translation>
    </message>
    <message>
        <source>Grading: source %1, information %2. Right.</source>
        <translation>Vlerësimi: burimi %1, informacioni %2. E saktë.</translation>
    </message>
    <message>
        <source>You graded the source %1; here it should be %2.</source>
        <translation>E vlerësuat burimin %1; këtu duhet të jetë %2.</translation>
    </message>
    <message>
        <source>You graded the information %1; here it should be %2.</source>
        <translation>E vlerësuat informacionin %1; këtu duhet të jetë %2.</translation>
    </message>
    <message>
        <source>This vault grades with another scale (%1); your grading was not compared.</source>
        <translation>Kjo bazë të dhënash vlerëson me një shkallë tjetër (%1); vlerësimi juaj nuk u krahasua.</translation>
    </message>
    <message>
        <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
        <translation>Dikush jua tha këtë: shënoni kush, në fushën e kufizuar të identitetit të burimit (nuk shtypet kurrë), që njësia e sigurisë të mund ta gjykojë burimin.</translation>
    </message>
    <message>
        <source>Your assessment weighs other possible explanations.</source>
        <translation>Vlerësimi juaj peshon shpjegime të tjera të mundshme.</translation>
    </message>
    <message>
        <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
        <translation>Vlerësimi juaj nuk peshon asnjë shpjegim tjetër. Para se një sjellje të lexohet si shenjë, pyesni çfarë tjetër mund ta shpjegojë.</translation>
    </message>
    <message>
        <source>Also worth weighing:</source>
        <translation>Vlen të peshohen edhe:</translation>
    </message>
    <message>
        <source>You noted the context: %1 (%2).</source>
        <translation>E vutë re kontekstin: %1 (%2).</translation>
    </message>
    <message>
        <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
        <translation>Kontekst që vlen të shënohet, për mbështetje dhe kurrë si shenjë rreziku: %1 (%2).</translation>
    </message>
    <message>
        <source>You recorded the protective factor %1 (%2).</source>
        <translation>Shënuat faktorin mbrojtës %1 (%2).</translation>
    </message>
    <message>
        <source>You did not record the protective factor %1 (%2).</source>
        <translation>Nuk shënuat faktorin mbrojtës %1 (%2).</translation>
    </message>
    <message>
        <source>Not an indicator: %1.</source>
        <translation>Nuk është tregues: %1.</translation>
    </message>
    <message>
        <source>Words of opinion in the facts</source>
        <extracomment>Short names of the points to improve, for the trainer&apos;s list of common mistakes.</extracomment>
        <translation>Fjalë mendimi në fakte</translation>
    </message>
    <message>
        <source>Informant named outside the restricted field</source>
        <translation>Informatori/ja i emërtuar jashtë fushës së kufizuar</translation>
    </message>
    <message>
        <source>Item missed</source>
        <translation>Pikë e humbur</translation>
    </message>
    <message>
        <source>Item ticked that the facts do not support</source>
        <translation>Pikë e shënuar që faktet nuk e mbështesin</translation>
    </message>
    <message>
        <source>Item ticked on the strength of a non-indicator</source>
        <translation>Pikë e shënuar mbi bazën e një jo-treguesi</translation>
    </message>
    <message>
        <source>Words of opinion in the evidence</source>
        <translation>Fjalë mendimi në prova</translation>
    </message>
    <message>
        <source>Urgency too low</source>
        <translation>Urgjencë shumë e ulët</translation>
    </message>
    <message>
        <source>Urgency too high</source>
        <translation>Urgjencë shumë e lartë</translation>
    </message>
    <message>
        <source>How it is known recorded wrongly</source>
        <translation>Mënyra si njihet u shënua gabim</translation>
    </message>
    <message>
        <source>Source graded wrongly</source>
        <translation>Burimi u vlerësua gabim</translation>
    </message>
    <message>
        <source>Information graded wrongly</source>
        <translation>Informacioni u vlerësua gabim</translation>
    </message>
    <message>
        <source>No other explanation weighed</source>
        <translation>Nuk u peshua asnjë shpjegim tjetër</translation>
    </message>
    <message>
        <source>Protective factor not recorded</source>
        <translation>Faktori mbrojtës nuk u shënua</translation>
    </message>
    <message>
        <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
        <translation>E menjëhershme do të thotë: njoftoni mbikëqyrësin/en tuaj tani, personalisht ose me telefon. Mos prisni raportin, rishikimin ose eksportin.</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Bërë mirë</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Për t&apos;u përmirësuar</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Vlen të dihet</translation>
    </message>
    <message>
        <source>open referrals to programmes</source>
        <translation>referimet e hapura në programe</translation>
    </message>
    <message>
        <source>closed referrals and their outcomes</source>
        <translation>referimet e mbyllura dhe rezultatet e tyre</translation>
    </message>
    <message>
        <source>the facts of reviewed observations since %1</source>
        <translation>faktet e vëzhgimeve të rishikuara që nga %1</translation>
    </message>
    <message>
        <source>protective factors noted in reviewed observations</source>
        <translation>faktorët mbrojtës të shënuar në vëzhgimet e rishikuara</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>vlerësimet e zyrtarëve</translation>
    </message>
    <message>
        <source>This extract holds, as the handover policy allows: %1.</source>
        <comment>; </comment>
        <translation>Ky ekstrakt mban, siç e lejon politika e dorëzimit: %1.</translation>
    </message>
    <message>
        <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
        <translation>Kurrë në një dorëzim: identiteti i një burimi, vëzhgimet burimi i të cilave është i kufizuar dhe raportet që një mbikëqyrës/e i ktheu, i refuzoi ose nuk i ka rishikuar.</translation>
    </message>
    <message>
        <source>No reviewed observation in the period.</source>
        <translation>Asnjë vëzhgim i rishikuar në periudhë.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Vlerësimi i zyrtarit/es</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Shënuar në</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>No protective factor noted in reviewed observations.</source>
        <translation>Asnjë faktor mbrojtës nuk është shënuar në vëzhgimet e rishikuara.</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Faktori mbrojtës</translation>
    </message>
    <message>
        <source>Last noted</source>
        <translation>Shënuar së fundi</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Dorëzimi në lirim për shërbimin e provës</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Për</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paketa</translation>
    </message>
    <message>
        <source>Signed with workstation key</source>
        <translation>Nënshkruar me çelësin e stacionit të punës</translation>
    </message>
    <message>
        <source>Reviewed observations: what was seen or heard</source>
        <translation>Vëzhgimet e rishikuara: çfarë u pa ose u dëgjua</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Pasqyra kombëtare</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Institucionet</translation>
    </message>
    <message>
        <source>Workstations enrolled</source>
        <translation>Stacione pune të regjistruara</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
        <translation>Vëzhgimet numërohen aty ku janë shënuar, sipas ditës së ngjarjes; raportet e kthyera dhe të refuzuara nuk numërohen. Institucionet renditen sipas kodit, jo sipas renditjes.</translation>
    </message>
    <message>
        <source>Observations by establishment</source>
        <translation>Vëzhgimet sipas institucionit</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Të gjitha</translation>
    </message>
    <message>
        <source>Referrals, transfers and reviews by establishment</source>
        <translation>Referimet, transferimet dhe rishikimet sipas institucionit</translation>
    </message>
    <message>
        <source>Referrals open</source>
        <translation>Referime të hapura</translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation>Referime të mbyllura</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Transferime hyrëse</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Transferime dalëse</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Rishikime në afat</translation>
    </message>
    <message>
        <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
        <comment>, </comment>
        <translation>Kjo pasqyrë përfshin vetëm institucionet që ju janë caktuar (%1); institucionet e tjera nuk numërohen.</translation>
    </message>
    <message>
        <source>Observations per establishment (all urgencies)</source>
        <translation>Vëzhgimet për institucion (të gjitha urgjencat)</translation>
    </message>
    <message>
        <source>%1 of %2 workstations need attention.</source>
        <translation>Stacione pune që kërkojnë vëmendje: %1 nga %2.</translation>
    </message>
    <message>
        <source>Read the file or a record in it</source>
        <translation>Lexoi dosjen ose një regjistrim në të</translation>
    </message>
    <message>
        <source>Found the file in a search or a list</source>
        <translation>Dosja u gjet në një kërkim ose listë</translation>
    </message>
    <message>
        <source>Recorded or corrected the prisoner&apos;s details</source>
        <translation>Regjistroi ose korrigjoi të dhënat e personit të burgosur</translation>
    </message>
    <message>
        <source>Wrote or corrected an observation</source>
        <translation>Shkroi ose korrigjoi një vëzhgim</translation>
    </message>
    <message>
        <source>Reviewed an observation</source>
        <translation>Shqyrtoi një vëzhgim</translation>
    </message>
    <message>
        <source>Completed or corrected a checklist</source>
        <translation>Plotësoi ose korrigjoi një listë kontrolli</translation>
    </message>
    <message>
        <source>Made a report</source>
        <translation>Hartoi një raport</translation>
    </message>
    <message>
        <source>Gave data to another authority</source>
        <translation>Dha të dhëna një autoriteti tjetër</translation>
    </message>
    <message>
        <source>Sent to the central office</source>
        <translation>U dërgua në zyrën qendrore</translation>
    </message>
    <message>
        <source>Transfer to another establishment</source>
        <translation>Transferim në një institucion tjetër</translation>
    </message>
    <message>
        <source>Referral to a programme</source>
        <translation>Referim në një program</translation>
    </message>
    <message>
        <source>Decision on keeping or erasing the file</source>
        <translation>Vendim për ruajtjen ose fshirjen e dosjes</translation>
    </message>
    <message>
        <source>Decision whether two files are the same person</source>
        <translation>Vendim nëse dy dosje janë i njëjti person</translation>
    </message>
    <message>
        <source>Restriction, correction or dispute of the data</source>
        <translation>Kufizim, korrigjim ose kundërshtim i të dhënave</translation>
    </message>
    <message>
        <source>Other recorded action on the file</source>
        <extracomment>Actions that never concern a prisoner&apos;s file (accounts, keys, the vault), and codes not in the table (an older build&apos;s, read from an imported log).</extracomment>
        <translation>Veprim tjetër i regjistruar për dosjen</translation>
    </message>
    <message>
        <source>[another prisoner]</source>
        <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting&apos;s value).</extracomment>
        <translation>[një i burgosur tjetër]</translation>
    </message>
    <message>
        <source>[source withheld]</source>
        <translation>[burimi i fshehur]</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Nëpunësi %1</translation>
    </message>
    <message>
        <source>Another prisoner&apos;s name</source>
        <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
        <translation>Emri i një të burgosuri tjetër</translation>
    </message>
    <message>
        <source>Identity of a restricted source</source>
        <translation>Identiteti i një burimi të kufizuar</translation>
    </message>
    <message>
        <source>Name of an officer</source>
        <translation>Emri i një nëpunësi</translation>
    </message>
    <message>
        <source>Who consulted this file</source>
        <translation>Kush e ka shikuar këtë dosje</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Shikime pa qëllim të deklaruar</translation>
    </message>
    <message>
        <source>Exports and disclosures in the period</source>
        <translation>Eksporte dhe zbulime në periudhë</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Dosje me afat rishikimi të kaluar</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Për</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Regjistrime</translation>
    </message>
    <message>
        <source>Reason for this report</source>
        <translation>Arsyeja e këtij raporti</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nuk u gjet asgjë.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Ditë vonesë</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Kërkesë për korrigjim</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Kundërshtim</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Përpunimi u kufizua</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Kufizimi u hoq</translation>
    </message>
    <message>
        <source>open, not decided yet</source>
        <translation>e hapur, ende pa vendim</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>korrigjuar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refuzuar</translation>
    </message>
    <message>
        <source>noted beside the record</source>
        <translation>shënuar pranë regjistrimit</translation>
    </message>
    <message>
        <source>the prisoner&apos;s details</source>
        <translation>të dhënat e të burgosurit</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>një vëzhgim</translation>
    </message>
    <message>
        <source>a checklist run</source>
        <translation>një plotësim i listës së kontrollit</translation>
    </message>
    <message>
        <source>rectified by version %1</source>
        <translation>korrigjuar me versionin %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refuzuar: %1</translation>
    </message>
    <message>
        <source>noted beside the record: %1</source>
        <translation>shënuar pranë regjistrimit: %1</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>nuk është kërkesë</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferimet</translation>
    </message>
</context>
<context>
    <name>safeguards</name>
    <message>
        <source>Is this necessary to describe the behaviour?</source>
        <extracomment>The gentle question (context &quot;safeguards&quot; of the catalogues).</extracomment>
        <translation>A është e nevojshme kjo për të përshkruar sjelljen?</translation>
    </message>
    <message>
        <source>Religious conversion or a change to a different faith</source>
        <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context &quot;safeguards&quot;).</extracomment>
        <translation>Kthimi në një fe tjetër ose ndërrimi i besimit</translation>
    </message>
    <message>
        <source>More religious practice, prayer or attendance at worship</source>
        <translation>Më shumë praktikë fetare, lutje ose pjesëmarrje në shërbesa</translation>
    </message>
    <message>
        <source>Fasting, diet or food rules</source>
        <translation>Agjërimi, dieta ose rregullat e ushqimit</translation>
    </message>
    <message>
        <source>A beard, head covering or style of dress</source>
        <translation>Mjekra, mbulesa e kokës ose mënyra e veshjes</translation>
    </message>
    <message>
        <source>Having religious books or objects</source>
        <translation>Zotërimi i librave ose sendeve fetare</translation>
    </message>
    <message>
        <source>The language a person speaks</source>
        <translation>Gjuha që flet një person</translation>
    </message>
    <message>
        <source>Nationality, ethnicity or skin colour</source>
        <translation>Kombësia, etnia ose ngjyra e lëkurës</translation>
    </message>
    <message>
        <source>Lawful political opinions that do not advocate violence</source>
        <translation>Mendime politike të ligjshme që nuk nxitin dhunë</translation>
    </message>
    <message>
        <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
        <translation>Lutja, vetëm ose me të tjerë, mësimi fetar, shërbesa ose kontakti me kapelanin, klerikun ose imamin</translation>
    </message>
</context>
</TS>
