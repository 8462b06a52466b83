<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bs">
<context>
    <name>About</name>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Folder baze podataka</translation>
    </message>
    <message>
        <source>Logs and crash reports</source>
        <translation>Zapisi i izvještaji o padu programa</translation>
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
        <translation>Sistem</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About radprev</source>
        <translation>O programu radprev</translation>
    </message>
    <message>
        <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
        <translation>radprev — dnevnik zapažanja bez mreže za službenike u zatvorskom sistemu.
Ovo je dnevnik zapažanja, a ne procjena rizika.</translation>
    </message>
    <message>
        <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>Licence trećih strana: THIRD-PARTY-NOTICES.txt u folderu programa.</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Units and access of {user}</source>
        <translation>Odjeli i pristup — {user}</translation>
    </message>
    <message>
        <source>Establishments and access of {user}</source>
        <translation>Ustanove i pristup — {user}</translation>
    </message>
    <message>
        <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
        <translation>Službenici i nadređeni vide i upisuju samo zatvorenike odjela koji su ovdje označeni. Pristup svim zatvorenicima ustanove posebno je ovlaštenje, koje se bilježi u dnevniku revizije sa svojim razlogom.</translation>
    </message>
    <message>
        <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations&apos; packages. Every change of access is recorded in the audit log with its reason.</source>
        <translation>U centrali račun čita dosijee, zapise i brojke ustanova navedenih ovdje (njihove šifre; * za sve ustanove), onako kako stižu u paketima s radnih stanica. Svaka promjena pristupa bilježi se u dnevniku revizije s razlogom.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Odjeli</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Odjel {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ova ustanova nema odjela.</translation>
    </message>
    <message>
        <source>&amp;Whole establishment (every unit)</source>
        <translation>&amp;Cijela ustanova (svi odjeli)</translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation>Cijela ustanova</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Ustanove</translation>
    </message>
    <message>
        <source>codes separated by commas; * for all</source>
        <translation>šifre odvojene zarezima; * za sve</translation>
    </message>
    <message>
        <source>Reason for the change of access</source>
        <translation>Razlog promjene pristupa</translation>
    </message>
    <message>
        <source>e.g. acting head of security until 30 June</source>
        <translation>npr. vršilac dužnosti šefa osiguranja do 30. juna</translation>
    </message>
    <message>
        <source>E&amp;stablishments:</source>
        <translation>&amp;Ustanove:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <source>Save access</source>
        <translation>Sačuvaj pristup</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Dodavanje korisničkog računa</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Službena oznaka</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Uloge</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Uloga: {role}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Odjeli</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Odjel {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ova ustanova nema odjela.</translation>
    </message>
    <message>
        <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
        <translation>Dvaput unesite privremenu lozinku i predajte je toj osobi; pri prvoj prijavi mora izabrati svoju.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>K&amp;orisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
        <source>&amp;Staff code:</source>
        <translation>&amp;Službena oznaka:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj račun</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Unesite korisničko ime.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Označite barem jednu ulogu.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
        <translation>3x5x2 (izvor 1–3, informacija A–E, postupanje P/C)</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralitet 6x6 (izvor A–F, informacija 1–6)</translation>
    </message>
    <message>
        <source>Each reader&apos;s own language</source>
        <extracomment>Languages a report can be printed in and the workstation&apos;s default: every offered language (core/languages.py), by its own name, not translated. The administrator&apos;s default language of reports: none (each reader&apos;s own, the screen&apos;s — core/i18n.py `default_report_language`) or one of them.</extracomment>
        <translation>Jezik svakog čitaoca</translation>
    </message>
    <message>
        <source>Review a prisoner&apos;s file after (months)</source>
        <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
        <translation>Provjera spisa zatvorenika nakon (mjeseci)</translation>
    </message>
    <message>
        <source>Review after release (months)</source>
        <translation>Provjera nakon otpusta (mjeseci)</translation>
    </message>
    <message>
        <source>Review after transfer (months)</source>
        <translation>Provjera nakon premještaja (mjeseci)</translation>
    </message>
    <message>
        <source>Erase a rejected report after (months)</source>
        <translation>Izbriši odbijeni izvještaj nakon (mjeseci)</translation>
    </message>
    <message>
        <source>Handover: open referrals (1 = include, 0 = leave out)</source>
        <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
        <translation>Predaja: otvorena upućivanja (1 = uključi, 0 = izostavi)</translation>
    </message>
    <message>
        <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
        <translation>Predaja: zatvorena upućivanja (1 = uključi, 0 = izostavi)</translation>
    </message>
    <message>
        <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
        <translation>Predaja: činjenice provjerenih zapažanja iz posljednjih (mjeseci, 0 = nijedno)</translation>
    </message>
    <message>
        <source>Handover: protective factors (1 = include, 0 = leave out)</source>
        <translation>Predaja: zaštitni faktori (1 = uključi, 0 = izostavi)</translation>
    </message>
    <message>
        <source>Handover: officers&apos; assessments (1 = include, 0 = leave out)</source>
        <translation>Predaja: procjene službenika (1 = uključi, 0 = izostavi)</translation>
    </message>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Zaključavanje nakon neaktivnosti (minuta)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Oznaka tajnosti</translation>
    </message>
    <message>
        <source>Classification levels (lowest first, separated by ;)</source>
        <translation>Stepeni tajnosti (od najnižeg, odvojeni sa ;)</translation>
    </message>
    <message>
        <source>Grading preset</source>
        <translation>Šema ocjenjivanja</translation>
    </message>
    <message>
        <source>Default language of reports</source>
        <translation>Zadani jezik radne stanice i izvještaja</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Broj čuvanih sigurnosnih kopija</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Brisanje kopiranog teksta nakon (sekundi)</translation>
    </message>
    <message>
        <source>Export to the central office every (days)</source>
        <translation>Izvoz u centralni ured svakih (dana)</translation>
    </message>
    <message>
        <source>Wait for a receipt (days)</source>
        <translation>Čekanje na potvrdu prijema (dana)</translation>
    </message>
    <message>
        <source>Write new observations before seeing earlier reports (default)</source>
        <translation>Nova zapažanja pisati prije uvida u ranije prijave (zadano)</translation>
    </message>
    <message>
        <source>Search words in the audit log</source>
        <translation>Riječi za pretraživanje u dnevniku revizije</translation>
    </message>
    <message>
        <source>Hashed (the data-protection officer can check a word)</source>
        <translation>Kao sažetak (hash; službenik za zaštitu podataka može provjeriti riječ)</translation>
    </message>
    <message>
        <source>Stored as typed</source>
        <translation>Sačuvane kako su upisane</translation>
    </message>
    <message>
        <source>Staff named in a prisoner&apos;s access report</source>
        <translation>Osoblje navedeno po imenu u izvještaju o pristupu zatvorenika</translation>
    </message>
    <message>
        <source>Supervisors and above (officers withheld)</source>
        <translation>Nadzornici i viši (službenici izostavljeni)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Svi</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Niko</translation>
    </message>
    <message>
        <source>Information for the person in an access report (empty: the default)</source>
        <translation>Informacija za osobu u izvještaju o pristupu (prazno: zadana)</translation>
    </message>
    <message>
        <source>Retention periods (months)</source>
        <translation>Rokovi čuvanja (mjeseci)</translation>
    </message>
    <message>
        <source>Release handover policy</source>
        <translation>Pravila predaje pri otpustu</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Liste šifara</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Odjeljci administracije</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Računi</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Postavke</translation>
    </message>
    <message>
        <source>Checklist &amp;templates</source>
        <translation>Šabloni &amp;kontrolnih lista</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sigurnosne kopije</translation>
    </message>
    <message>
        <source>&amp;Prisoners&apos; details</source>
        <translation>Podaci o zatvoreni&amp;cima</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracija</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Prvi administrator</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
        <translation>Administrator upravlja korisničkim računima, postavkama i sigurnosnim kopijama. Ostali računi dodaju se poslije.</translation>
    </message>
    <message>
        <source>&amp;Create the encrypted database</source>
        <translation>N&amp;apravi šifriranu bazu podataka</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Korisničko ime administratora</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Ime i prezime administratora</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>K&amp;orisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>radprev — TRAINING</source>
        <translation>radprev — OBUKA</translation>
    </message>
    <message>
        <source>{folder} holds a database that is not a training database; it is not opened.</source>
        <translation>U {folder} je baza podataka koja nije baza za obuku; ne otvara se.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User filter</source>
        <translation>Filter korisnika</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filter radnje</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od datuma:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filter od datuma</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Od datuma</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Do d&amp;atuma:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filter do datuma</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Do datuma</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Prikaži</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Prikaži unose</translation>
    </message>
    <message>
        <source>&amp;Export to JSON Lines…</source>
        <translation>&amp;Izvezi u JSON Lines…</translation>
    </message>
    <message>
        <source>Export to JSON Lines</source>
        <translation>Izvezi u JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>Pro&amp;vjeri lanac</translation>
    </message>
    <message>
        <source>Verify the hash chain</source>
        <translation>Provjeri lanac sažetaka (hash)</translation>
    </message>
    <message>
        <source>Data-protection &amp;questions…</source>
        <translation>Pitanja o &amp;zaštiti podataka…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Unosi revizije</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Korisnik:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Radnja:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dnevnik revizije</translation>
    </message>
    <message>
        <source>Reading the audit log is itself written to the audit log.</source>
        <translation>I samo čitanje dnevnika revizije upisuje se u dnevnik revizije.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Prikazan je %n unos.</numerusform>
            <numerusform>Prikazana su %n unosa.</numerusform>
            <numerusform>Prikazano je %n unosa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Izvoz dnevnika revizije</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>%n unos izvezen je u {file}.</numerusform>
            <numerusform>%n unosa izvezena su u {file}.</numerusform>
            <numerusform>%n unosa izvezeno je u {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Lanac sažetaka je neoštećen: provjeren je %n unos.</numerusform>
            <numerusform>Lanac sažetaka je neoštećen: provjerena su %n unosa.</numerusform>
            <numerusform>Lanac sažetaka je neoštećen: provjereno je %n unosa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
        <translation>Lanac sažetaka PREKINUT je kod unosa {seq}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekat</translation>
    </message>
    <message>
        <source>Reason for access</source>
        <translation>Razlog pristupa</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Primalac</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup</source>
        <translation>Sigurnosna kopija</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sigurnosne kopije</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Napravi sigurnosnu kopiju sada</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Napravi sigurnosnu kopiju sada</translation>
    </message>
    <message>
        <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
        <translation>Sigurnosne kopije su šifrirane kopije u folderu baze podataka (backups), provjerene otvaranjem. Vraćanje se nudi na ekranu za prijavu kada se baza podataka ne može otvoriti, ili komandom radprev restore.</translation>
    </message>
    <message>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <source>Backup {name} written.</source>
        <translation>Sigurnosna kopija {name} je zapisana.</translation>
    </message>
    <message>
        <source>Writing a backup</source>
        <translation>Zapisivanje sigurnosne kopije</translation>
    </message>
</context>
<context>
    <name>CapsLockWatcher</name>
    <message>
        <source>Caps Lock warning</source>
        <translation>Upozorenje za Caps Lock</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock je uključen.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Promjena lozinke</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>Vašu lozinku postavio je administrator. Izaberite vlastitu lozinku prije nego što nastavite.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Unesite trenutnu lozinku, a zatim dvaput novu.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Trenutna lozinka</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Trenutna lozinka:</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>At most {n} characters.</source>
        <extracomment>The counter shows from this share of the limit on.</extracomment>
        <translation>Najviše {n} znakova.</translation>
    </message>
    <message>
        <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
        <translation>Stane samo {limit} znakova: {cut} zalijepljenih znakova je izostavljeno (još su u međuspremniku).</translation>
    </message>
    <message>
        <source>Limit reached: {limit} characters.</source>
        <translation>Dostignuto ograničenje: {limit} znakova.</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} od {limit} znakova</translation>
    </message>
</context>
<context>
    <name>ChecklistRunnerPage</name>
    <message>
        <source>completed and sealed</source>
        <translation>završeno i zapečaćeno</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Datum sljedeće provjere</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Zaštitni faktori</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Nisu pokazatelji</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Napredak</translation>
    </message>
    <message>
        <source>Protective factors: &amp;none observed</source>
        <translation>Zaštitni faktori: &amp;nijedan nije uočen</translation>
    </message>
    <message>
        <source>Other possible explanations (required)</source>
        <translation>Druga moguća objašnjenja (obavezno)</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Druga moguća objašnjenja</translation>
    </message>
    <message>
        <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
        <translation>npr. dug, sukob s drugim zatvorenikom, loše vijesti od kuće, mentalno zdravlje</translation>
    </message>
    <message>
        <source>None &amp;identified</source>
        <translation>Nijedno nije &amp;utvrđeno</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support, not a risk sign)</source>
        <translation>Kontekst i ranjivost (radi podrške, ne kao znak rizika)</translation>
    </message>
    <message>
        <source>Context notes</source>
        <translation>Bilješke o kontekstu</translation>
    </message>
    <message>
        <source>Summary and next review</source>
        <translation>Sažetak i sljedeća provjera</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Sažetak:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>S&amp;ljedeća provjera:</translation>
    </message>
    <message>
        <source>Answers by domain</source>
        <translation>Odgovori po područjima</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Područje</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nije uočeno</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Save progress (Ctrl+S)</source>
        <translation>Sačuvaj napredak (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Complete (Ctrl+Enter)</source>
        <translation>&amp;Završi (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Zat&amp;vori</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>&amp;Ispravi…</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Razlog ispravka</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>Razlog ispravka (obavezno)</translation>
    </message>
    <message>
        <source>Save co&amp;rrection</source>
        <translation>Sačuvaj is&amp;pravak</translation>
    </message>
    <message>
        <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
        <translation>Ispravak završene kontrolne liste: odgovoreno je na {done} od {total} stavki. Stavke bez odgovora bilježe se kao nepoznate kada sačuvate ispravak.</translation>
    </message>
    <message>
        <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
        <translation>Završeno i zapečaćeno: zabilježene su sve stavke ({total}), od toga {unknown} kao nepoznate (uključujući one ostavljene bez odgovora). Svaka izmjena je sada ispravak, koji se čuva kao nova verzija.</translation>
    </message>
    <message>
        <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
        <translation>Odgovoreno je na {done} od {total} stavki. Stavke bez odgovora bilježe se kao nepoznate kada završite.</translation>
    </message>
    <message>
        <source>Recorded for support, never as a sign of risk.</source>
        <translation>Bilježi se radi podrške, nikada kao znak rizika.</translation>
    </message>
    <message>
        <source>Protective factors (required)</source>
        <translation>Zaštitni faktori (obavezno)</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Ovo NISU pokazatelji i nikada se ne smiju označiti kao takvi:</translation>
    </message>
    <message>
        <source>{title} (v{version}) — {name} ({number})</source>
        <translation>{title} (v{version}) — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved: change the wording, then save the correction.</source>
        <translation>Nije sačuvano: promijenite formulaciju, zatim sačuvajte ispravak.</translation>
    </message>
    <message>
        <source>Correction saved as version {n}.</source>
        <translation>Ispravak je sačuvan kao verzija {n}.</translation>
    </message>
    <message>
        <source>Checklist progress saved.</source>
        <translation>Napredak kontrolne liste je sačuvan.</translation>
    </message>
    <message>
        <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
        <translation>Ono što ste unijeli zadržano je dok je ekran bio zaključan; još nije sačuvano.</translation>
    </message>
    <message>
        <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
        <translation>{heading}

Odgovoreno je na {done} od {total} stavki; stavke bez odgovora ({left}) bit će zabilježene kao nepoznate.

Završavanje zapečaćuje kontrolnu listu sa sažetkom i datumom sljedeće provjere: nakon toga može se izmijeniti samo ispravkom uz razlog, koji se čuva kao nova verzija.</translation>
    </message>
    <message>
        <source>Complete and seal?</source>
        <translation>Završiti i zapečatiti?</translation>
    </message>
    <message>
        <source>Complete and seal</source>
        <translation>Završi i zapečati</translation>
    </message>
    <message>
        <source>Not completed: change the wording, then complete.</source>
        <translation>Nije dovršeno: promijenite formulaciju, zatim dovršite.</translation>
    </message>
    <message>
        <source>Checklist completed.</source>
        <translation>Kontrolna lista je završena.</translation>
    </message>
    <message>
        <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
        <translation>Završeno. Brojevi pokazuju kako je odgovoreno na stavke u svakom području; nisu zbir i nikada se ne sabiraju. Sljedeća provjera: {date}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
        <translation>Izvještaj o padu programa bez ikakvih ličnih podataka zapisan je u:
{path}
Predajte ga svojoj IT podršci.</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>Izvještaj o padu programa nije se mogao zapisati.</translation>
    </message>
    <message>
        <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
        <translation>radprev je naišao na neočekivanu grešku. Ono što ste prije sačuvali je sigurno; posljednja radnja možda nije završena. Zatvorite radprev i ponovo ga pokrenite.</translation>
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
        <translation>nacrt</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>redovno</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>prioritetno</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>hitno</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>predano</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>prihvaćeno</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>vraćeno</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odbijeno</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>izvezeno</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Zatvorenik</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was seen or heard (start)</source>
        <translation>Šta je viđeno ili čuto (početak)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Početna</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Moji nacrti</translation>
    </message>
    <message>
        <source>You have no unfinished drafts.</source>
        <translation>Nemate nedovršenih nacrta.</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Vraćeno meni</translation>
    </message>
    <message>
        <source>Nothing was returned to you.</source>
        <translation>Ništa vam nije vraćeno.</translation>
    </message>
    <message>
        <source>Immediate items awaiting review</source>
        <translation>Hitne stavke koje čekaju provjeru</translation>
    </message>
    <message>
        <source>No immediate item is waiting for review.</source>
        <translation>Nijedna hitna stavka ne čeka provjeru.</translation>
    </message>
    <message>
        <source>Overdue reviews of prisoners&apos; files</source>
        <translation>Zakašnjele provjere spisa zatvorenika</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Provjera do</translation>
    </message>
    <message>
        <source>No file is overdue for review.</source>
        <translation>Nijedan spis ne kasni s provjerom.</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Novo zapažanje</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Novo zapažanje</translation>
    </message>
    <message>
        <source>Re&amp;tention decisions…</source>
        <translation>Odluke o ču&amp;vanju…</translation>
    </message>
    <message>
        <source>(after the reason for access)</source>
        <translation>(nakon razloga pristupa)</translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation>Prijavljeni ste kao {name}.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. Use the menu on the left.</source>
        <translation>Vaša uloga nema vlastitih zapažanja. Koristite meni s lijeve strane.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. The Training page shows the trainees&apos; exercises.</source>
        <translation>Vaša uloga nema vlastitih zapažanja. Stranica Obuka prikazuje vježbe polaznika.</translation>
    </message>
</context>
<context>
    <name>DataExportButton</name>
    <message>
        <source>E&amp;xport the person&apos;s data (JSON + PDF)…</source>
        <translation>Izvezi podatke osobe (JSON + PD&amp;F)…</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Izaberite zatvorenika: unesite ime ili matični broj i izaberite sa liste.</translation>
    </message>
    <message>
        <source>Say who the files are for (recipient).</source>
        <translation>Navedite kome su datoteke namijenjene (primalac).</translation>
    </message>
    <message>
        <source>Write unencrypted files?</source>
        <translation>Upisati nešifrovane datoteke?</translation>
    </message>
    <message>
        <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
        <translation>JSON datoteka i PDF NEĆE biti šifrovani: svako ko može otvoriti folder može ih pročitati. Upišite ih samo tamo gdje vaša uputstva dozvoljavaju (na primjer na USB predat osobi) i izbrišite svaku kopiju koju zadržite kada više nije potrebna. Izvoz se bilježi u dnevniku revizije kao otkrivanje podataka.</translation>
    </message>
    <message>
        <source>Folder for the person&apos;s data</source>
        <translation>Folder za podatke osobe</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Upisano: %1 i %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
</context>
<context>
    <name>DataRequestsDialog</name>
    <message>
        <source>Rectification requests and disputes — {name} ({number})</source>
        <translation>Zahtjevi za ispravku i osporavanja — {name} ({number})</translation>
    </message>
    <message>
        <source>Record what the prisoner asks to be corrected, or contests, in the person&apos;s own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
        <translation>Zabilježite riječima same osobe šta zatvorenik traži da se ispravi ili šta osporava. Sama ispravka je izmjena zapisa; zatim odlučite o zahtjevu i navedite ispravljenu verziju.</translation>
    </message>
    <message>
        <source>Requests and disputes of the file</source>
        <translation>Zahtjevi i osporavanja u dosjeu</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zabilježeno</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Zahtjev</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Odnosi se na</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>Šta osoba kaže</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Novi zahtjev</translation>
    </message>
    <message>
        <source>What the person asks or contests</source>
        <translation>Šta osoba traži ili osporava</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Riječima same osobe</translation>
    </message>
    <message>
        <source>Record the re&amp;quest</source>
        <translation>&amp;Zabilježi zahtjev</translation>
    </message>
    <message>
        <source>Abou&amp;t:</source>
        <translation>&amp;Odnosi se na:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Vrsta:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;words:</source>
        <translation>&amp;Riječi osobe:</translation>
    </message>
    <message>
        <source>Decision on the selected request</source>
        <translation>Odluka o odabranom zahtjevu</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Od&amp;luči</translation>
    </message>
    <message>
        <source>&amp;Correct the record…</source>
        <translation>&amp;Ispravi zapis…</translation>
    </message>
    <message>
        <source>Close this window and amend the record the request is about.</source>
        <translation>Zatvorite ovaj prozor i izmijenite zapis na koji se zahtjev odnosi.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Is&amp;hod:</translation>
    </message>
    <message>
        <source>Amended &amp;version:</source>
        <translation>Ispravljena verzi&amp;ja:</translation>
    </message>
    <message>
        <source>&amp;Reason (refused, noted):</source>
        <translation>Razlo&amp;g (odbijeno, zabilježeno):</translation>
    </message>
    <message>
        <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
        <translation>Može se navesti samo verzija kojom su nakon evidentiranja zahtjeva ispravljeni matični broj, ime i prezime ili godina rođenja.</translation>
    </message>
    <message>
        <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
        <translation>Može se navesti samo verzija izmijenjena nakon evidentiranja zahtjeva: prvo ispravite zapis.</translation>
    </message>
    <message>
        <source>The request is recorded: {kind}, {about}.</source>
        <translation>Zahtjev je zabilježen: {kind}, {about}.</translation>
    </message>
    <message>
        <source>Decided: {outcome}.</source>
        <translation>Odlučeno: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data-protection questions</source>
        <translation>Pitanja o zaštiti podataka</translation>
    </message>
    <message>
        <source>Who consulted a prisoner&apos;s file</source>
        <translation>Ko je pregledao dosje osuđenog</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Uvidi bez navedene svrhe</translation>
    </message>
    <message>
        <source>Exports and disclosures in a period</source>
        <translation>Izvozi i otkrivanja u periodu</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Dosjei kojima je istekao rok za preispitivanje</translation>
    </message>
    <message>
        <source>establishment:number, e.g. PL-WAW1:1234</source>
        <translation>ustanova:broj, npr. PL-WAW1:1234</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Pri&amp;kaži</translation>
    </message>
    <message>
        <source>Pre&amp;view the PDF</source>
        <translation>Pregled P&amp;DF-a</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>P&amp;itanje:</translation>
    </message>
    <message>
        <source>Prison &amp;number:</source>
        <translation>&amp;Matični broj:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Vremenski period:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Razlog (čuva se u dnevniku revizije):</translation>
    </message>
    <message>
        <source>{about} — entries: {count}</source>
        <translation>{about} — unosi: {count}</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Službenik za zaštitu podataka</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <source>Establishment</source>
        <translation>Ustanova</translation>
    </message>
    <message>
        <source>The establishment this encrypted database belongs to, and its units.</source>
        <translation>Ustanova kojoj pripada ova šifrirana baza podataka i njeni odjeli.</translation>
    </message>
    <message>
        <source>Establishment code</source>
        <translation>Oznaka ustanove</translation>
    </message>
    <message>
        <source>for example PL-WAW1</source>
        <translation>na primjer BA-ZE1</translation>
    </message>
    <message>
        <source>Establishment name</source>
        <translation>Naziv ustanove</translation>
    </message>
    <message>
        <source>Units, one per line: code = name</source>
        <translation>Odjeli, po jedan u redu: oznaka = naziv</translation>
    </message>
    <message>
        <source>A = Wing A
B = Wing B</source>
        <translation>A = Odjel A
B = Odjel B</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Oznaka:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;aziv:</translation>
    </message>
    <message>
        <source>&amp;Units (code = name, one per line):</source>
        <translation>O&amp;djeli (oznaka = naziv, po jedan u redu):</translation>
    </message>
    <message>
        <source>Type the establishment code.</source>
        <translation>Unesite oznaku ustanove.</translation>
    </message>
    <message>
        <source>The code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Oznaka sadrži samo slova, cifre i &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A unit code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Oznaka odjela sadrži samo slova, cifre i &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the audit log</source>
        <translation>Izvoz dnevnika revizije</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Primalac</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Primalac:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <source>Give the recipient and the reason.</source>
        <translation>Navedite primaoca i razlog.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your exercise</source>
        <translation>Povratna informacija o vašoj vježbi</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on your observation</source>
        <translation>Povratna informacija o vašem zapažanju</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Uzorno zapažanje</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Povratna &amp;informacija</translation>
    </message>
    <message>
        <source>&amp;Model observation</source>
        <translation>&amp;Uzorno zapažanje</translation>
    </message>
    <message>
        <source>Not completed yet: record and submit the observation.</source>
        <translation>Još nije završeno: zabilježite i predajte zapažanje.</translation>
    </message>
    <message>
        <source>{code} — {title}: {good} done well, {improve} to improve.</source>
        <translation>{code} — {title}: dobro učinjeno {good}, za poboljšanje {improve}.</translation>
    </message>
</context>
<context>
    <name>FileNotOpened</name>
    <message>
        <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
        <translation>Spis nije prikazan: razlog pristupa nije naveden. Ništa iz njega se ne prikazuje niti bilježi kao uvid dok ga ne navedete.</translation>
    </message>
    <message>
        <source>Give the reason and &amp;open the file again…</source>
        <translation>Navedi razlog i &amp;otvori spis ponovo…</translation>
    </message>
    <message>
        <source>Or choose another page in the list on the left.</source>
        <translation>Ili odaberite drugu stranicu s liste lijevo.</translation>
    </message>
</context>
<context>
    <name>FileRequests</name>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Zahtje&amp;vi i osporavanja…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes: record and decide them.</source>
        <translation>Zahtjevi zatvorenika za ispravku i osporavanja: zabilježite ih i odlučite o njima.</translation>
    </message>
    <message>
        <source>Recla&amp;ssify…</source>
        <translation>Promijeni stepen &amp;tajnosti…</translation>
    </message>
    <message>
        <source>Change the classification of the selected observation (with a reason).</source>
        <translation>Promijenite stepen tajnosti odabranog zapažanja (uz razlog).</translation>
    </message>
    <message>
        <source>The record of the request</source>
        <translation>Zapis na koji se zahtjev odnosi</translation>
    </message>
    <message>
        <source>The prisoner&apos;s details</source>
        <translation>Podaci o zatvoreniku</translation>
    </message>
    <message>
        <source>The observation of {when}</source>
        <translation>Zapažanje od {when}</translation>
    </message>
    <message>
        <source>The checklist run: {run}</source>
        <translation>Popunjena kontrolna lista: {run}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Obrada je ograničena</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s open rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Obrada ovog dosjea je ograničena: matični broj, ime i prezime i godina rođenja ispravljaju se samo kao odgovor na otvoren zahtjev zatvorenika za ispravku podataka. Odjel, ćelija i status i dalje se mogu mijenjati.</translation>
    </message>
    <message>
        <source>A supervisor records the prisoner&apos;s request first.</source>
        <translation>Nadređeni prvo bilježi zahtjev zatvorenika.</translation>
    </message>
    <message>
        <source>Change unit, cell or &amp;status…</source>
        <translation>Promijeni odjel, ćeliju ili &amp;status…</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer the prisoner&apos;s open rectification request on it. Record the request first; then the correction can be made.</source>
        <translation>Obrada ovog dosjea je ograničena: zapis se ispravlja samo kao odgovor na otvoren zahtjev zatvorenika za njegovu ispravku. Prvo zabilježite zahtjev; zatim se ispravka može unijeti.</translation>
    </message>
    <message>
        <source>Record the &amp;request…</source>
        <translation>&amp;Zabilježi zahtjev…</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <source>Source grade</source>
        <extracomment>Error field names of the observations service that point into this widget.</extracomment>
        <translation>Ocjena izvora</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Ocjena informacije</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Postupanje</translation>
    </message>
    <message>
        <source>Who may receive it, and on what conditions</source>
        <translation>Ko je smije primiti i pod kojim uslovima</translation>
    </message>
    <message>
        <source>Conditions of sharing</source>
        <translation>Uslovi prosljeđivanja</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Uslovi:</translation>
    </message>
    <message>
        <source>Sou&amp;rce is:</source>
        <translation>Iz&amp;vor je:</translation>
    </message>
    <message>
        <source>&amp;Information is:</source>
        <translation>I&amp;nformacija je:</translation>
    </message>
    <message>
        <source>Han&amp;dling (sharing):</source>
        <translation>Postupanj&amp;e (prosljeđivanje):</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>radprev — user guide</source>
        <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
        <translation>radprev — uputstvo za korisnike</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Uputstvo za korisnike</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Traži u uputstvu</translation>
    </message>
    <message>
        <source>word to find, then Enter</source>
        <translation>riječ za pretragu, zatim Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Traži:</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sadržaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Predaja probacijskoj službi pri otpustu</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>otvorena upućivanja</translation>
    </message>
    <message>
        <source>closed referrals</source>
        <translation>zatvorena upućivanja</translation>
    </message>
    <message>
        <source>facts of reviewed observations of the last {n} months</source>
        <translation>činjenice provjerenih zapažanja iz posljednjih {n} mjeseci</translation>
    </message>
    <message>
        <source>protective factors</source>
        <translation>zaštitni faktori</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>procjene službenika</translation>
    </message>
    <message>
        <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service&apos;s key only and recorded in the audit log.</source>
        <translation>{name}: predaja sadrži samo ono što pravila dozvoljavaju — {held}. Nikada izvor, izvor s ograničenim pristupom ni prijavu koju nadređeni nije prihvatio. Šifrirana je samo za ključ probacijske službe i bilježi se u dnevniku revizije.</translation>
    </message>
    <message>
        <source>e.g. Probation office, officer&apos;s name</source>
        <translation>npr. probacijski ured, ime službenika</translation>
    </message>
    <message>
        <source>The probation service&apos;s key file</source>
        <translation>Datoteka ključa probacijske službe</translation>
    </message>
    <message>
        <source>Folder for the handover</source>
        <translation>Folder za predaju</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Primalac:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Ra&amp;zlog:</translation>
    </message>
    <message>
        <source>Probation &amp;key file:</source>
        <translation>Datoteka &amp;ključa probacije:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Odredišni folder:</translation>
    </message>
    <message>
        <source>The prisoner is &amp;due for release</source>
        <translation>Osuđeni &amp;uskoro izlazi na slobodu</translation>
    </message>
    <message>
        <source>&amp;Make handover</source>
        <translation>&amp;Napravi predaju</translation>
    </message>
    <message>
        <source>Choose the probation service&apos;s key file.</source>
        <translation>Izaberite datoteku ključa probacijske službe.</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>Izaberite folder u koju će se pisati.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {why}</source>
        <translation>Datoteka ključa ne može se pročitati: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Versions</source>
        <translation>Verzije</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Verzije jedna pored druge</translation>
    </message>
    <message>
        <source>Changes as a text difference</source>
        <translation>Izmjene kao razlika u tekstu</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Jedna pored druge</translation>
    </message>
    <message>
        <source>Text difference</source>
        <translation>Razlika u tekstu</translation>
    </message>
    <message>
        <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
        <translation>Izaberite jednu verziju da je pročitate ili dvije (Ctrl+klik, Shift+strelice) da ih uporedite.</translation>
    </message>
    <message>
        <source>&amp;Back to the file</source>
        <translation>&amp;Natrag na spis</translation>
    </message>
    <message>
        <source>Version {n} — {status}, {at}</source>
        <translation>Verzija {n} — {status}, {at}</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>Indicators</source>
        <translation>Pokazatelji</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Pokazatelj</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokaz</translation>
    </message>
    <message>
        <source>What exactly did you see that fits this item?</source>
        <translation>Šta ste tačno vidjeli što odgovara ovoj stavci?</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator</source>
        <translation>Dokaz za izabrani pokazatelj</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Doka&amp;z:</translation>
    </message>
    <message>
        <source>No checklist template is installed.</source>
        <translation>Nije instaliran nijedan šablon kontrolne liste.</translation>
    </message>
    <message>
        <source>From another template version</source>
        <translation>Iz druge verzije šablona</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Ova šifrirana baza podataka već je otvorena u programu radprev (proces {pid} na računaru {host}). Prijeđite u taj prozor ili ga prvo zatvorite: dva prozora nad istom bazom mogla bi prebrisati tuđi rad.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
        <translation>Datoteka zaključavanja {path} ne može se napraviti. Provjerite je li dozvoljeno pisanje u folder.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nije uočeno</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Example for {code}</source>
        <translation>Primjer za {code}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Napomena (nije obavezno)</translation>
    </message>
    <message>
        <source>A concrete example: what exactly was seen or heard (required)</source>
        <translation>Konkretan primjer: šta je tačno viđeno ili čuto (obavezno)</translation>
    </message>
    <message>
        <source>Date of the example for {code}</source>
        <translation>Datum primjera za {code}</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Primjer:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <source>Reason for access</source>
        <translation>Razlog pristupa</translation>
    </message>
    <message>
        <source>Opening a prisoner&apos;s file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
        <translation>Otvaranje spisa zatvorenika bilježi se u dnevniku revizije. Navedite zašto vam je potreban; razlog se pamti dok se ne odjavite ili dok se ekran ne zaključa.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Odaberite razlog</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalji</translation>
    </message>
    <message>
        <source>e.g. weekly wing review</source>
        <translation>npr. sedmična provjera odjela</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Detalji:</translation>
    </message>
    <message>
        <source>Choose the reason for access from the list.</source>
        <translation>Odaberite razlog pristupa s liste.</translation>
    </message>
</context>
<context>
    <name>LinkedFilesPanel</name>
    <message>
        <source>Show files that may be one &amp;person</source>
        <translation>Prikaži spise koji mogu biti jedna &amp;osoba</translation>
    </message>
    <message>
        <source>&amp;Same person…</source>
        <translation>Is&amp;ta osoba…</translation>
    </message>
    <message>
        <source>&amp;Not the same…</source>
        <translation>&amp;Nije ista…</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Prvi spis</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Drugi spis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Files that may be one person</source>
        <translation>Spisi koji mogu biti jedna osoba</translation>
    </message>
    <message>
        <source>Decisions made:</source>
        <translation>Donesene odluke:</translation>
    </message>
    <message>
        <source>&amp;Undo decision…</source>
        <translation>Poništi od&amp;luku…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Spisi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Decisions about files of one person</source>
        <translation>Odluke o spisima jedne osobe</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>ista osoba</translation>
    </message>
    <message>
        <source>not same</source>
        <translation>nije ista</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(poništeno)</translation>
    </message>
    <message>
        <source>{n} pair(s) to decide.</source>
        <translation>Parova za odluku: {n}.</translation>
    </message>
    <message>
        <source>No files left to decide.</source>
        <translation>Nema više spisa za odluku.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Razlog (čuva se u dnevniku revizije):</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Ista osoba</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nije ista osoba</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Odluka je zabilježena.</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Poništi odluku</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Odluka je poništena.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The application is locked</source>
        <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
        <translation>Aplikacija je zaključana</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Otključaj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Otključaj</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>Promijeni &amp;korisnika…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Promijeni korisnika</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Izlaz</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>Locked by {name} ({user}). Enter the password to unlock.</source>
        <translation>Zaključao/la {name} ({user}). Unesite lozinku za otključavanje.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekundu.</numerusform>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekunde.</numerusform>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekundi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message>
        <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Uklanjanje računa {user}, ranije prekinuto, sada je završeno: njegova lozinka više ne otvara bazu podataka.</translation>
    </message>
    <message>
        <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Onemogućavanje računa {user}, ranije prekinuto, sada je završeno: njegova lozinka više ne otvara bazu podataka.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>Izbrisana je %n sigurnosna kopija napravljena pod starijim ključem (mogla se otvoriti uklonjenom lozinkom).</numerusform>
            <numerusform>Izbrisane su %n sigurnosne kopije napravljene pod starijim ključem (mogle su se otvoriti uklonjenom lozinkom).</numerusform>
            <numerusform>Izbrisano je %n sigurnosnih kopija napravljenih pod starijim ključem (mogle su se otvoriti uklonjenom lozinkom).</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
        <translation>Prekinuto uklanjanje ili onemogućavanje računa još se nije moglo završiti. Kasnije se ponovo prijavite kao administrator; do tada za detalje pokrenite „radprev doctor“.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Upozorenje: nedostaje %n unos na kraju dnevnika revizije — dnevnik je skraćen ili je baza podataka zamijenjena starijom kopijom. To je zabilježeno u dnevniku; obavijestite administratora i revizora.</numerusform>
            <numerusform>Upozorenje: nedostaju %n unosa na kraju dnevnika revizije — dnevnik je skraćen ili je baza podataka zamijenjena starijom kopijom. To je zabilježeno u dnevniku; obavijestite administratora i revizora.</numerusform>
            <numerusform>Upozorenje: nedostaje %n unosa na kraju dnevnika revizije — dnevnik je skraćen ili je baza podataka zamijenjena starijom kopijom. To je zabilježeno u dnevniku; obavijestite administratora i revizora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Upozorenje: datoteka vault.anchor, koja štiti dnevnik revizije od skraćivanja, nedostaje, oštećena je ili je starija kopija. Dnevnik se mogao provjeriti samo do ranijeg unosa. To je zabilježeno u dnevniku; obavijestite administratora i revizora.</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Upozorenje: dnevnik revizije izmijenjen je nakon upisa (jedan unos nije onaj koji je zabilježen). To je zabilježeno u dnevniku; obavijestite administratora i revizora.</translation>
    </message>
    <message>
        <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
        <translation>Baza podataka je ažurirana za ovu verziju programa. Sigurnosna kopija od prije ažuriranja sačuvana je u {folder}.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>radprev — log in</source>
        <translation>radprev — prijava</translation>
    </message>
    <message>
        <source>Observation log — log in</source>
        <translation>Dnevnik zapažanja — prijava</translation>
    </message>
    <message>
        <source>An observation log, not a risk assessment.</source>
        <translation>Dnevnik zapažanja, a ne procjena rizika.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>Demo accounts (throw-away demo database only)</source>
        <translation>Demo računi (samo za privremenu demo bazu)</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Demo računi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lozinka</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Uloge</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an account to fill it in.</source>
        <translation>Dvaput kliknite račun ili na njemu pritisnite Enter da biste ga upisali.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Poruka</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Prijavi se</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Prijavi se</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>&amp;Zaboravljena lozinka…</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery code</source>
        <translation>Zaboravljena lozinka: upotrijebite kod za oporavak</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Vrati iz sigurnosne kopije…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Vrati iz sigurnosne kopije</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>K&amp;orisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lozinka:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>&amp;Back to the real database</source>
        <translation>&amp;Natrag na pravu bazu podataka</translation>
    </message>
    <message>
        <source>Prac&amp;tise…</source>
        <translation>&amp;Vježbaj…</translation>
    </message>
    <message>
        <source>Back to the real database</source>
        <translation>Natrag na pravu bazu podataka</translation>
    </message>
    <message>
        <source>Practise on training scenarios (training database)</source>
        <translation>Vježbanje na scenarijima za obuku (baza za obuku)</translation>
    </message>
    <message>
        <source>An administrator can restore the encrypted database from a backup.</source>
        <translation>Administrator može vratiti šifriranu bazu podataka iz sigurnosne kopije.</translation>
    </message>
    <message numerus="yes">
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>Šifrirana baza podataka vraćena je iz sigurnosne kopije. Njenom dnevniku revizije nedostaje %n unos koji je baza imala; vraćanje je zabilježeno s tim brojem. Prijavite se.</numerusform>
            <numerusform>Šifrirana baza podataka vraćena je iz sigurnosne kopije. Njenom dnevniku revizije nedostaju %n unosa koja je baza imala; vraćanje je zabilježeno s tim brojem. Prijavite se.</numerusform>
            <numerusform>Šifrirana baza podataka vraćena je iz sigurnosne kopije. Njenom dnevniku revizije nedostaje %n unosa koje je baza imala; vraćanje je zabilježeno s tim brojem. Prijavite se.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encrypted database was restored from the backup. Log in.</source>
        <translation>Šifrirana baza podataka vraćena je iz sigurnosne kopije. Prijavite se.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Unesite korisničko ime i lozinku.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Provjera lozinke…</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Morate izabrati novu lozinku prije nego što nastavite.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sada možete ponovo pokušati.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekundu.</numerusform>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekunde.</numerusform>
            <numerusform>Previše neuspjelih pokušaja. Ponovo možete pokušati za %n sekundi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Početna</translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation>Zatvorenici</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Red za provjeru</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Izvještaji</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracija</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dnevnik revizije</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Prisoner&apos;s file</source>
        <translation>Spis zatvorenika</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Zapažanje</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Kontrolna lista</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigacija</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Obavještenje</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Zatvori obavještenje</translation>
    </message>
    <message>
        <source>Your draft was kept.</source>
        <translation>Vaš nacrt je sačuvan.</translation>
    </message>
    <message>
        <source>Your role does not record observations.</source>
        <translation>Vaša uloga ne bilježi zapažanja.</translation>
    </message>
    <message>
        <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
        <translation>Ekran se zaključava za {seconds} s. Pomaknite miš ili pritisnite tipku da biste ostali; vaš se nacrt čuva u svakom slučaju.</translation>
    </message>
    <message>
        <source>Locking when the running task ends.</source>
        <translation>Zaključavanje kada završi zadatak koji je u toku.</translation>
    </message>
    <message>
        <source>What you had not yet saved in a prisoner&apos;s file is kept until you open that file again.</source>
        <translation>Ono što još niste sačuvali u spisu zatvorenika čuva se dok ponovo ne otvorite taj spis.</translation>
    </message>
    <message>
        <source>What you had not yet saved is back on screen.</source>
        <translation>Ono što još niste sačuvali ponovo je na ekranu.</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Morate izabrati novu lozinku prije nego što nastavite.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>Od vaše posljednje prijave bio je %n neuspjeli pokušaj prijave. Ako to niste bili vi, obavijestite administratora.</numerusform>
            <numerusform>Od vaše posljednje prijave bila su %n neuspjela pokušaja prijave. Ako to niste bili vi, obavijestite administratora.</numerusform>
            <numerusform>Od vaše posljednje prijave bilo je %n neuspjelih pokušaja prijave. Ako to niste bili vi, obavijestite administratora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Vaša je lozinka promijenjena.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmjene</translation>
    </message>
    <message>
        <source>Some changes are not saved. Close anyway and lose them?</source>
        <translation>Neke izmjene nisu sačuvane. Ipak zatvoriti i izgubiti ih?</translation>
    </message>
    <message>
        <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
        <translation>Ispravak ili odgovor koji još niste sačuvali čuva se samo u memoriji (nije se mogao zadržati kao nacrt). Ipak zatvoriti i izgubiti ga?</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Pričekajte</translation>
    </message>
    <message>
        <source>A task is still running. Close the window when it has finished.</source>
        <translation>Zadatak je još u toku. Zatvorite prozor kada završi.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Novo zapažanje</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Pretraga…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zaključaj</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Promijeni &amp;lozinku…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Promijeni &amp;korisnika…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Izlaz</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Prije&amp;đi</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Natrag</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moć</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Uputstvo</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programu</translation>
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
        <translation>Korisnik: {name} ({user})
Uloga: {roles}
Ustanova: {code}
Radna stanica: {id}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zaključano</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Zaključava se za %n min</numerusform>
            <numerusform>Zaključava se za %n min</numerusform>
            <numerusform>Zaključava se za %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in {sec} s</source>
        <translation>Zaključava se za {sec} s</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>centralni ured</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>radna stanica</translation>
    </message>
    <message>
        <source>radprev — observation log — {code} ({mode})</source>
        <translation>radprev — dnevnik zapažanja — {code} ({mode})</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where will this computer be used?</source>
        <translation>Gdje će se ovaj računar koristiti?</translation>
    </message>
    <message>
        <source>The choice cannot be changed later.</source>
        <translation>Izbor se poslije ne može promijeniti.</translation>
    </message>
    <message>
        <source>&amp;Workstation in an establishment</source>
        <translation>&amp;Radna stanica u ustanovi</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Radna stanica</translation>
    </message>
    <message>
        <source>&amp;Central office (imports packages from workstations)</source>
        <translation>&amp;Centralni ured (uvozi pakete s radnih stanica)</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Centralni ured</translation>
    </message>
    <message>
        <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts&apos; computer.</source>
        <translation>Službenici, nadređeni i revizori rade na radnoj stanici; njeni zapisi stižu u centralni ured kao šifrirane datoteke na USB memoriji. Centralni ured izaberite samo za računar analitičara.</translation>
    </message>
</context>
<context>
    <name>ObservationEditorPage</name>
    <message>
        <source>Place</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Vaša dužnost u to vrijeme</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;assessment (required) — why it may matter. What was this person&apos;s usual behaviour before?</source>
        <translation>Pro&amp;cjena službenika (obavezno) — zašto može biti važno. Kakvo je prije bilo uobičajeno ponašanje te osobe?</translation>
    </message>
    <message>
        <source>Usual behaviour before: …
Why it may matter: …</source>
        <translation>Prijašnje uobičajeno ponašanje: …
Zašto može biti važno: …</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Procjena službenika</translation>
    </message>
    <message>
        <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
        <translation>Razmotrena druga obja&amp;šnjenja (obavezno) — dug, sukob, grupa, bolest ili mentalno zdravlje, osjećaj nepravde, loše vijesti od kuće, vjersko prakticiranje ili praznik…</translation>
    </message>
    <message>
        <source>What else could explain it?</source>
        <translation>Šta bi to još moglo objasniti?</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Razmotrena druga objašnjenja</translation>
    </message>
    <message>
        <source>None identified after considering them</source>
        <translation>Nijedno nije utvrđeno nakon razmatranja</translation>
    </message>
    <message>
        <source>No other explanation identified</source>
        <translation>Nije utvrđeno drugo objašnjenje</translation>
    </message>
    <message>
        <source>How you know it and grading</source>
        <translation>Kako znate i ocjena</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Stepen tajnosti:</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Druge uključene osobe</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Poduzeta ili preporučena radnja</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Izjava zatvorenika</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Razlog ispravka</translation>
    </message>
    <message>
        <source>Status: {status}, version {version}</source>
        <translation>Status: {status}, verzija {version}</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Poruke</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
        <translation>Prijavite odmah lično ili telefonom — ne čekajte izvoz. Odmah obavijestite dežurnog rukovodioca / službu sigurnosti, a zatim završite ovaj zapis.</translation>
    </message>
    <message>
        <source>Escalate now</source>
        <translation>Prijavite odmah</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Kada i gdje</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kada:</translation>
    </message>
    <message>
        <source>When did it happen</source>
        <translation>Kada se dogodilo</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>M&amp;jesto:</translation>
    </message>
    <message>
        <source>e.g. wing A landing, yard, visits hall</source>
        <translation>npr. hodnik odjela A, šetalište, prostorija za posjete</translation>
    </message>
    <message>
        <source>Your d&amp;uty:</source>
        <translation>Vaša dužno&amp;st:</translation>
    </message>
    <message>
        <source>e.g. landing officer, visits</source>
        <translation>npr. dežurstvo na hodniku, posjete</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Šta je viđeno ili čuto (činjenice)</translation>
    </message>
    <message>
        <source>What was &amp;seen or heard — who, what, where, how. Put a person&apos;s exact words in &quot;quotation marks&quot;.</source>
        <translation>Šta je viđeno ili čuto — ko, šta, gdje, k&amp;ako. Tačne riječi neke osobe stavite pod „navodnike“.</translation>
    </message>
    <message>
        <source>Describe only what you saw or heard yourself or were told.</source>
        <translation>Opišite samo ono što ste lično vidjeli ili čuli ili ono što vam je rečeno.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (your opinion)</source>
        <translation>Procjena službenika (vaše mišljenje)</translation>
    </message>
    <message>
        <source>Question about wording</source>
        <translation>Pitanje o formulaciji</translation>
    </message>
    <message>
        <source>How do you &amp;know it:</source>
        <translation>Kak&amp;o to znate:</translation>
    </message>
    <message>
        <source>How do you know it</source>
        <translation>Kako to znate</translation>
    </message>
    <message>
        <source>Who told you (restricted):</source>
        <translation>Ko vam je rekao (ograničen pristup):</translation>
    </message>
    <message>
        <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
        <translation>Nikada se ne štampa u pregledima. Ostavite prazno ako ste lično vidjeli.</translation>
    </message>
    <message>
        <source>Who told you (restricted)</source>
        <translation>Ko vam je rekao (ograničen pristup)</translation>
    </message>
    <message>
        <source>The grade is proposed from how you know it; change it if it does not fit.</source>
        <translation>Ocjena se predlaže prema tome kako znate; promijenite je ako ne odgovara.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Hitnost:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Stepen tajnosti</translation>
    </message>
    <message>
        <source>Indicators from the checklist (optional)</source>
        <translation>Pokazatelji iz kontrolne liste (nije obavezno)</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>Nisu pokazatelji</translation>
    </message>
    <message>
        <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
        <translation>Pokazatelji: strelicama se krećete, razmaknicom označavate, ili &amp;unesite oznaku ili riječ da biste ga pronašli. Svaki označeni pokazatelj zahtijeva rečenicu dokaza.</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Uočeni zaštitni faktori</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write &apos;none observed&apos; if you saw none.</source>
        <translation>Zaštitni &amp;faktori — po jedan u redu (kontakt s porodicom, rad, obrazovanje, dobri odnosi s osobljem…). Napišite „nijedan nije uočen“ ako niste uočili nijedan.</translation>
    </message>
    <message>
        <source>none observed</source>
        <translation>nijedan nije uočen</translation>
    </message>
    <message>
        <source>Action and the prisoner&apos;s own account</source>
        <translation>Radnja i izjava zatvorenika</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>Poduzeta &amp;radnja:</translation>
    </message>
    <message>
        <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
        <translation>npr. obaviještena služba sigurnosti, zatražena pretraga sobe, razgovor sa zatvorenikom</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own accoun&amp;t:</source>
        <translation>&amp;Izjava zatvorenika:</translation>
    </message>
    <message>
        <source>If you spoke with the prisoner: what did they say about it?</source>
        <translation>Ako ste razgovarali sa zatvorenikom: šta je rekao/la o tome?</translation>
    </message>
    <message>
        <source>Why is it corrected? (required)</source>
        <translation>Zašto se ispravlja? (obavezno)</translation>
    </message>
    <message>
        <source>&amp;Justification of the correction:</source>
        <translation>O&amp;brazloženje ispravka:</translation>
    </message>
    <message>
        <source>Prisoner:</source>
        <translation>Zatvorenik:</translation>
    </message>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Pronađite zatvorenika po imenu ili matičnom broju</translation>
    </message>
    <message>
        <source>name or prison number, then Enter</source>
        <translation>ime ili matični broj, zatim Enter</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Odgovarajući zatvorenici</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Nijedan zatvorenik ne odgovara upitu „{text}“.</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Sačuvaj nacrt (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit (Ctrl+Enter)</source>
        <translation>&amp;Predaj (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Ame&amp;nd…</source>
        <translation>Is&amp;pravi…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Napišite ispravljenu verziju uz razlog; izvornik ostaje u historiji.</translation>
    </message>
    <message>
        <source>C&amp;lose (Esc)</source>
        <translation>Za&amp;tvori (Esc)</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export.</source>
        <translation>Prijavite odmah lično ili telefonom — ne čekajte izvoz.</translation>
    </message>
    <message>
        <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person&apos;s exact words), keep it.</source>
        <translation>Napisali ste: {words}. Je li to potrebno za opis ponašanja? Ako jest (na primjer tačne riječi osobe), zadržite ga.</translation>
    </message>
    <message>
        <source>Su&amp;bmit correction (Ctrl+Enter)</source>
        <translation>&amp;Predaj ispravak (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation — choose the prisoner</source>
        <translation>Novo zapažanje — izaberite zatvorenika</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>Ovo NISU pokazatelji i nikada se ne smiju označiti kao takvi:</translation>
    </message>
    <message>
        <source>New observation — {name} ({number})</source>
        <translation>Novo zapažanje — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Još nije sačuvano.</translation>
    </message>
    <message>
        <source>Draft observation — {name} ({number})</source>
        <translation>Nacrt zapažanja — {name} ({number})</translation>
    </message>
    <message>
        <source>Correction of an observation — {name} ({number})</source>
        <translation>Ispravak zapažanja — {name} ({number})</translation>
    </message>
    <message>
        <source>Observation (sealed) — {name} ({number})</source>
        <translation>Zapažanje (zapečaćeno) — {name} ({number})</translation>
    </message>
    <message>
        <source>sealed: it can only be corrected with a reason (Amend).</source>
        <translation>zapečaćeno: može se samo ispraviti uz razlog (Ispravi).</translation>
    </message>
    <message>
        <source>returned by {who}: {comment}</source>
        <translation>vratio/la {who}: {comment}</translation>
    </message>
    <message>
        <source>Kept as an unfinished draft.</source>
        <translation>Sačuvano kao nedovršen nacrt.</translation>
    </message>
    <message>
        <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
        <translation>Vaš je ispravak zadržan dok je ekran bio zaključan; još nije predan.</translation>
    </message>
    <message>
        <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
        <translation>Ono što ste unijeli zadržano je dok je ekran bio zaključan; još nije sačuvano.</translation>
    </message>
    <message>
        <source>Draft saved automatically at {time}.</source>
        <translation>Nacrt je automatski sačuvan u {time}.</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Nacrt je sačuvan u {time}.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Nacrt je sačuvan.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>{heading}

Urgency: {urgency}
Indicators: {indicators}

Once submitted it is sealed: it can only be corrected with a reason.</source>
        <translation>{heading}

Hitnost: {urgency}
Pokazatelji: {indicators}

Kada se preda, zapečaćeno je: može se samo ispraviti uz razlog.</translation>
    </message>
    <message>
        <source>Submit and seal?</source>
        <translation>Predati i zapečatiti?</translation>
    </message>
    <message>
        <source>Submit and seal</source>
        <translation>Predaj i zapečati</translation>
    </message>
    <message>
        <source>Not submitted: change the wording, then submit.</source>
        <translation>Nije predano: promijenite formulaciju, zatim predajte.</translation>
    </message>
    <message>
        <source>Submitted for review (version {version}).</source>
        <translation>Predano na provjeru (verzija {version}).</translation>
    </message>
    <message>
        <source>Observation submitted. Escalate now in person or by phone.</source>
        <translation>Zapažanje je predano. Prijavite odmah lično ili telefonom.</translation>
    </message>
    <message>
        <source>Observation submitted for review.</source>
        <translation>Zapažanje je predano na provjeru.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nesačuvane izmjene</translation>
    </message>
    <message>
        <source>The correction is not submitted yet. Discard it?</source>
        <translation>Ispravak još nije predan. Odbaciti ga?</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft?</source>
        <translation>Sačuvati ono što ste upisali kao nacrt?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Sačuvaj kao nacrt</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The guide&apos;s section for this page (Help → Guide, F1).</extracomment>
        <translation>Nesačuvane izmjene</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
        <translation>Dio onoga što ste upisali ne može se sačuvati kao nacrt (ispravak koji još nije predan ili odgovor još bez primjera). Odbaciti ga?</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password</source>
        <translation>Nova lozinka</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Ponovo nova lozinka</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>Provjera lozinke</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Prikaži lozinke</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nova lozinka:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ponovite je:</translation>
    </message>
    <message>
        <source>Type the new password, at least 10 characters.</source>
        <translation>Unesite novu lozinku, najmanje 10 znakova.</translation>
    </message>
    <message>
        <source>Type the password a second time.</source>
        <translation>Unesite lozinku još jednom.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>Lozinka je prihvatljiva.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No report generated yet.</source>
        <translation>Još nije izrađen nijedan izvještaj.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Smanji</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Povećaj</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Prilagodi širini</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Štam&amp;paj…</translation>
    </message>
    <message>
        <source>Save as PDF (unencrypted)…</source>
        <translation>Sačuvaj kao PDF (nešifrirano)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Pregled izvještaja</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n stranica</numerusform>
            <numerusform>%n stranice</numerusform>
            <numerusform>%n stranica</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Štampanje izvještaja</translation>
    </message>
    <message>
        <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use &quot;Save as PDF (unencrypted)…&quot; where the report offers it.</source>
        <translation>Štampanje u datoteku nije ponuđeno: datoteka ne bi bila šifrirana, a njena kopija ne bi bila zabilježena. Odaberite štampač ili upotrijebite „Sačuvaj kao PDF (nešifrirano)…” gdje ga izvještaj nudi.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Category of the person</source>
        <translation>Kategorija osobe</translation>
    </message>
    <message>
        <source>e.g. cellmate, visitor (wife), prison number</source>
        <translation>npr. sustanar, posjetilac (supruga), matični broj</translation>
    </message>
    <message>
        <source>Who (description)</source>
        <translation>Ko (opis)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Dodaj osobu</translation>
    </message>
    <message>
        <source>People involved (Delete removes)</source>
        <translation>Uključene osobe (Delete uklanja)</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>Kate&amp;gorija:</translation>
    </message>
</context>
<context>
    <name>PrisonerDetailsTab</name>
    <message>
        <source>Find a prisoner to record or decide the person&apos;s rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
        <translation>Pronađite zatvorenika da biste zabilježili ili riješili njegov zahtjev za ispravku ili osporavanje njegovih podataka, ili da biste ispravili podatke. Zapažanja se ovdje ne prikazuju.</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Navedite r&amp;azlog pristupa…</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Pronađi zatvorenika po imenu ili matičnom broju</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>ime ili matični broj</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Traži:</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>Pretra&amp;ži</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>Otvori podatk&amp;e</translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation>Pronađeni zatvorenici</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograničenje</translation>
    </message>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Zahtje&amp;vi i osporavanja…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes on the details.</source>
        <translation>Zahtjevi zatvorenika za ispravku podataka i osporavanja podataka.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Izmijeni podatke…</translation>
    </message>
    <message>
        <source>Changes to details, requests and disputes</source>
        <translation>Izmjene podataka, zahtjevi i osporavanja</translation>
    </message>
    <message>
        <source>Prisoners found: {count}</source>
        <translation>Pronađeni zatvorenici: {count}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>ograničeno</translation>
    </message>
    <message>
        <source>Details of {name} ({number}).</source>
        <translation>Podaci: {name} ({number}).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Disk</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Izaberi sve</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Korak &amp;gore</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Korak &amp;dolje</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Zadatak</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Upravljanje zadatkom</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Zakazano štampanje:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Štampaj odmah</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Zadrži do daljnjeg</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dan (06:00 do 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noć (18:00 do 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Druga smjena (16:00 do 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Treća smjena (00:00 do 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Vikend (od subote do nedjelje)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Određeno vrijeme</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Podaci za &amp;naplatu:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>P&amp;rioritet zadatka:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Naslovne stranice</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Početak:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Nijedna</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Standardna</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Neklasificirano</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Povjerljivo</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Klasificirano</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tajno</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Strogo tajno</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>What Qt&apos;s own (non-native) file dialog shows: labels, buttons, tool tips, the list&apos;s columns and context menu, the overwrite question.</extracomment>
        <translation>&amp;Traži u:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Naziv datoteke:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Vrsta datoteka:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otvori</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Sačuvaj</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Izaberi</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Nazad</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Naprijed</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Nadređeni folder</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Napravi novi folder</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Prikaz liste</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Detaljan prikaz</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Preimenuj</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Izbriši</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Prikaži &amp;skrivene datoteke</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Novi folder</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Novi folder</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 već postoji.
Želite li je zamijeniti?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <extracomment>The file dialog&apos;s rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column&apos;s words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
        <translation>%1
Folder nije pronađen.
Provjerite da li je naziv foldera ispravan.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Datoteka nije pronađena.
Provjerite da li je naziv datoteke ispravan.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; je zaštićeno od upisivanja.
Želite li ga ipak izbrisati?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Jeste li sigurni da želite izbrisati &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Folder nije moguće izbrisati.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Idi nazad</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Idi naprijed</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Idi u nadređeni folder</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Napravi novi folder</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Pređi na prikaz liste</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Pređi na detaljan prikaz</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista mjesta i oznaka</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bočna traka</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nedavna mjesta</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Datoteke</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Folderi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Pronađi folder</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Sačuvaj kao</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Naziv</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Datum izmjene</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Računar</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Moj računar</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>P&amp;onovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Prikaži detalje...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sakrij detalje...</translation>
    </message>
</context>
<context>
    <name>QMimeType</name>
    <message>
        <source>PDF document</source>
        <translation>PDF dokument</translation>
    </message>
    <message>
        <source>plain text document</source>
        <translation>obični tekstualni dokument</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papir</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Veličina stranice:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Širina:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Visina:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Izvor papira:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Prilagođeno</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orijentacija</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Uspravno</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Položeno</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Položeno, obrnuto</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Uspravno, obrnuto</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margine</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>gornja margina</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>donja margina</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lijeva margina</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>desna margina</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetri (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inči (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Tačke (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pika (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didotova tačka (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Ciceron (CC)</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Raspored stranica</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Redoslijed stranica:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Stranica &amp;po listu:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Prilagođena</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Prilagođena (%1mm × %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Prilagođena (%1pt × %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Prilagođena (%1in × %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Prilagođena (%1pc × %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Prilagođena (%1DD × %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Prilagođena (%1CC × %2CC)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Dopisnica</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Dvostruka dopisnica</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Koverta B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Koverta B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Koverta B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Koverta C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Koverta C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Koverta C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Koverta C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Koverta C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Koverta C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Koverta C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Koverta C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Koverta C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Koverta Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Koverta Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Koverta DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Koverta Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Koverta Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Koverta Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Koverta Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Koverta Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Koverta PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Koverta PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Koverta PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Koverta PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Koverta PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Koverta PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Koverta PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Koverta PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Koverta PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Koverta PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Koverta Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Koverta US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Koverta US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Koverta US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Koverta US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Koverta US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Koverta You 4</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Sačuvaj</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Sačuvaj sve</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Da za &amp;sve</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;e za sve</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primijeni</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Vrati zadano</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <extracomment>Qt&apos;s own print dialog (Linux; Windows and macOS show the system&apos;s): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
        <translation>Štampanje</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Štampaj</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opcije &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opcije &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Štampaj u datoteku (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Štampaj u datoteku…</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokalna datoteka</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Upiši PDF datoteku</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Sve stranice</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Neparne stranice</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Parne stranice</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatski</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>S lijeva na desno, odozgo prema dolje</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>S lijeva na desno, odozdo prema gore</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>S desna na lijevo, odozdo prema gore</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>S desna na lijevo, odozgo prema dolje</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Odozdo prema gore, s lijeva na desno</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Odozdo prema gore, s desna na lijevo</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Odozgo prema dolje, s lijeva na desno</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Odozgo prema dolje, s desna na lijevo</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 već postoji.
Želite li je zamijeniti?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 je folder.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>U datoteku %1 nije moguće upisivati.
Izaberite drugi naziv datoteke.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Neispravno zadane stranice</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 nije ispravno zadano. Stranice i raspone odvojite zarezom &apos;,&apos;, raspon označite crticom &apos;-&apos; i pazite da se rasponi ne preklapaju.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opcije &apos;Stranica po listu&apos; i &apos;Skup stranica&apos; ne mogu se koristiti zajedno.
Isključite jednu od njih.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Sukob postavki dvostranog štampanja</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Postavke dvostranog štampanja su u sukobu. Želite li ih ispraviti?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Svojstva štampača</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opcije zadatka</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Sukob postavki stranice</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Postavke stranice su u sukobu. Želite li ih ispraviti?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Sukob naprednih opcija</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Neke napredne opcije su u sukobu. Želite li ih ispraviti?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Stranica</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Napredno</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Neke opcije su u sukobu. Ispravite ih.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Primjerci</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Broj primjeraka:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Složi po primjercima</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Obrnutim redom</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcije</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Postavke štampanja</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Raspon štampanja</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Štampaj sve</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Stranice od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Stranice</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trenutna stranica</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Odabir</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Skup stranica:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Navedite stranice ili raspone odvojene zarezima. Raspon su dva broja odvojena crticom. Npr. 3,5-7,9 štampa stranice 3, 5, 6, 7 i 9.</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Način boja</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>U boji</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Nijanse sive</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Dvostrano štampanje</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Isključeno</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Uvez po dužoj strani</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Uvez po kraćoj strani</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Štampač</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>S&amp;vojstva</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lokacija:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Vrsta:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Izlazna &amp;datoteka:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>P&amp;onovi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiraj adresu &amp;veze</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Izbriši</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Izaberi sve</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The buttons QWizard makes itself (the first-run wizard, classic style).</extracomment>
        <translation>&lt; Na&amp;zad</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Da&amp;lje &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Završi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoć</translation>
    </message>
</context>
<context>
    <name>ReasonButton</name>
    <message>
        <source>Every consultation of prisoners&apos; data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
        <translation>Svaki uvid u podatke zatvorenika bilježi se u dnevniku revizije s ovim razlogom. Kliknite da ga promijenite kada počnete drugi zadatak.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Razlog nije naveden</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Razlog: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonGate</name>
    <message>
        <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
        <translation>Imena se prikazuju kada navedete zašto su vam potrebna (razlog pristupa upisuje se u dnevnik revizije).</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Navedite &amp;razlog pristupa…</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <source>Change the classification</source>
        <translation>Promjena stepena tajnosti</translation>
    </message>
    <message>
        <source>Observation of {when}, version {version}</source>
        <translation>Zapažanje od {when}, verzija {version}</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Promijeni</translation>
    </message>
    <message>
        <source>Current classification:</source>
        <translation>Trenutni stepen tajnosti:</translation>
    </message>
    <message>
        <source>&amp;New classification:</source>
        <translation>&amp;Novi stepen tajnosti:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Razlog (čuva se u dnevniku revizije):</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Pronađite zatvorenika po imenu ili matičnom broju</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>ime ili matični broj</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Odgovarajući zatvorenici</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Zapažanje</translation>
    </message>
    <message>
        <source>No names are shown without a reason for access.</source>
        <translation>Bez razloga pristupa imena se ne prikazuju.</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Nijedan zatvorenik ne odgovara upitu „{text}“.</translation>
    </message>
    <message>
        <source>Chosen: {who}</source>
        <translation>Izabrano: {who}</translation>
    </message>
    <message>
        <source>No observations are shown without a reason for access.</source>
        <translation>Bez razloga pristupa zapažanja se ne prikazuju.</translation>
    </message>
    <message>
        <source>This prisoner has no observation yet.</source>
        <translation>Za ovog zatvorenika još nema zapažanja.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password — recovery code</source>
        <translation>Zaboravljena lozinka — kod za oporavak</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
        <translation>Unesite kod za oporavak s lista koji se čuva u sefu, ime računa i novu lozinku. Upotreba koda za oporavak upisuje se u dnevnik revizije.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod za oporavak</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kod za oporavak:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>K&amp;orisničko ime:</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Postavi novu lozinku</translation>
    </message>
    <message>
        <source>Type the recovery code and the username.</source>
        <translation>Unesite kod za oporavak i korisničko ime.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Lozinka je postavljena</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Nova lozinka je postavljena. Prijavite se njome.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Kod za oporavak</translation>
    </message>
    <message>
        <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
        <translation>Ovaj se kod prikazuje samo sada. Njime se može postaviti nova lozinka kada su izgubljene sve administratorske lozinke.</translation>
    </message>
    <message>
        <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment&apos;s safe. Do not store it on this computer.</source>
        <translation>Zapišite ga ili odštampajte list za oporavak, zapečatite ga u kovertu i čuvajte u sefu ustanove. Ne čuvajte ga na ovom računaru.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Odštampaj list za oporavak…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Štampanje lista za oporavak</translation>
    </message>
    <message>
        <source>I have written down / printed it and stored it safely</source>
        <translation>Zapisao/la sam ga / odštampao/la i sigurno ga sačuvao/la</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>Kod za oporavak sigurno je sačuvan</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer to a programme</source>
        <translation>Uputi u program</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Zatvorenik: {name}</translation>
    </message>
    <message>
        <source>What was seen or heard that led to the referral</source>
        <translation>Šta je viđeno ili čuto i dovelo do upućivanja</translation>
    </message>
    <message>
        <source>Why the programme may help (optional)</source>
        <translation>Zašto bi program mogao pomoći (nije obavezno)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Date of referral:</source>
        <translation>&amp;Datum upućivanja:</translation>
    </message>
    <message>
        <source>Reason — &amp;facts:</source>
        <translation>Razlog — či&amp;njenice:</translation>
    </message>
    <message>
        <source>Reason — your &amp;assessment:</source>
        <translation>Razlog — vaša pro&amp;cjena:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Uputi</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Record a step of the referral</source>
        <translation>Bilježenje koraka upućivanja</translation>
    </message>
    <message>
        <source>{programme} — now: {status}</source>
        <translation>{programme} — sada: {status}</translation>
    </message>
    <message>
        <source>No change of status (outcome only)</source>
        <translation>Bez promjene statusa (samo ishod)</translation>
    </message>
    <message>
        <source>What came of it, in words (never a score)</source>
        <translation>Šta je iz toga proizašlo, riječima (nikada bodovi)</translation>
    </message>
    <message>
        <source>&amp;Status reached:</source>
        <translation>&amp;Dostignuti status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Da&amp;tum:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Napomena:</translation>
    </message>
    <message>
        <source>&amp;Outcome notes:</source>
        <translation>Bilješke o &amp;ishodu:</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Refer to a &amp;programme…</source>
        <translation>Uputi u pro&amp;gram…</translation>
    </message>
    <message>
        <source>Record a ste&amp;p…</source>
        <translation>Zabilježi k&amp;orak…</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Upućivanja u programe</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Izabrano upućivanje</translation>
    </message>
    <message>
        <source>{day} — {programme}: {status}</source>
        <translation>{day} — {programme}: {status}</translation>
    </message>
    <message>
        <source>[from {est}, read-only]</source>
        <translation>[iz {est}, samo za čitanje]</translation>
    </message>
    <message>
        <source>Referred on {day} by {who} at {est}</source>
        <translation>Upućeno {day}, {who}, u {est}</translation>
    </message>
    <message>
        <source>Made at {est}; it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Izrađeno u {est}; stiglo je sa spisom zatvorenika i ovdje je samo za čitanje.</translation>
    </message>
    <message>
        <source>Reason — facts</source>
        <translation>Razlog — činjenice</translation>
    </message>
    <message>
        <source>Reason — assessment</source>
        <translation>Razlog — procjena</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>Default</source>
        <translation>Podrazumijevani</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Podrazumijevani ({language})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Observation record</source>
        <translation>Zapis zapažanja</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Pregled odjela za period</translation>
    </message>
    <message>
        <source>Blank checklist (paper form)</source>
        <translation>Prazna kontrolna lista (papirni obrazac)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>List za upis radne stanice</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Izvještaj o pristupu za osobu na koju se podaci odnose</translation>
    </message>
    <message>
        <source>Establishment report (central office)</source>
        <translation>Izvještaj ustanove (centralni ured)</translation>
    </message>
    <message>
        <source>National overview (central office)</source>
        <translation>Nacionalni pregled (centralni ured)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Izvještaj</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Izvještaj:</translation>
    </message>
    <message>
        <source>Pri&amp;soner:</source>
        <translation>&amp;Zatvorenik:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Odjel:</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Ustanova</translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation>Us&amp;tanova:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Prvi dan</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Posljednji dan</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>P&amp;eriod:</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Šablon kontrolne liste</translation>
    </message>
    <message>
        <source>From a f&amp;ile…</source>
        <translation>Iz da&amp;toteke…</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Šab&amp;lon:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod za oporavak</translation>
    </message>
    <message>
        <source>Rec&amp;overy code:</source>
        <translation>&amp;Kod za oporavak:</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Jezik izvještaja</translation>
    </message>
    <message>
        <source>Prisoner summary</source>
        <translation>Pregled za zatvorenika</translation>
    </message>
    <message>
        <source>Recovery sheet (administrator&apos;s password)</source>
        <translation>List za oporavak (lozinka administratora)</translation>
    </message>
    <message>
        <source>Central office certificate check code</source>
        <translation>Kontrolni kod certifikata centralnog ureda</translation>
    </message>
    <message>
        <source>Central office&apos;s check code (optio&amp;nal):</source>
        <translation>Kontrolni kod centralnog ureda (nije oba&amp;vezno):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Jezik:</translation>
    </message>
    <message>
        <source>Why and for whom (recorded in the audit log)</source>
        <translation>Zašto i za koga (bilježi se u dnevniku revizije)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation>Detalji razloga</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Primalac</translation>
    </message>
    <message>
        <source>e.g. security department, case conference</source>
        <translation>npr. služba sigurnosti, stručni tim</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Razlog:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>Det&amp;alji:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Primala&amp;c:</translation>
    </message>
    <message>
        <source>Generate and pre&amp;view</source>
        <translation>Izradi i pre&amp;gledaj</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Svi odjeli</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktivan)</translation>
    </message>
    <message>
        <source>Checklist template file</source>
        <translation>Datoteka šablona kontrolne liste</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Šabloni (*.json)</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Izaberite izvještaj.</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Izaberite zatvorenika: unesite ime ili matični broj i izaberite sa liste.</translation>
    </message>
    <message>
        <source>Choose the observation from the list.</source>
        <translation>Izaberite zapažanje sa liste.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Izrada izvještaja…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n stranica</numerusform>
            <numerusform>%1 — %n stranice</numerusform>
            <numerusform>%1 — %n stranica</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Izvještaj je poslan na štampač.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Sačuvati nešifrirani PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
        <translation>PDF datoteka NEĆE biti šifrirana: svako ko može otvoriti folder može je pročitati. Sačuvajte je samo tamo gdje to dozvoljavaju vaša uputstva i izbrišite je kada više nije potrebna. Čuvanje se bilježi u dnevniku revizije.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Čuvanje izvještaja kao PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sačuvano %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable {user} with a new password</source>
        <translation>Omogućavanje računa {user} s novom lozinkom</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Ponovno postavljanje lozinke za {user}</translation>
    </message>
    <message>
        <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
        <translation>Dvaput unesite privremenu lozinku. {user} mora izabrati novu pri sljedećoj prijavi.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Ponovno postavi lozinku</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the encrypted database from a backup</source>
        <translation>Vraćanje šifrirane baze podataka iz sigurnosne kopije</translation>
    </message>
    <message>
        <source>Choose a backup. An administrator&apos;s username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
        <translation>Izaberite sigurnosnu kopiju. Potrebni su korisničko ime i lozinka administratora iz vremena kada je kopija napravljena. Trenutne datoteke sklanjaju se, ne brišu se.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sigurnosne kopije</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Korisničko ime administratora</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Lozinka administratora</translation>
    </message>
    <message>
        <source>There are no backups in the database folder.</source>
        <translation>U folderu baze podataka nema sigurnosnih kopija.</translation>
    </message>
    <message>
        <source>Administrator &amp;username:</source>
        <translation>&amp;Korisničko ime administratora:</translation>
    </message>
    <message>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Lozinka administratora:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vrati</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Prvo izaberite sigurnosnu kopiju.</translation>
    </message>
</context>
<context>
    <name>RestrictionButton</name>
    <message>
        <source>&amp;Lift restriction…</source>
        <translation>Ukini &amp;ograničenje…</translation>
    </message>
    <message>
        <source>Restr&amp;ict processing…</source>
        <translation>&amp;Ograniči obradu…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ograniči obradu</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Ukini ograničenje</translation>
    </message>
    <message>
        <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
        <translation>Zašto se obrada ovog dosjea ograničava? (čuva se u dosjeu i u dnevniku revizije)</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
        <translation>Zašto se ograničenje ukida? (čuva se u dosjeu i u dnevniku revizije)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention decisions</source>
        <translation>Odluke o čuvanju</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osuđeni</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Rok za preispitivanje</translation>
    </message>
    <message>
        <source>Keep the file (until the next review)</source>
        <translation>Zadrži dosje (do sljedećeg preispitivanja)</translation>
    </message>
    <message>
        <source>Anonymise the file</source>
        <translation>Anonimiziraj dosje</translation>
    </message>
    <message>
        <source>Erase the file</source>
        <translation>Izbriši dosje</translation>
    </message>
    <message>
        <source>Keep the free text (checked: it names no one)</source>
        <translation>Zadrži slobodan tekst (provjereno: nikoga ne imenuje)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Odluči</translation>
    </message>
    <message>
        <source>Erase re&amp;jected reports past their period…</source>
        <translation>Izbriši o&amp;dbijene izvještaje nakon roka…</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>Od&amp;luka:</translation>
    </message>
    <message>
        <source>&amp;Next review (keep):</source>
        <translation>&amp;Sljedeće preispitivanje (zadržavanje):</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Razlog (čuva se u dnevniku revizije):</translation>
    </message>
    <message>
        <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
        <translation>Odluka za dosje {number}: {decision}. Ovo se ne može poništiti. Nastaviti?</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>Odlučeno: {decision}.</translation>
    </message>
    <message>
        <source>No rejected report is past its period.</source>
        <translation>Nijedan odbijeni izvještaj nije prešao rok čuvanja.</translation>
    </message>
    <message>
        <source>Erase {count} rejected report(s) rejected before {day}?</source>
        <translation>Izbrisati odbijene izvještaje odbijene prije {day} (broj: {count})?</translation>
    </message>
    <message>
        <source>Rejected reports erased: {count}.</source>
        <translation>Izbrisani odbijeni izvještaji: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Grading after review</source>
        <translation>Ocjena nakon provjere</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Red za provjeru</translation>
    </message>
    <message>
        <source>Observations awaiting review, most urgent first</source>
        <translation>Zapažanja koja čekaju provjeru, najhitnija prva</translation>
    </message>
    <message>
        <source>Observation under review</source>
        <translation>Zapažanje koje se provjerava</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Zapažanje</translation>
    </message>
    <message>
        <source>Changes (side by side)</source>
        <translation>Izmjene (jedna pored druge)</translation>
    </message>
    <message>
        <source>Changes (text)</source>
        <translation>Izmjene (tekst)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
        <translation>&amp;Komentar ili razlog (obavezno za vraćanje, promjenu ocjene, odbijanje):</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Komentar ili razlog</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Prihvati</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>Vrati &amp;autoru</translation>
    </message>
    <message>
        <source>Re-grad&amp;e and accept</source>
        <translation>Promijeni &amp;ocjenu i prihvati</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Od&amp;bij</translation>
    </message>
    <message>
        <source>Open prisoner&apos;s fi&amp;le</source>
        <translation>Otvori &amp;spis zatvorenika</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>&amp;Ispravi…</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Napišite ispravljenu verziju uz razlog; izvornik ostaje u historiji.</translation>
    </message>
    <message>
        <source>Reclassif&amp;y…</source>
        <translation>Promijeni stepen &amp;tajnosti…</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>%n zapažanje čeka provjeru</numerusform>
            <numerusform>%n zapažanja čekaju provjeru</numerusform>
            <numerusform>%n zapažanja čeka provjeru</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for access to review this observation.</source>
        <translation>Navedite razlog pristupa za provjeru ovog zapažanja.</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
        <translation>Hitno: prijetnja životu ili neposredna opasnost. Provjerite je li prijavljeno lično ili telefonom.</translation>
    </message>
    <message>
        <source>Officer&apos;s grade: {grade}</source>
        <translation>Ocjena službenika: {grade}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Prihvaćeno.</translation>
    </message>
    <message>
        <source>Returned to the author with your comment.</source>
        <translation>Vraćeno autoru s vašim komentarom.</translation>
    </message>
    <message>
        <source>Rejected with your reason.</source>
        <translation>Odbijeno s vašim razlogom.</translation>
    </message>
    <message>
        <source>Re-graded and accepted.</source>
        <translation>Ocjena promijenjena i prihvaćeno.</translation>
    </message>
    <message>
        <source>Classification: {level}.</source>
        <translation>Stepen tajnosti: {level}.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Training scenario</source>
        <translation>Scenarij za obuku</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Pretraga</translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation>&amp;Traži:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Tekst za pretragu</translation>
    </message>
    <message>
        <source>words from the facts or assessment, a name or a prison number</source>
        <translation>riječi iz činjenica ili procjene, ime ili matični broj</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Pretraži</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Svaka hitnost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Svaki status</translation>
    </message>
    <message>
        <source>Indicator domain</source>
        <translation>Područje pokazatelja</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Između</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Od datuma</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Do datuma</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Odjel:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Hitnost:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Indicator &amp;domain:</source>
        <translation>Područje po&amp;kazatelja:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>i</translation>
    </message>
    <message>
        <source>Results; Enter opens the prisoner&apos;s file</source>
        <translation>Rezultati; Enter otvara spis zatvorenika</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Svi odjeli</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Svako područje</translation>
    </message>
    <message>
        <source>No results are shown without a reason for access.</source>
        <translation>Bez razloga pristupa rezultati se ne prikazuju.</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>Pronađeno je %n zapažanje</numerusform>
            <numerusform>Pronađena su %n zapažanja</numerusform>
            <numerusform>Pronađeno je %n zapažanja</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>Prvi %n rezultat, najbolje podudaranje prvo; pomaknite prema dolje za još.</numerusform>
            <numerusform>Prva %n rezultata, najbolje podudaranje prvo; pomaknite prema dolje za još.</numerusform>
            <numerusform>Prvih %n rezultata, najbolje podudaranje prvo; pomaknite prema dolje za još.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveQuestion</name>
    <message>
        <source>Words about religion, ethnicity or politics</source>
        <translation>Riječi o vjeri, etničkoj pripadnosti ili politici</translation>
    </message>
    <message>
        <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person&apos;s exact words); your supervisor will see that you were asked.</source>
        <translation>Napisali ste:
{lines}

Je li to potrebno za opis ponašanja? Vjera, etnička pripadnost ili politička uvjerenja sama po sebi nikada nisu pokazatelji. Zadržite riječi samo ako su potrebne (na primjer tačne riječi osobe); vaš nadređeni će vidjeti da vam je to pitanje postavljeno.</translation>
    </message>
    <message>
        <source>Necessary: keep and submit</source>
        <translation>Potrebno: zadrži i predaj</translation>
    </message>
    <message>
        <source>Change the wording</source>
        <translation>Promijeni formulaciju</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Sačuvaj postavke</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Sačuvaj postavke</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Postavke su sačuvane.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>radprev — create the encrypted database</source>
        <translation>radprev — pravljenje šifrirane baze podataka</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Završi</translation>
    </message>
    <message>
        <source>Creating the encrypted database; measuring this computer&apos;s speed for the password key…</source>
        <translation>Pravi se šifrirana baza podataka; mjeri se brzina ovog računara za ključ lozinke…</translation>
    </message>
</context>
<context>
    <name>SubjectDetailPage</name>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Odjel / ćelija</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Provjera spisa do</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograničenje</translation>
    </message>
    <message>
        <source>Your reason for access</source>
        <translation>Vaš razlog pristupa</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Novo zapažanje</translation>
    </message>
    <message>
        <source>New chec&amp;klist run</source>
        <translation>Nova &amp;kontrolna lista</translation>
    </message>
    <message>
        <source>Con&amp;tinue draft</source>
        <translation>Nastavi n&amp;acrt</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Is&amp;pravi…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historija</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>&amp;Izmijeni podatke…</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>Promijeni &amp;razlog…</translation>
    </message>
    <message>
        <source>&amp;Write my new observation before seeing earlier reports</source>
        <translation>Napiši moje novo zapažanje prije &amp;uvida u ranije prijave</translation>
    </message>
    <message>
        <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
        <translation>Ako prvo pročitate ranije prijave, to može uticati na ono što pišete. Skrivene su dok ne predate.</translation>
    </message>
    <message>
        <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
        <translation>Ranije prijave skrivene su dok ne napišete svoje zapažanje. Pritisnite „Novo zapažanje“ ili „Prikaži ranije prijave“ ako trebate samo čitati.</translation>
    </message>
    <message>
        <source>&amp;Show earlier reports</source>
        <translation>Prikaži ranije pr&amp;ijave</translation>
    </message>
    <message>
        <source>Observations, newest first</source>
        <translation>Zapažanja, najnovija prva</translation>
    </message>
    <message>
        <source>Selected observation</source>
        <translation>Izabrano zapažanje</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Zapažanja</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Popunjene kontrolne liste</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Kontrolne liste</translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation>Izmjene podataka</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Premještaji</translation>
    </message>
    <message>
        <source>The file was not opened: no reason given.</source>
        <translation>Spis nije otvoren: razlog nije naveden.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Spis: {name}</translation>
    </message>
    <message>
        <source>Recorded at {est}: it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Zabilježeno u {est}: stiglo je sa spisom zatvorenika i ovdje je samo za čitanje.</translation>
    </message>
    <message>
        <source>Restricted: accuracy disputed</source>
        <translation>Ograničeno: tačnost je osporena</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>{at}: {who} changed {fields} — {reason}</source>
        <translation>{at}: {who} — izmijenjeno: {fields} — {reason}</translation>
    </message>
    <message>
        <source>No changes since the file was created.</source>
        <translation>Nema izmjena od otvaranja spisa.</translation>
    </message>
    <message>
        <source>{at}: {decision} by {who} (version {version}){comment}</source>
        <translation>{at}: {decision}, {who} (verzija {version}){comment}</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Provjere</translation>
    </message>
    <message>
        <source>History of the observation of {when}</source>
        <translation>Historija zapažanja od {when}</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Edit prisoner</source>
        <translation>Izmjena podataka zatvorenika</translation>
    </message>
    <message>
        <source>Add prisoner</source>
        <translation>Dodavanje zatvorenika</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nije poznato</translation>
    </message>
    <message>
        <source>Why is this changed? (required)</source>
        <translation>Zašto se ovo mijenja? (obavezno)</translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation>&amp;Matični broj:</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Prezime:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Godina rođenja:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>O&amp;djel:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>Ć&amp;elija:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ćelija</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Reason for change:</source>
        <translation>&amp;Razlog izmjene:</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Razlog izmjene</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded:</source>
        <translation>Slični zatvorenici koji su već evidentirani:</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded</source>
        <translation>Slični zatvorenici koji su već evidentirani</translation>
    </message>
    <message>
        <source>&amp;Open this file instead</source>
        <translation>&amp;Otvori ovaj spis</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nema)</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Obrada ovog dosjea je ograničena: matični broj, ime i prezime i godina rođenja ispravljaju se samo kao odgovor na zahtjev zatvorenika za ispravku podataka. Odjel, ćelija i status i dalje se mogu mijenjati.</translation>
    </message>
    <message>
        <source>{number} — {name}, born {year}, unit {unit}</source>
        <translation>{number} — {name}, godina rođenja {year}, odjel {unit}</translation>
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
        <translation>Zatvorenici</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Pronađi:</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Pronađi zatvorenika po imenu ili matičnom broju</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>ime ili matični broj</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Odje&amp;l:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>&amp;Add prisoner…</source>
        <translation>Dodaj &amp;zatvorenika…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Otvori spis</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Svi odjeli</translation>
    </message>
    <message numerus="yes">
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n zatvorenik</numerusform>
            <numerusform>%n zatvorenika</numerusform>
            <numerusform>%n zatvorenika</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching prisoners: scroll for more</source>
        <translation>Odgovarajući zatvorenici: pomaknite za još</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Sinhronizacija</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Šta je učinila posljednja radnja</translation>
    </message>
    <message>
        <source>Export to the central office</source>
        <translation>Izvoz u centralni ured</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>Centralni ured:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Posljednji izvoz:</translation>
    </message>
    <message>
        <source>Next export due:</source>
        <translation>Sljedeći izvoz do:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Promjene na čekanju:</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Čeka potvrdu prijema:</translation>
    </message>
    <message>
        <source>This workstation&apos;s check code:</source>
        <translation>Kontrolni kod ove radne stanice:</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Izvezi u folder…</translation>
    </message>
    <message>
        <source>&amp;Re-send unacknowledged…</source>
        <translation>&amp;Ponovo pošalji nepotvrđeno…</translation>
    </message>
    <message>
        <source>&amp;Import receipt or bundle…</source>
        <translation>&amp;Uvezi potvrdu ili paket…</translation>
    </message>
    <message>
        <source>&amp;Trust central certificate…</source>
        <translation>&amp;Certifikat centralnog ureda je pouzdan…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Zapisi</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Unosi revizije</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostava</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datoteka</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Zapisani paketi</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Uvezi pakete…</translation>
    </message>
    <message>
        <source>Import a whole &amp;folder…</source>
        <translation>Uvezi cijeli &amp;folder…</translation>
    </message>
    <message>
        <source>Write &amp;receipt…</source>
        <translation>Zapiši &amp;potvrdu prijema…</translation>
    </message>
    <message>
        <source>Write reference &amp;bundle…</source>
        <translation>Zapiši &amp;referentni paket…</translation>
    </message>
    <message>
        <source>Write &amp;certificate…</source>
        <translation>Zapiši &amp;certifikat…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Ustanova</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Radna stanica</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Paketi</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Posljednji paket</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Nedostaje</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>U karanteni</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Sukobi</translation>
    </message>
    <message>
        <source>Failed imports</source>
        <translation>Neuspjeli uvozi</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Posljednji uvoz</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kontrolni kod</translation>
    </message>
    <message>
        <source>{est} — check code {fp}</source>
        <translation>{est} — kontrolni kod {fp}</translation>
    </message>
    <message>
        <source>This office&apos;s check code: {fp}</source>
        <translation>Kontrolni kod ovog ureda: {fp}</translation>
    </message>
    <message>
        <source>Central office {est} trusted (check code {fp}).</source>
        <translation>Centralni ured {est} proglašen je pouzdanim (kontrolni kod {fp}).</translation>
    </message>
    <message>
        <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation&apos;s enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
        <translation>Paket je stigao s radne stanice koja nije upisana ({est}).
Njen kontrolni kod je:
{fp}

Unesite kontrolni kod odštampan na listu za upis te radne stanice (na listu se naziva otisak) da biste je upisali:</translation>
    </message>
    <message>
        <source>Check code for the enrolment sheet: {fp}</source>
        <translation>Kontrolni kod za list za upis: {fp}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Take in a transferred &amp;prisoner…</source>
        <translation>Preuzmi premještenog &amp;zatvorenika…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Primljeno</translation>
    </message>
    <message>
        <source>&amp;Show prisoners of every establishment</source>
        <translation>Prikaži zatvorenike &amp;svih ustanova</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Prezime</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Ime</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Zapažanja</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Posljednji događaj</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Radne stanice</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Karantena</translation>
    </message>
    <message>
        <source>All prisoners</source>
        <translation>Svi zatvorenici</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Premještaji</translation>
    </message>
    <message>
        <source>One person, two files</source>
        <translation>Jedna osoba, dva spisa</translation>
    </message>
    <message>
        <source>Sync — central office</source>
        <translation>Sinhronizacija — centralni ured</translation>
    </message>
    <message>
        <source>Sync — export to the central office</source>
        <translation>Sinhronizacija — izvoz u centralni ured</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet (an administrator trusts it).</source>
        <translation>Nijedan certifikat centralnog ureda još nije proglašen pouzdanim (to čini administrator).</translation>
    </message>
    <message>
        <source>package {n}, {when}</source>
        <translation>paket {n}, {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikada</translation>
    </message>
    <message>
        <source>{when} — OVERDUE</source>
        <translation>{when} — KASNI</translation>
    </message>
    <message>
        <source>(no receipt after {days} days: {late})</source>
        <translation>(nema potvrde prijema nakon {days} dana: {late})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>delivered {when}</source>
        <translation>dostavljeno {when}</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>čeka potvrdu prijema</translation>
    </message>
    <message>
        <source>(re-send)</source>
        <translation>(ponovo poslano)</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Izaberite USB memoriju ili folder za paket</translation>
    </message>
    <message>
        <source>Package {n} written: {path}</source>
        <translation>Paket {n} je zapisan: {path}</translation>
    </message>
    <message>
        <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
        <translation>Zapisa: {records}, unosa revizije: {audit}, šifrirano za centralni ured.</translation>
    </message>
    <message>
        <source>More changes are waiting: export again.</source>
        <translation>Čeka još promjena: ponovo izvezite.</translation>
    </message>
    <message>
        <source>Writing the export package</source>
        <translation>Zapisivanje paketa za izvoz</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certifikat centralnog ureda</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Certifikati (*.json)</translation>
    </message>
    <message>
        <source>Export packages (*.age)</source>
        <translation>Paketi za izvoz (*.age)</translation>
    </message>
    <message>
        <source>Receipts and bundles (*.tar)</source>
        <translation>Potvrde prijema i paketi (*.tar)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Datoteke za uvoz</translation>
    </message>
    <message>
        <source>Stopped: {count} file(s) were not imported.</source>
        <translation>Zaustavljeno: {count} datoteka nije uvezeno.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Folder with packages</source>
        <translation>Folder s paketima</translation>
    </message>
    <message>
        <source>No export packages (*.age) in that folder.</source>
        <translation>U tom folderu nema paketa za izvoz (*.age).</translation>
    </message>
    <message>
        <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation&apos;s enrolment sheet.</source>
        <translation>{file}: odbijeno — dolazi s radne stanice koja još nije upisana ({est}). Administrator je upisuje nakon što uporedi njen kontrolni kod s listom za upis te radne stanice.</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: odbijeno — {reason}</translation>
    </message>
    <message>
        <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
        <translation>{file}: uvoz NIJE USPIO — njegov dnevnik revizije protivrječi onome što centralni ured već ima za tu radnu stanicu.</translation>
    </message>
    <message>
        <source>The check code typed for the previous package was refused: {why}</source>
        <translation>Kontrolni kod unesen za prethodni paket je odbijen: {why}</translation>
    </message>
    <message>
        <source>Enrol a new workstation?</source>
        <translation>Upisati novu radnu stanicu?</translation>
    </message>
    <message>
        <source>Workstation enrolled.</source>
        <translation>Radna stanica je upisana.</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>Folder za potvrdu prijema</translation>
    </message>
    <message>
        <source>Receipt written: {path}</source>
        <translation>Potvrda prijema je zapisana: {path}</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder za paket</translation>
    </message>
    <message>
        <source>Reference bundle written: {path}</source>
        <translation>Referentni paket je zapisan: {path}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Čuvanje certifikata</translation>
    </message>
    <message>
        <source>Certificate written: {path}</source>
        <translation>Certifikat je zapisan: {path}</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Take in a transferred prisoner</source>
        <translation>Preuzimanje premještenog zatvorenika</translation>
    </message>
    <message>
        <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner&apos;s earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
        <translation>Izaberite paket premještaja (radprev-transfer_….age) koji je poslao centralni ured. Raniji zapisi o zatvoreniku ostaju samo za čitanje, označeni ustanovom koja ih je izradila; novi se zapisi nastavljaju u istom spisu ovdje.</translation>
    </message>
    <message>
        <source>Transfer bundle</source>
        <translation>Paket premještaja</translation>
    </message>
    <message>
        <source>Leave empty to keep the earlier number</source>
        <translation>Ostavite prazno da zadržite raniji broj</translation>
    </message>
    <message>
        <source>No unit yet</source>
        <translation>Još nema odjela</translation>
    </message>
    <message>
        <source>Transfer &amp;bundle:</source>
        <translation>&amp;Paket premještaja:</translation>
    </message>
    <message>
        <source>&amp;Prison number here:</source>
        <translation>&amp;Matični broj ovdje:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>O&amp;djel:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>Pre&amp;uzmi</translation>
    </message>
    <message>
        <source>Choose the transfer bundle.</source>
        <translation>Izaberite paket premještaja.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Jezici</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Uvezeno</translation>
    </message>
    <message>
        <source>Offered to officers</source>
        <translation>Ponuđeno službenicima</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Šabloni kontrolnih lista</translation>
    </message>
    <message>
        <source>&amp;Import template from a file…</source>
        <translation>&amp;Uvezi šablon iz datoteke…</translation>
    </message>
    <message>
        <source>Import template from a file</source>
        <translation>Uvezi šablon iz datoteke</translation>
    </message>
    <message>
        <source>&amp;Offer this version to officers</source>
        <translation>&amp;Ponudi ovu verziju službenicima</translation>
    </message>
    <message>
        <source>Offer this version to officers</source>
        <translation>Ponudi ovu verziju službenicima</translation>
    </message>
    <message>
        <source>Problems found in the template</source>
        <translation>Problemi pronađeni u šablonu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Uvoz šablona kontrolne liste</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Šabloni (*.json)</translation>
    </message>
    <message>
        <source>The template was not imported. Problems found:</source>
        <translation>Šablon nije uvezen. Pronađeni problemi:</translation>
    </message>
    <message>
        <source>This template version is already stored; nothing changed.</source>
        <translation>Ova verzija šablona već je sačuvana; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Template {code} version {version} imported.</source>
        <translation>Šablon {code}, verzija {version}, je uvezen.</translation>
    </message>
    <message>
        <source>Choose a template version in the list first.</source>
        <translation>Prvo izaberite verziju šablona sa liste.</translation>
    </message>
    <message>
        <source>Officers are now offered {code} version {version}.</source>
        <translation>Službenicima se sada nudi {code}, verzija {version}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
        <translation>OBUKA — vježbanje na izmišljenim scenarijima. Ništa ovdje nije stvaran zapis.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Način rada za obuku</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>OBUKA — {title}</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Zatvorenik</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdje</translation>
    </message>
    <message>
        <source>Your duty</source>
        <translation>Vaša dužnost</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Record what you saw and heard as you would on duty, then submit it.</source>
        <translation>Zabilježite šta ste vidjeli i čuli kao što biste to učinili na dužnosti, zatim predajte.</translation>
    </message>
    <message>
        <source>Feedback on your answer only: no prisoner is ever scored.</source>
        <translation>Povratna informacija samo o vašem odgovoru: nijedan se zatvorenik nikada ne ocjenjuje.</translation>
    </message>
    <message>
        <source>The observable facts</source>
        <translation>Uočljive činjenice</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Druga moguća objašnjenja</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>&amp;Practise</source>
        <translation>&amp;Vježbanje</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>&amp;Polaznici</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scenariji:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scenariji za obuku</translation>
    </message>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>&amp;Započni ovu vježbu</translation>
    </message>
    <message>
        <source>What you will see and hear</source>
        <translation>Šta ćete vidjeti i čuti</translation>
    </message>
    <message>
        <source>Your exercises:</source>
        <translation>Vaše vježbe:</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Vaše vježbe</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Započeto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Za poboljšanje</translation>
    </message>
    <message>
        <source>&amp;Continue the exercise</source>
        <translation>&amp;Nastavi vježbu</translation>
    </message>
    <message>
        <source>My training &amp;record…</source>
        <translation>Moj zapis o &amp;obuci…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Polaznici</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Polaznik</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Završeno</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Dobro učinjeno</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Posljednja aktivnost</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Zapis o &amp;obuci…</translation>
    </message>
    <message>
        <source>The trainee&apos;s exercises</source>
        <translation>Vježbe polaznika</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Česte greške</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>&amp;Vježbe</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>Česte &amp;greške</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>završena</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otvorena</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Za sada nema grešaka.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Sačuvati nešifrirani PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
        <translation>PDF datoteka NEĆE biti šifrirana. Čuvanje se bilježi u dnevniku revizije.</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Čuvanje zapisa o obuci</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Sačuvano: {name}</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <source>Create the training database</source>
        <translation>Napravi bazu podataka za obuku</translation>
    </message>
    <message>
        <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
        <translation>Vježbanje se odvija u zasebnoj bazi podataka za obuku, u {folder}: nikada u pravoj, nikada se ne izvozi, a na svakoj stranici koju odštampa piše OBUKA — NIJE STVARAN ZAPIS. Vi postajete njen administrator: dodajte polaznike (uloga službenik) i instruktora na stranici Administracija.</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Korisničko ime administratora</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Ime i prezime administratora</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Korisničko ime:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Ime i prezime:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Odjel za obuku</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod za oporavak</translation>
    </message>
    <message>
        <source>The training database is ready. Its recovery code (shown once; keep it with the trainer&apos;s papers):

{code}</source>
        <translation>Baza podataka za obuku je spremna. Njen kod za oporavak (prikazuje se jednom; čuvajte ga uz dokumentaciju instruktora):

{code}</translation>
    </message>
</context>
<context>
    <name>TrainingShell</name>
    <message>
        <source>Scenario</source>
        <translation>Scenarij</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Bilježenje premještaja</translation>
    </message>
    <message>
        <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
        <translation>{name} napušta {here}. Premještaj putuje u sljedećem izvozu; centralni ured zatim šalje spis ustanovi koja ga prima.</translation>
    </message>
    <message>
        <source>&amp;To establishment (code):</source>
        <translation>&amp;U ustanovu (oznaka):</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>&amp;Datum premještaja:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Napomena (nije obavezno):</translation>
    </message>
    <message>
        <source>&amp;Record transfer</source>
        <translation>&amp;Zabilježi premještaj</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Record &amp;transfer…</source>
        <translation>Zabilježi pre&amp;mještaj…</translation>
    </message>
    <message>
        <source>Release &amp;handover…</source>
        <translation>Predaja pri o&amp;tpustu…</translation>
    </message>
    <message>
        <source>Transfers and handovers</source>
        <translation>Premještaji i predaje</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Premještaji</translation>
    </message>
    <message>
        <source>{day}: from {src} to {dst}</source>
        <translation>{day}: iz {src} u {dst}</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nije zabilježen nijedan premještaj.</translation>
    </message>
    <message>
        <source>Known as: {numbers}</source>
        <translation>Poznat kao: {numbers}</translation>
    </message>
    <message>
        <source>Release handovers</source>
        <translation>Predaje pri otpustu</translation>
    </message>
    <message>
        <source>{at}: to {who} (document {doc})</source>
        <translation>{at}: za {who} (dokument {doc})</translation>
    </message>
    <message>
        <source>Handover written: {pdf} and {package}</source>
        <translation>Predaja je zapisana: {pdf} i {package}</translation>
    </message>
</context>
<context>
    <name>TransfersToIssuePanel</name>
    <message>
        <source>&amp;Issue transfer bundle…</source>
        <translation>&amp;Izdaj paket premještaja…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Iz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Receiving workstations</source>
        <translation>Radne stanice primaoca</translation>
    </message>
    <message>
        <source>Transfers awaiting a bundle</source>
        <translation>Premještaji koji čekaju paket</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder za paket</translation>
    </message>
    <message>
        <source>Bundle {file} written for {est} ({n} records).</source>
        <translation>Paket {file} zapisan je za {est} (zapisa: {n}).</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust the central office certificate</source>
        <translation>Proglašavanje certifikata centralnog ureda pouzdanim</translation>
    </message>
    <message>
        <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
        <translation>Centralni ured: {est}. Unesite kontrolni kod odštampan na listu za upis (na listu se naziva otisak). Svaka grupa od četiri znaka postaje zelena kada se podudara s certifikatom.</translation>
    </message>
    <message>
        <source>Check code of the certificate</source>
        <translation>Kontrolni kod certifikata</translation>
    </message>
    <message>
        <source>Check code from the enrolment sheet</source>
        <translation>Kontrolni kod s lista za upis</translation>
    </message>
    <message>
        <source>The check codes match.</source>
        <translation>Kontrolni kodovi se podudaraju.</translation>
    </message>
    <message>
        <source>The check codes do NOT match. Do not trust this certificate.</source>
        <translation>Kontrolni kodovi se NE podudaraju. Ne proglašavajte ovaj certifikat pouzdanim.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Username</source>
        <translation>Korisničko ime</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Uloge</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Odjeli</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stanje</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Računi</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Dod&amp;aj račun…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Ponovno postavi &amp;lozinku…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>O&amp;nemogući</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Omogući</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Ukloni…</translation>
    </message>
    <message>
        <source>Un&amp;its and access…</source>
        <translation>Odj&amp;eli i pristup…</translation>
    </message>
    <message>
        <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
        <translation>Uklanjanje ili onemogućavanje računa briše njegovu lozinku i odmah završava njegove otvorene sesije na svim računarima; centralna baza nema ključ koji bi se mijenjao.</translation>
    </message>
    <message>
        <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
        <translation>Uklanjanje računa ponovo šifrira cijelu bazu podataka novim ključem, tako da uklonjena lozinka ništa ne otvara. To može potrajati; prozor ostaje upotrebljiv.</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Ustanove</translation>
    </message>
    <message>
        <source>E&amp;stablishments and access…</source>
        <translation>Us&amp;tanove i pristup…</translation>
    </message>
    <message>
        <source>whole establishment</source>
        <translation>cijela ustanova</translation>
    </message>
    <message>
        <source>The account&apos;s access was saved.</source>
        <translation>Pristup računa je sačuvan.</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Onemogućavanje računa {user}</translation>
    </message>
    <message>
        <source>Account {user} disabled; their open sessions were ended.</source>
        <translation>Račun {user} je onemogućen; njegove otvorene sesije su prekinute.</translation>
    </message>
    <message>
        <source>Disabling {user} and re-encrypting the database</source>
        <translation>Onemogućavanje računa {user} i ponovno šifriranje baze podataka</translation>
    </message>
    <message>
        <source>Account {user} disabled; the database has a new key.</source>
        <translation>Račun {user} je onemogućen; baza podataka ima novi ključ.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
        <translation>Ukloniti račun {user}? Njegov se ključ briše, a cijela baza podataka ponovo se šifrira novim ključem. To se ne može poništiti.</translation>
    </message>
    <message>
        <source>Removing {user} and re-encrypting the database</source>
        <translation>Uklanjanje računa {user} i ponovno šifriranje baze podataka</translation>
    </message>
    <message>
        <source>Account {user} removed; the database has a new key.</source>
        <translation>Račun {user} je uklonjen; baza podataka ima novi ključ.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
        <translation>Ukloniti račun {user}? Njegova lozinka odmah prestaje važiti, a njegove otvorene sesije se prekidaju. Ovo se ne može poništiti.</translation>
    </message>
    <message>
        <source>Removing {user}</source>
        <translation>Uklanjanje računa {user}</translation>
    </message>
    <message>
        <source>Account {user} removed; their open sessions were ended.</source>
        <translation>Račun {user} je uklonjen; njegove otvorene sesije su prekinute.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivan</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>onemogućen</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>mora promijeniti lozinku</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Prvo izaberite račun sa liste.</translation>
    </message>
    <message>
        <source>Account {user} added.</source>
        <translation>Račun {user} je dodan.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>Lozinka je ponovo postavljena.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Ukloni račun</translation>
    </message>
</context>
<context>
    <name>WorkerJob</name>
    <message>
        <source>Cancel</source>
        <translation>Otkaži</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zaustavljanje…</translation>
    </message>
</context>
<context>
    <name>WorkerRunner</name>
    <message>
        <source>Working…</source>
        <translation>Rad u toku…</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Choose…</source>
        <translation>Izaberi…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>logged in</source>
        <translation>prijavio/la se</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>odjavio/la se</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>zaključao/la ekran</translation>
    </message>
    <message>
        <source>ended the recovery session</source>
        <translation>završio/la sesiju oporavka</translation>
    </message>
    <message>
        <source>was told of failed login attempts</source>
        <translation>obaviješten/a o neuspjelim pokušajima prijave</translation>
    </message>
    <message>
        <source>tried to log in with an unknown username</source>
        <translation>pokušao/la prijavu nepoznatim korisničkim imenom</translation>
    </message>
    <message>
        <source>changed their password</source>
        <translation>promijenio/la svoju lozinku</translation>
    </message>
    <message>
        <source>reset a colleague&apos;s password</source>
        <translation>ponovno postavio/la lozinku kolege</translation>
    </message>
    <message>
        <source>used the recovery code</source>
        <translation>upotrijebio/la kod za oporavak</translation>
    </message>
    <message>
        <source>added an account</source>
        <translation>dodao/la račun</translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>izmijenio/la račun</translation>
    </message>
    <message>
        <source>disabled an account</source>
        <translation>onemogućio/la račun</translation>
    </message>
    <message>
        <source>enabled an account</source>
        <translation>omogućio/la račun</translation>
    </message>
    <message>
        <source>removed an account</source>
        <translation>uklonio/la račun</translation>
    </message>
    <message>
        <source>created the encrypted database</source>
        <translation>napravio/la šifriranu bazu podataka</translation>
    </message>
    <message>
        <source>gave the encrypted database a new key</source>
        <translation>dodijelio/la šifriranoj bazi podataka novi ključ</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>vratio/la bazu podataka iz sigurnosne kopije</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>napravio/la sigurnosnu kopiju</translation>
    </message>
    <message>
        <source>checked the database</source>
        <translation>provjerio/la bazu podataka</translation>
    </message>
    <message>
        <source>changed the settings</source>
        <translation>promijenio/la postavke</translation>
    </message>
    <message>
        <source>imported a checklist template</source>
        <translation>uvezao/la šablon kontrolne liste</translation>
    </message>
    <message>
        <source>offered a checklist template version to officers</source>
        <translation>ponudio/la službenicima verziju šablona kontrolne liste</translation>
    </message>
    <message>
        <source>added a prisoner</source>
        <translation>dodao/la zatvorenika</translation>
    </message>
    <message>
        <source>changed a prisoner&apos;s details</source>
        <translation>izmijenio/la podatke o zatvoreniku</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s file</source>
        <translation>otvorio/la spis zatvorenika</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s details (no observation)</source>
        <translation>otvorio/la podatke zatvorenika (bez zapažanja)</translation>
    </message>
    <message>
        <source>erased a prisoner&apos;s file</source>
        <translation>izbrisao/la spis zatvorenika</translation>
    </message>
    <message>
        <source>erased a rejected report past its retention period</source>
        <translation>izbrisao/la odbijeni izvještaj po isteku roka čuvanja</translation>
    </message>
    <message>
        <source>restricted processing of a file</source>
        <translation>ograničio/la obradu dosjea</translation>
    </message>
    <message>
        <source>lifted the restriction of a file</source>
        <translation>ukinuo/la ograničenje dosjea</translation>
    </message>
    <message>
        <source>recorded a rectification request or a dispute</source>
        <translation>zabilježio/la zahtjev za ispravku ili osporavanje</translation>
    </message>
    <message>
        <source>decided a rectification request or a dispute</source>
        <translation>odlučio/la o zahtjevu za ispravku ili osporavanju</translation>
    </message>
    <message>
        <source>exported a person&apos;s data for their access request</source>
        <translation>izvezao/la podatke osobe po njenom zahtjevu za pristup</translation>
    </message>
    <message>
        <source>asked a data-protection question of the audit log</source>
        <translation>postavio/la pitanje o zaštiti podataka dnevniku revizije</translation>
    </message>
    <message>
        <source>decided to keep a file after its review</source>
        <translation>odlučio/la zadržati spis nakon provjere</translation>
    </message>
    <message>
        <source>anonymised a prisoner&apos;s file</source>
        <translation>anonimizirao/la spis zatvorenika</translation>
    </message>
    <message>
        <source>started an observation</source>
        <translation>započeo/la zapažanje</translation>
    </message>
    <message>
        <source>changed a draft observation</source>
        <translation>izmijenio/la nacrt zapažanja</translation>
    </message>
    <message>
        <source>discarded a draft observation</source>
        <translation>odbacio/la nacrt zapažanja</translation>
    </message>
    <message>
        <source>submitted an observation</source>
        <translation>predao/la zapažanje</translation>
    </message>
    <message>
        <source>corrected an observation</source>
        <translation>ispravio/la zapažanje</translation>
    </message>
    <message>
        <source>changed an observation&apos;s classification</source>
        <translation>promijenio/la stepen tajnosti zapažanja</translation>
    </message>
    <message>
        <source>read an observation to review it</source>
        <translation>pročitao/la zapažanje radi provjere</translation>
    </message>
    <message>
        <source>reviewed an observation</source>
        <translation>provjerio/la zapažanje</translation>
    </message>
    <message>
        <source>read who told an officer (restricted)</source>
        <translation>pročitao/la ko je rekao službeniku (ograničen pristup)</translation>
    </message>
    <message>
        <source>started a checklist</source>
        <translation>započeo/la kontrolnu listu</translation>
    </message>
    <message>
        <source>opened a checklist</source>
        <translation>otvorio/la kontrolnu listu</translation>
    </message>
    <message>
        <source>saved checklist answers</source>
        <translation>sačuvao/la odgovore kontrolne liste</translation>
    </message>
    <message>
        <source>completed a checklist</source>
        <translation>završio/la kontrolnu listu</translation>
    </message>
    <message>
        <source>corrected a checklist</source>
        <translation>ispravio/la kontrolnu listu</translation>
    </message>
    <message>
        <source>discarded an empty checklist</source>
        <translation>odbacio/la praznu kontrolnu listu</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s checklists</source>
        <translation>izlistao/la kontrolne liste zatvorenika</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s referrals</source>
        <translation>izlistao/la upućivanja zatvorenika</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s transfers</source>
        <translation>izlistao/la premještaje zatvorenika</translation>
    </message>
    <message>
        <source>listed the transfers awaiting a bundle</source>
        <translation>izlistao/la premještaje koji čekaju paket</translation>
    </message>
    <message>
        <source>made a report</source>
        <translation>izradio/la izvještaj</translation>
    </message>
    <message>
        <source>looked at a report on screen</source>
        <translation>pregledao/la izvještaj na ekranu</translation>
    </message>
    <message>
        <source>printed a report</source>
        <translation>odštampao/la izvještaj</translation>
    </message>
    <message>
        <source>saved a report as an unencrypted PDF</source>
        <translation>sačuvao/la izvještaj kao nešifrirani PDF</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>pročitao/la dnevnik revizije</translation>
    </message>
    <message>
        <source>exported the audit log</source>
        <translation>izvezao/la dnevnik revizije</translation>
    </message>
    <message>
        <source>verified the audit log</source>
        <translation>provjerio/la dnevnik revizije</translation>
    </message>
    <message>
        <source>wrote an export package</source>
        <translation>zapisao/la paket za izvoz</translation>
    </message>
    <message>
        <source>imported a receipt</source>
        <translation>uvezao/la potvrdu prijema</translation>
    </message>
    <message>
        <source>wrote a receipt</source>
        <translation>zapisao/la potvrdu prijema</translation>
    </message>
    <message>
        <source>imported a reference bundle</source>
        <translation>uvezao/la referentni paket</translation>
    </message>
    <message>
        <source>wrote a reference bundle</source>
        <translation>zapisao/la referentni paket</translation>
    </message>
    <message>
        <source>imported an export package</source>
        <translation>uvezao/la paket za izvoz</translation>
    </message>
    <message>
        <source>refused a package</source>
        <translation>odbio/la paket</translation>
    </message>
    <message>
        <source>could not import a package</source>
        <translation>nije mogao/la uvesti paket</translation>
    </message>
    <message>
        <source>trusted the central office certificate</source>
        <translation>proglasio/la certifikat centralnog ureda pouzdanim</translation>
    </message>
    <message>
        <source>created the central office keys</source>
        <translation>napravio/la ključeve centralnog ureda</translation>
    </message>
    <message>
        <source>wrote the central office certificate</source>
        <translation>zapisao/la certifikat centralnog ureda</translation>
    </message>
    <message>
        <source>set who receives the central backups</source>
        <translation>odredio/la ko prima sigurnosne kopije centralnog ureda</translation>
    </message>
    <message>
        <source>enrolled a workstation</source>
        <translation>upisao/la radnu stanicu</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>riješio/la sukob sinhronizacije</translation>
    </message>
    <message>
        <source>looked at a sync conflict</source>
        <translation>pregledao/la sukob sinhronizacije</translation>
    </message>
    <message>
        <source>looked at prisoners of every establishment</source>
        <translation>pregledao/la zatvorenike svih ustanova</translation>
    </message>
    <message>
        <source>generated demonstration data</source>
        <translation>generisao/la demo podatke</translation>
    </message>
    <message>
        <source>granted access to a whole establishment</source>
        <translation>dao/la pristup cijeloj ustanovi</translation>
    </message>
    <message>
        <source>withdrew access to a whole establishment</source>
        <translation>povukao/la pristup cijeloj ustanovi</translation>
    </message>
    <message>
        <source>found the audit log cut short or altered</source>
        <translation>otkrio/la da je dnevnik revizije skraćen ili izmijenjen</translation>
    </message>
    <message>
        <source>deleted backups that removed accounts could open</source>
        <translation>izbrisao/la rezervne kopije koje su uklonjeni računi mogli otvoriti</translation>
    </message>
    <message>
        <source>looked at the dashboard</source>
        <translation>pregledao/la početnu stranicu</translation>
    </message>
    <message>
        <source>made a release handover for the probation service</source>
        <translation>izradio/la primopredaju pri otpustu za probacijsku službu</translation>
    </message>
    <message>
        <source>looked at suggested links between files</source>
        <translation>pregledao/la predložene veze između spisa</translation>
    </message>
    <message>
        <source>read an observation&apos;s earlier versions</source>
        <translation>pročitao/la ranije verzije zapažanja</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>pročitao/la zapažanje</translation>
    </message>
    <message>
        <source>listed observations</source>
        <translation>izlistao/la zapažanja</translation>
    </message>
    <message>
        <source>referred a prisoner to a programme</source>
        <translation>uputio/la zatvorenika na program</translation>
    </message>
    <message>
        <source>changed a programme referral</source>
        <translation>izmijenio/la upućivanje na program</translation>
    </message>
    <message>
        <source>looked at the observations waiting for review</source>
        <translation>pregledao/la zapažanja koja čekaju provjeru</translation>
    </message>
    <message>
        <source>searched the records</source>
        <translation>pretražio/la zapise</translation>
    </message>
    <message>
        <source>linked two files as the same person</source>
        <translation>povezao/la dva spisa kao istu osobu</translation>
    </message>
    <message>
        <source>decided two files are different people</source>
        <translation>odlučio/la da se dva spisa odnose na različite osobe</translation>
    </message>
    <message>
        <source>undid a link between two files</source>
        <translation>poništio/la vezu između dva spisa</translation>
    </message>
    <message>
        <source>looked for possible duplicates of a new prisoner</source>
        <translation>potražio/la moguće duplikate novog zatvorenika</translation>
    </message>
    <message>
        <source>listed prisoners</source>
        <translation>izlistao/la zatvorenike</translation>
    </message>
    <message>
        <source>searched for prisoners</source>
        <translation>potražio/la zatvorenike</translation>
    </message>
    <message>
        <source>completed a training exercise</source>
        <translation>završio/la vježbu obuke</translation>
    </message>
    <message>
        <source>started a training exercise</source>
        <translation>započeo/la vježbu obuke</translation>
    </message>
    <message>
        <source>prepared a practice database</source>
        <translation>pripremio/la bazu za vježbu</translation>
    </message>
    <message>
        <source>issued a transfer bundle to another establishment</source>
        <translation>izdao/la paket premještaja za drugu ustanovu</translation>
    </message>
    <message>
        <source>created the key for transfers</source>
        <translation>napravio/la ključ za premještaje</translation>
    </message>
    <message>
        <source>took in a prisoner from another establishment</source>
        <translation>primio/la zatvorenika iz druge ustanove</translation>
    </message>
    <message>
        <source>recorded a prisoner&apos;s transfer</source>
        <translation>evidentirao/la premještaj zatvorenika</translation>
    </message>
    <message>
        <source>started disabling an account</source>
        <translation>započeo/la onemogućavanje računa</translation>
    </message>
    <message>
        <source>started removing an account</source>
        <translation>započeo/la uklanjanje računa</translation>
    </message>
    <message>
        <source>prisoner</source>
        <extracomment>The kinds of object an entry names (&quot;prisoner 01JD…&quot;).</extracomment>
        <translation>zatvorenik</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>zapažanje</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>kontrolna lista</translation>
    </message>
    <message>
        <source>account</source>
        <translation>račun</translation>
    </message>
    <message>
        <source>report</source>
        <translation>izvještaj</translation>
    </message>
    <message>
        <source>package</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>šablon kontrolne liste</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>postavke</translation>
    </message>
    <message>
        <source>database</source>
        <translation>baza podataka</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>sigurnosna kopija</translation>
    </message>
    <message>
        <source>reference bundle</source>
        <translation>referentni paket</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>potvrda prijema</translation>
    </message>
    <message>
        <source>central office keys</source>
        <translation>ključevi centralnog ureda</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>prisoners</source>
        <translation>zatvorenici</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>zapažanja</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>radna stanica</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>polaznik/ca</translation>
    </message>
    <message>
        <source>training exercise</source>
        <translation>vježba obuke</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a whole number: %1</source>
        <translation>nije cijeli broj: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>mora biti između %1 i %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>nije datum (GGGG-MM-DD): %1</translation>
    </message>
    <message>
        <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
        <translation>nije datum ni vrijeme (GGGG-MM-DD ili GGGG-MM-DDTSS:MM): %1</translation>
    </message>
    <message>
        <source>note: %1 (%2)</source>
        <translation>napomena: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported: %1 version %2</source>
        <translation>Uvezeno: %1, verzija %2</translation>
    </message>
    <message>
        <source>Already stored: %1 version %2</source>
        <translation>Već sačuvano: %1, verzija %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivan</translation>
    </message>
    <message>
        <source>stored, not active</source>
        <translation>sačuvan, nije aktivan</translation>
    </message>
    <message>
        <source>Never indicators:</source>
        <translation>Nikada nisu pokazatelji:</translation>
    </message>
    <message>
        <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
        <translation>%1 v%2 — popunjavanje %3 v%4 (%5, autor: %6)</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment.</source>
        <translation>Zapis zapažanja — nije procjena rizika.</translation>
    </message>
    <message>
        <source>domain  observed  not observed  unknown  unanswered</source>
        <translation>područje  uočeno  nije uočeno  nepoznato  bez odgovora</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Sažetak: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Sljedeća provjera: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Sačuvano %1.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Završeno.</translation>
    </message>
    <message>
        <source>Amended: version %1.</source>
        <translation>Ispravljeno: verzija %1.</translation>
    </message>
    <message>
        <source>No checklist runs.</source>
        <translation>Nema popunjenih kontrolnih lista.</translation>
    </message>
    <message>
        <source>%1  %2 answered  %3</source>
        <translation>%1  odgovora: %2  %3</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Nema nacrta.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Nacrt je odbačen.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>ne može se pročitati %1: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation>%1 je UTF-16 tekst; sačuvajte ga kao UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 nije tekstualna datoteka</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
        <translation>%1 nije UTF-8 tekst (bajt %2 ne može se pročitati); sačuvajte ga kao UTF-8</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardni ulaz</translation>
    </message>
    <message>
        <source>the first line of %1 is too long for a password</source>
        <translation>prvi red %1 predugačak je za lozinku</translation>
    </message>
    <message>
        <source>the first line of %1 holds control characters</source>
        <translation>prvi red %1 sadrži kontrolne znakove</translation>
    </message>
    <message>
        <source>%1 is too long for the %2 (at most %3 bytes)</source>
        <translation>%1 je predugačko za: %2 (najviše %3 bajtova)</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-file</source>
        <translation>nema terminala za upis lozinke: koristite --password-file</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Lozinka: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new password: use %1</source>
        <translation>nema terminala za upis nove lozinke: koristite %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nova lozinka</translation>
    </message>
    <message>
        <source>%1 again: </source>
        <translation>%1 ponovo: </translation>
    </message>
    <message>
        <source>no user given: use --user</source>
        <translation>korisnik nije naveden: koristite --user</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Korisničko ime: </translation>
    </message>
    <message>
        <source>note: %1 failed login attempts since your last login</source>
        <translation>napomena: neuspjeli pokušaji prijave od vaše posljednje prijave: %1</translation>
    </message>
    <message>
        <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
        <translation>upozorenje: datoteka vault.anchor, koja štiti dnevnik revizije od skraćivanja, nedostaje, oštećena je ili je starija kopija (zabilježeno u dnevniku; obavijestite administratora i revizora)</translation>
    </message>
    <message>
        <source>warning: audit log: %1 (recorded in the log)</source>
        <translation>upozorenje: dnevnik revizije: %1 (zabilježeno u dnevniku)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>napomena: %1</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such: %1</source>
        <comment>; </comment>
        <translation>Ovo NISU pokazatelji i nikada se ne smiju označiti kao takvi: %1</translation>
    </message>
    <message>
        <source>%1 Add --yes to confirm without a terminal.</source>
        <translation>%1 Dodajte --yes da biste potvrdili bez terminala.</translation>
    </message>
    <message>
        <source>%1 [y/N] </source>
        <translation>%1 [d/N] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Šablon kontrolne liste nije ispravan: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>prekinuto</translation>
    </message>
    <message>
        <source>the vault&apos;s database cannot be used (%1); `radprev doctor` says more</source>
        <translation>baza podataka trezora ne može se koristiti (%1); više kaže `radprev doctor`</translation>
    </message>
    <message>
        <source>; a crash report was written to %1</source>
        <translation>; izvještaj o padu programa zapisan je u %1</translation>
    </message>
    <message>
        <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
        <translation>interna greška (%1)%2. Ponovo pokrenite komandu s --debug da biste vidjeli detalje.</translation>
    </message>
    <message>
        <source>%1%2 (see %3 --help)</source>
        <translation>%1%2 (vidi %3 --help)</translation>
    </message>
    <message>
        <source>a command is needed (see radprev --help)</source>
        <translation>potrebna je komanda (vidi radprev --help)</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 text</source>
        <translation>argument %1 nije ispravan UTF-8 tekst</translation>
    </message>
    <message>
        <source>radprev: %1</source>
        <translation>radprev: %1</translation>
    </message>
    <message>
        <source>note: %1 prisoner(s) with a similar name are already recorded</source>
        <translation>napomena: već su evidentirani zatvorenici sa sličnim imenom: %1</translation>
    </message>
    <message>
        <source>PRISON NO</source>
        <translation>MAT. BROJ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>IME I PREZIME</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ODJEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation>PROVJERA DO</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(ograničeno)</translation>
    </message>
    <message>
        <source>(%1 in all)</source>
        <translation>(ukupno: %1)</translation>
    </message>
    <message>
        <source>no similar prisoner recorded</source>
        <translation>nije evidentiran sličan zatvorenik</translation>
    </message>
    <message>
        <source>%1  (%2, born %3)</source>
        <translation>%1  (%2, godina rođenja %3)</translation>
    </message>
    <message>
        <source>unit %1 cell %2, %3, review due %4</source>
        <translation>odjel %1, ćelija %2, %3, provjera do %4</translation>
    </message>
    <message>
        <source>, RESTRICTED</source>
        <translation>, OGRANIČENO</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Zapažanja: %1</translation>
    </message>
    <message>
        <source>- %1 [%2, %3, v%4, grade %5] %6</source>
        <translation>- %1 [%2, %3, v%4, ocjena %5] %6</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction: %1</source>
        <translation>Ispravke, osporavanja i ograničenje: %1</translation>
    </message>
    <message>
        <source>- %1 %2 (%3): %4 %5</source>
        <translation>- %1 %2 (%3): %4 %5</translation>
    </message>
    <message>
        <source>Processing of %1 is restricted.</source>
        <translation>Obrada dosjea %1 je ograničena.</translation>
    </message>
    <message>
        <source>The restriction of %1 is lifted.</source>
        <translation>Ograničenje dosjea %1 je ukinuto.</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2).</source>
        <translation>Zabilježeno kao %1 (%2).</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Odlučeno: %1.</translation>
    </message>
    <message>
        <source>%1
%2  (pages: %3, document %4)</source>
        <translation>%1
%2  (stranica: %3, dokument %4)</translation>
    </message>
    <message>
        <source>only one of --facts-file and --assessment-file can be &apos;-&apos;</source>
        <translation>samo jedno od --facts-file i --assessment-file može biti &apos;-&apos;</translation>
    </message>
    <message>
        <source>standard input cannot hold both the password and a text</source>
        <translation>standardni ulaz ne može sadržavati i lozinku i tekst</translation>
    </message>
    <message>
        <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
        <translation>HITNO: prijavite odmah lično ili telefonom; ne čekajte izvoz.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>ništa nije pronađeno</translation>
    </message>
    <message>
        <source>%1: classification %2</source>
        <translation>%1: stepen tajnosti %2</translation>
    </message>
    <message>
        <source>(next review %1)</source>
        <translation>(sljedeća provjera %1)</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 would be erased.</source>
        <translation>Odbijenih izvještaja odbijenih prije %2 koji bi bili izbrisani: %1.</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 erased.</source>
        <translation>Izbrisani odbijeni izvještaji (odbijeni prije %2): %1.</translation>
    </message>
    <message>
        <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
        <translation>Zatvorenici: %1, zapažanja: %2 (verzija: %3), provjere: %4.</translation>
    </message>
    <message>
        <source>Demo accounts (for demonstrations only):</source>
        <translation>Demo računi (samo za demonstracije):</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the PDF</source>
        <translation>%1 je folder: navedite ime datoteke za PDF</translation>
    </message>
    <message>
        <source>%1  (pages: %2, document %3)</source>
        <translation>%1  (stranica: %2, dokument %3)</translation>
    </message>
    <message>
        <source>text, 1–%1 characters</source>
        <translation>tekst, 1–%1 znakova</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ili %2</translation>
    </message>
    <message>
        <source>names separated by ;, lowest first</source>
        <translation>nazivi odvojeni znakom ;, od najnižeg</translation>
    </message>
    <message>
        <source>%1: %2–%3 each</source>
        <translation>%1: svaki %2–%3</translation>
    </message>
    <message>
        <source>arrives with reference bundles</source>
        <translation>stiže u referentnim paketima</translation>
    </message>
    <message>
        <source>default %1; allowed: %2</source>
        <translation>zadano %1; dozvoljeno: %2</translation>
    </message>
    <message>
        <source>%1 arrives with reference bundles; it is not set by hand</source>
        <translation>%1 stiže u referentnim paketima; ne postavlja se ručno</translation>
    </message>
    <message>
        <source>%1 takes PART=NUMBER pairs, not %2</source>
        <translation>%1 prima parove DIO=BROJ, a ne %2</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 prima jednu vrijednost</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>(each part&apos;s default)</source>
        <translation>(zadano za svaki dio)</translation>
    </message>
    <message>
        <source>Certificate written to %1
Fingerprint: %2</source>
        <translation>Certifikat je zapisan u %1
Otisak: %2</translation>
    </message>
    <message>
        <source>Central office %1 trusted (fingerprint %2).</source>
        <translation>Centralni ured %1 proglašen je pouzdanim (otisak %2).</translation>
    </message>
    <message>
        <source>Workstation %1/%2 enrolled.</source>
        <translation>Radna stanica %1/%2 je upisana.</translation>
    </message>
    <message>
        <source>No workstation is enrolled yet.</source>
        <translation>Nijedna radna stanica još nije upisana.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
        <translation>posljednji paket %1  nedostaje %2  u karanteni %3  sukobi %4  neuspjeli uvozi %5  otisak %6</translation>
    </message>
    <message>
        <source>note: more changes are waiting; run export again</source>
        <translation>napomena: čeka još promjena; ponovo pokrenite izvoz</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>nema takve datoteke: %1</translation>
    </message>
    <message>
        <source>no package files found</source>
        <translation>nisu pronađene datoteke paketa</translation>
    </message>
    <message>
        <source>radprev: %1: %2</source>
        <translation>radprev: %1: %2</translation>
    </message>
    <message>
        <source>radprev: %1: rejected: %2</source>
        <translation>radprev: %1: odbijeno: %2</translation>
    </message>
    <message>
        <source>radprev: %1: import FAILED: %2</source>
        <translation>radprev: %1: uvoz NIJE USPIO: %2</translation>
    </message>
    <message>
        <source>Workstation %1/%2: packages missing %3.</source>
        <translation>Radna stanica %1/%2: nedostaju paketi %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ništa nije uvezeno.</translation>
    </message>
    <message>
        <source>%1 packages, last %2, missing %3</source>
        <translation>paketa: %1, posljednji %2, nedostaje %3</translation>
    </message>
    <message>
        <source>Central office trusted: %1</source>
        <translation>Centralni ured je pouzdan: %1</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NE</translation>
    </message>
    <message>
        <source>Last export: %1 (package %2)</source>
        <translation>Posljednji izvoz: %1 (paket %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nikada</translation>
    </message>
    <message>
        <source>Next export due: %1</source>
        <translation>Sljedeći izvoz do: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>KASNI</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Promjene na čekanju: %1</translation>
    </message>
    <message>
        <source>Awaiting receipt: %1</source>
        <comment>, </comment>
        <translation>Čeka potvrdu prijema: %1</translation>
    </message>
    <message>
        <source>(overdue: %1)</source>
        <comment>, </comment>
        <translation>(kasne: %1)</translation>
    </message>
    <message>
        <source>central certificate</source>
        <translation>certifikat centralnog ureda</translation>
    </message>
    <message>
        <source>workstation signing key</source>
        <translation>ključ za potpisivanje radne stanice</translation>
    </message>
    <message>
        <source>package %1 line %2</source>
        <translation>paket %1 red %2</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>Ništa nije u karanteni.</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>paket %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>verzija %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Nema sukoba.</translation>
    </message>
    <message>
        <source>--database is for --mode central only (workstations keep a vault file)</source>
        <translation>--database je samo za --mode central (radne stanice imaju datoteku trezora)</translation>
    </message>
    <message>
        <source>a central office has no units: leave out --unit</source>
        <translation>centralni ured nema jedinice: izostavite --unit</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Lozinka administratora</translation>
    </message>
    <message>
        <source>Central store created on %1</source>
        <translation>Centralno skladište je napravljeno na %1</translation>
    </message>
    <message>
        <source>Settings (no password) in %1; use --vault %1 with every command.</source>
        <translation>Postavke (bez lozinke) su u %1; koristite --vault %1 uz svaku komandu.</translation>
    </message>
    <message>
        <source>a central store backup needs --identity-file and --into SETTINGS</source>
        <translation>rezervna kopija centralnog skladišta zahtijeva --identity-file i --into SETTINGS</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2; point central.json at it.</source>
        <translation>Rezervna kopija %1 je vraćena u %2; usmjerite central.json na nju.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Obuka</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Odjel za obuku</translation>
    </message>
    <message>
        <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
        <translation>Baza za obuku je napravljena u %1
Polaznike (uloga officer) i instruktora (uloga trainer) dodajte naredbom
  %2
Kod za oporavak baze za obuku:

    %3
</translation>
    </message>
    <message>
        <source>Prisoner: %1, %2 — prison number %3</source>
        <translation>Zatvorenik: %1, %2 — matični broj %3</translation>
    </message>
    <message>
        <source>Record your observation as you would on duty, then ask for feedback:</source>
        <translation>Zabilježite svoje zapažanje kao na dužnosti, a zatim zatražite povratnu informaciju:</translation>
    </message>
    <message>
        <source>you have no open exercise: start one with `radprev training start`</source>
        <translation>nemate otvorenu vježbu: započnite je komandom `radprev training start`</translation>
    </message>
    <message>
        <source>Vault created in %1</source>
        <translation>Trezor je napravljen u %1</translation>
    </message>
    <message>
        <source>Recovery code (shown once; print it and keep it in the safe):</source>
        <translation>Kod za oporavak (prikazuje se jednom; odštampajte ga i čuvajte u sefu):</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Lozinka za %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Dodan je %1 (%2).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>KORISNIK</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ULOGE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STANJE</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>ODJELI</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>onemogućen</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, mora promijeniti lozinku</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Trenutna lozinka: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Lozinka je promijenjena.</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>Privremena lozinka za %1</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Lozinka za %1 ponovno je postavljena; mora se promijeniti pri sljedećoj prijavi.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>%1 je onemogućen.</translation>
    </message>
    <message>
        <source>%1 enabled; the new password must be changed at the next login.</source>
        <translation>%1 je omogućen; nova lozinka mora se promijeniti pri sljedećoj prijavi.</translation>
    </message>
    <message>
        <source>%1 removed; the vault was rekeyed.</source>
        <translation>%1 je uklonjen; ključ trezora je promijenjen.</translation>
    </message>
    <message>
        <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
        <translation>%1 uklonjen; njegova lozinka više ništa ne otvara, a njegove otvorene sesije su prekinute.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Kod za oporavak: </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nova lozinka za %1</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Postavljena je nova lozinka za %1.</translation>
    </message>
    <message>
        <source>The vault has a new key; every key slot was rewrapped.</source>
        <translation>Trezor ima novi ključ; sva mjesta za ključeve ponovo su zaštićena.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>Dnevnik revizije je neoštećen: unosa %1.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Dnevnik revizije PREKINUT je kod unosa %1: %2</translation>
    </message>
    <message>
        <source>radprev: audit chain broken at entry %1: %2</source>
        <translation>radprev: lanac revizije prekinut je kod unosa %1: %2</translation>
    </message>
    <message>
        <source>%1 audit entries written to %2.</source>
        <translation>Unosa revizije zapisanih u %2: %1.</translation>
    </message>
    <message>
        <source>--to must be a folder; %1 is not one</source>
        <translation>--to mora biti folder; %1 to nije</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sigurnosna kopija zapisana je u %1</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
        <translation>Zamijeniti trezor u %1 sigurnosnom kopijom %2? Njenom dnevniku revizije nedostaje nepoznat broj unosa koje trezor ima (ostaju u zamijenjenoj kopiji).</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
        <translation>Zamijeniti trezor u %1 sigurnosnom kopijom %2? Njenom dnevniku revizije nedostaje unosa koje trezor ima: %3 (ostaju u zamijenjenoj kopiji).</translation>
    </message>
    <message>
        <source>radprev: restore cancelled; nothing was changed</source>
        <translation>radprev: vraćanje je otkazano; ništa nije promijenjeno</translation>
    </message>
    <message>
        <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
        <translation>Trezor je vraćen iz %1; zamijenjeni trezor sačuvan je u %2. Dnevnik revizije izgubio je unose (%3); vraćanje je u njemu zabilježeno s tim brojem.</translation>
    </message>
    <message>
        <source>give --unit (repeat for several) or --none</source>
        <translation>navedite --unit (ponovite za više odjela) ili --none</translation>
    </message>
    <message>
        <source>--unit and --none cannot be used together</source>
        <translation>--unit i --none se ne mogu koristiti zajedno</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Lozinke se ne podudaraju.</translation>
    </message>
    <message>
        <source>Observations need at least one subject.</source>
        <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
        <translation>Zapažanja zahtijevaju barem jednog zatvorenika.</translation>
    </message>
    <message>
        <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
        <translation>Izaberite 0–1.000.000 zatvorenika i 0–20.000.000 zapažanja.</translation>
    </message>
    <message>
        <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
        <translation>Zapis se odnosi na: %1 ustanove %2, ali paket je potpisala radna stanica ustanove %3: radna stanica smije slati samo zapise svoje ustanove, pa zapis nije primijenjen.</translation>
    </message>
    <message>
        <source>the file of a prisoner</source>
        <translation>spis zatvorenika</translation>
    </message>
    <message>
        <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
        <translation>Zatvorenik je premješten iz %1 u %2: spis sada vodi (mijenja, provjerava, briše) %2, pa je ova izmjena iz %1 odložena, a ne primijenjena.</translation>
    </message>
    <message>
        <source>This record was made at %1 and arrived with the prisoner&apos;s file: it is history here and is not corrected or reviewed here.</source>
        <translation>Ovaj je zapis izrađen u %1 i stigao je sa spisom zatvorenika: ovdje je historija i ne ispravlja se niti provjerava.</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Šablon kontrolne liste nije ispravan: %1</translation>
    </message>
    <message>
        <source>The training material is not valid: %1</source>
        <translation>Materijal za obuku nije ispravan: %1</translation>
    </message>
    <message>
        <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
        <translation>Je li to potrebno za opis ponašanja? (%1) Potvrdite da biste zadržali riječi kako su napisane.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Nothing was changed.</source>
        <translation>Disk je pun: %1 nije se moglo zapisati. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>No permission to write %1 in %2. Nothing was changed.</source>
        <translation>Nema dozvole za zapisivanje %1 u %2. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was changed.</source>
        <translation>Folder %1 ne postoji. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Nothing was changed.</source>
        <translation>%1 nije folder. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Folder za %1 više ne postoji (je li USB memorija izvađena?). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was changed.</source>
        <translation>%1 je folder, a ne datoteka. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed.</source>
        <translation>%1 nije se moglo zapisati (%2). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 je folder; zapisati se može samo obična datoteka. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 je veza (link); zapisati se može samo obična datoteka. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 nije datoteka; zapisati se može samo obična datoteka. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing. Reinstall the application.</source>
        <translation>Nedostaje datoteka prijevoda %1. Ponovo instalirajte aplikaciju.</translation>
    </message>
    <message>
        <source>The translation file %1 is damaged. Reinstall the application.</source>
        <translation>Datoteka prijevoda %1 je oštećena. Ponovo instalirajte aplikaciju.</translation>
    </message>
    <message>
        <source>There is no language %1. Available: %2.</source>
        <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators&apos; lands never touch the same lines). Hidden languages accepted on request (tests, translators&apos; previews).</extracomment>
        <translation>Ne postoji jezik %1. Dostupni: %2.</translation>
    </message>
    <message>
        <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
        <translation>Prijevod na jezik %1 još nije potpun, pa se ne može koristiti. Dostupni: %2.</translation>
    </message>
    <message>
        <source>This is done at a workstation: the central office&apos;s prisoners and records come from the workstations&apos; packages.</source>
        <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations&apos; packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner&apos;s data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
        <translation>To se radi na radnoj stanici: zatvorenici i zapisi centralnog ureda dolaze iz paketa radnih stanica.</translation>
    </message>
    <message>
        <source>This needs the %1 role.</source>
        <translation>Za ovo je potrebna uloga: %1.</translation>
    </message>
    <message>
        <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
        <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person&apos;s request. The grant code that reaches every establishment (central office only).</extracomment>
        <translation>U odjelima u kojima radite nema takvog zatvorenika. Ako vam je potreban ovaj spis, zamolite administratora da vam dodijeli taj odjel.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 mora biti tipa %2.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ima više od %2 znakova.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 je prazno.</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters.</source>
        <translation>%1 ima manje od %2 znakova.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries.</source>
        <translation>%1 ima više od %2 stavki.</translation>
    </message>
    <message>
        <source>%1 is below %2.</source>
        <translation>%1 je manje od %2.</translation>
    </message>
    <message>
        <source>%1 is above %2.</source>
        <translation>%1 je veće od %2.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 nije jedna od vrijednosti: %2.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 nema očekivani oblik.</translation>
    </message>
    <message>
        <source>%1 does not have the required value.</source>
        <translation>%1 nema zahtijevanu vrijednost.</translation>
    </message>
    <message>
        <source>%1 has fields that are not allowed.</source>
        <translation>%1 sadrži polja koja nisu dozvoljena.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Nedostaje: %1.</translation>
    </message>
    <message>
        <source>%1 breaks the rule %2.</source>
        <translation>%1 krši pravilo %2.</translation>
    </message>
    <message>
        <source>%1: the record does not match its schema.</source>
        <translation>%1: zapis ne odgovara svojoj šemi.</translation>
    </message>
    <message>
        <source>the file is too large for a checklist template</source>
        <translation>datoteka je prevelika za šablon kontrolne liste</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne može se pročitati (%1)</translation>
    </message>
    <message>
        <source>is not a JSON file</source>
        <translation>nije JSON datoteka</translation>
    </message>
    <message>
        <source>is not a checklist template</source>
        <translation>nije šablon kontrolne liste</translation>
    </message>
    <message>
        <source>the template has no domains to print</source>
        <translation>šablon nema područja za štampanje</translation>
    </message>
    <message>
        <source>Give the reason for this report.</source>
        <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person&apos;s own request (LED Art. 14).</extracomment>
        <translation>Navedite razlog za ovaj izvještaj.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Razlog je predugačak.</translation>
    </message>
    <message>
        <source>Unknown report action: %1.</source>
        <translation>Nepoznata radnja izvještaja: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (200 characters at most).</source>
        <translation>Razlog je predugačak (najviše 200 znakova).</translation>
    </message>
    <message>
        <source>The recipient is too long (200 characters at most).</source>
        <translation>Primalac je predugačak (najviše 200 znakova).</translation>
    </message>
    <message>
        <source>Say who the report is for (recipient).</source>
        <translation>Navedite kome je izvještaj namijenjen (primalac).</translation>
    </message>
    <message>
        <source>The reason and the recipient are 200 characters at most.</source>
        <translation>Razlog i primalac mogu imati najviše 200 znakova.</translation>
    </message>
    <message>
        <source>A key fingerprint must be hexadecimal digits.</source>
        <translation>Otisak ključa mora se sastojati od heksadecimalnih cifara.</translation>
    </message>
    <message>
        <source>The vault has no signing key.</source>
        <translation>Trezor nema ključ za potpisivanje.</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is damaged.</source>
        <translation>Ključ za potpisivanje trezora je oštećen.</translation>
    </message>
    <message>
        <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
        <translation>Izvještaj se nije mogao složiti (stavka je prevelika za stranicu). PDF nije izrađen.</translation>
    </message>
    <message>
        <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
        <translation>To nije kod za oporavak (8 grupa od po 5 slova i cifara).</translation>
    </message>
    <message>
        <source>A release handover is made together with its package: use Release handover in the prisoner&apos;s file, or `radprev handover`.</source>
        <translation>Predaja pri otpustu izrađuje se zajedno sa svojim paketom: koristite Predaja pri otpustu u spisu zatvorenika ili `radprev handover`.</translation>
    </message>
    <message>
        <source>Give the recovery code.</source>
        <translation>Unesite kod za oporavak.</translation>
    </message>
    <message>
        <source>Choose an observation.</source>
        <translation>Izaberite zapažanje.</translation>
    </message>
    <message>
        <source>Choose a prisoner.</source>
        <translation>Izaberite zatvorenika.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Unesite prvi dan perioda.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Unesite posljednji dan perioda.</translation>
    </message>
    <message>
        <source>Choose an establishment.</source>
        <translation>Izaberite ustanovu.</translation>
    </message>
    <message>
        <source>Choose the question.</source>
        <translation>Izaberite pitanje.</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <extracomment>Statuses of an observation version the office reports on.</extracomment>
        <translation>%1 nije datum (GGGG-MM-DD).</translation>
    </message>
    <message>
        <source>You do not work in unit %1: choose one of your units.</source>
        <translation>Ne radite u odjelu %1: izaberite jedan od svojih odjela.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Period završava prije nego što počinje.</translation>
    </message>
    <message>
        <source>There is no unit %1 in this establishment.</source>
        <translation>U ovoj ustanovi ne postoji odjel %1.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Ne možete ukloniti vlastiti račun.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Ne možete onemogućiti vlastiti račun.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Ne postoji račun pod imenom %1.</translation>
    </message>
    <message>
        <source>The account %1 is not disabled.</source>
        <translation>Račun %1 nije onemogućen.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <extracomment>The sensitive-term questions answered &quot;necessary&quot; when the run was sealed.</extracomment>
        <translation>Polje „%1“ mora biti tekst.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Polje „%1“ ima više od %2 znakova.</translation>
    </message>
    <message>
        <source>The %1 contains a character that is not allowed.</source>
        <translation>Polje „%1“ sadrži znak koji nije dozvoljen.</translation>
    </message>
    <message>
        <source>The %1 must be a date like 2026-11-25.</source>
        <translation>Polje „%1“ mora biti datum, npr. 2026-11-25.</translation>
    </message>
    <message>
        <source>date of the example for item %1</source>
        <translation>datum primjera za stavku %1</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is in the future.</source>
        <translation>Datum primjera za stavku %1 je u budućnosti.</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is too far back.</source>
        <translation>Datum primjera za stavku %1 predaleko je u prošlosti.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Postavite datum sljedeće provjere.</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>datum sljedeće provjere</translation>
    </message>
    <message>
        <source>The next review date cannot be in the past.</source>
        <translation>Datum sljedeće provjere ne može biti u prošlosti.</translation>
    </message>
    <message>
        <source>The next review date is more than three years ahead.</source>
        <translation>Datum sljedeće provjere više je od tri godine unaprijed.</translation>
    </message>
    <message>
        <source>Item %1 is not part of checklist %2 version %3.</source>
        <translation>Stavka %1 nije dio kontrolne liste %2, verzija %3.</translation>
    </message>
    <message>
        <source>The answer for item %1 must be observed, not observed or unknown.</source>
        <translation>Odgovor za stavku %1 mora biti: uočeno, nije uočeno ili nepoznato.</translation>
    </message>
    <message>
        <source>example for item %1</source>
        <translation>primjer za stavku %1</translation>
    </message>
    <message>
        <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
        <translation>Stavka %1: primjer i njegov datum bilježe se samo kada je stavka označena kao uočena.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
        <translation>Stavka %1 označena je kao uočena: opišite konkretan primjer onoga što je viđeno ili čuto.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: give the date of the example.</source>
        <translation>Stavka %1 označena je kao uočena: navedite datum primjera.</translation>
    </message>
    <message>
        <source>An answer must be an AnswerInput.</source>
        <translation>Odgovor mora biti tipa AnswerInput.</translation>
    </message>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation>Na stavku %1 odgovoreno je dvaput.</translation>
    </message>
    <message>
        <source>other explanations</source>
        <translation>druga objašnjenja</translation>
    </message>
    <message>
        <source>context notes</source>
        <translation>bilješke o kontekstu</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sažetak</translation>
    </message>
    <message>
        <source>Protective factors are marked both observed and &apos;none observed&apos;.</source>
        <translation>Zaštitni faktori označeni su i kao uočeni i kao „nijedan nije uočen“.</translation>
    </message>
    <message>
        <source>Protective factors are a required section: mark at least one as observed, or answer &apos;none observed&apos;.</source>
        <translation>Zaštitni faktori obavezan su odjeljak: označite barem jedan kao uočen ili odgovorite „nijedan nije uočen“.</translation>
    </message>
    <message>
        <source>Other possible explanations are a required section: describe them, or answer &apos;none identified&apos;.</source>
        <translation>Druga moguća objašnjenja obavezan su odjeljak: opišite ih ili odgovorite „nijedno nije utvrđeno“.</translation>
    </message>
    <message>
        <source>Other explanations are described and also marked &apos;none identified&apos;.</source>
        <translation>Druga objašnjenja su opisana, a istovremeno je označeno „nijedno nije utvrđeno“.</translation>
    </message>
    <message>
        <source>Write a short summary before completing the checklist.</source>
        <translation>Napišite kratak sažetak prije završetka kontrolne liste.</translation>
    </message>
    <message>
        <source>Item %1 is not in the template.</source>
        <translation>Stavka %1 nije u šablonu.</translation>
    </message>
    <message>
        <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not &apos;see above&apos; and not the item&apos;s wording.</source>
        <translation>Napišite primjer za stavku %1 svojim riječima: šta ste vidjeli ili čuli, kada i gdje — ne „vidi gore“ i ne tekst stavke.</translation>
    </message>
    <message>
        <source>checklist_run: %1</source>
        <translation>checklist_run: %1</translation>
    </message>
    <message>
        <source>the item %1 is answered twice</source>
        <translation>na stavku %1 odgovoreno je dvaput</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD</source>
        <translation>%1 mora biti datum GGGG-MM-DD</translation>
    </message>
    <message>
        <source>The checklist run to export no longer exists.</source>
        <translation>Popunjena kontrolna lista za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>template %1 version %2 is not in the vault</source>
        <translation>šablon %1, verzija %2, nije u trezoru</translation>
    </message>
    <message>
        <source>the run used different template content than this vault holds</source>
        <translation>lista je popunjena prema drugačijem sadržaju šablona od onog u ovom trezoru</translation>
    </message>
    <message>
        <source>item %1 is not in the template</source>
        <translation>stavka %1 nije u šablonu</translation>
    </message>
    <message>
        <source>item %1 is observed without a dated example</source>
        <translation>stavka %1 označena je kao uočena bez primjera s datumom</translation>
    </message>
    <message>
        <source>There is no such checklist run in the vault.</source>
        <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
        <translation>U trezoru ne postoji takva popunjena kontrolna lista.</translation>
    </message>
    <message>
        <source>The checklist template %1 version %2 is not in the vault.</source>
        <translation>Šablon kontrolne liste %1, verzija %2, nije u trezoru.</translation>
    </message>
    <message>
        <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
        <translation>Ova kontrolna lista završena je i zapečaćena; umjesto toga ispravite je uz navođenje razloga.</translation>
    </message>
    <message>
        <source>Only the author can change a draft checklist run.</source>
        <translation>Samo autor može mijenjati nacrt kontrolne liste.</translation>
    </message>
    <message>
        <source>reason for the amendment</source>
        <translation>razlog ispravka</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Navedite razlog ispravka.</translation>
    </message>
    <message>
        <source>This checklist run is still a draft: edit it instead of amending it.</source>
        <translation>Ova kontrolna lista još je nacrt: uredite je umjesto da je ispravljate.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor can amend a checklist run.</source>
        <translation>Kontrolnu listu može ispraviti samo autor ili nadređeni.</translation>
    </message>
    <message>
        <source>Unknown grading preset %1; known presets: %2.</source>
        <translation>Nepoznata šema ocjenjivanja %1; poznate šeme: %2.</translation>
    </message>
    <message>
        <source>Source grade %1 is not one of %2.</source>
        <translation>Ocjena izvora %1 nije jedna od: %2.</translation>
    </message>
    <message>
        <source>Information grade %1 is not one of %2.</source>
        <translation>Ocjena informacije %1 nije jedna od: %2.</translation>
    </message>
    <message>
        <source>Handling code %1 is not one of %2.</source>
        <translation>Oznaka postupanja %1 nije jedna od: %2.</translation>
    </message>
    <message>
        <source>Handling C needs the conditions of sharing written out.</source>
        <translation>Postupanje C zahtijeva da uslovi prosljeđivanja budu napisani.</translation>
    </message>
    <message>
        <source>The handling conditions are too long.</source>
        <translation>Uslovi postupanja su predugački.</translation>
    </message>
    <message>
        <source>Unknown reason for access %1; choose one of %2.</source>
        <translation>Nepoznat razlog pristupa %1; izaberite jedan od: %2.</translation>
    </message>
    <message>
        <source>The reason %1 is implied by a screen and cannot be chosen.</source>
        <translation>Razlog %1 proizlazi iz ekrana i ne može se izabrati.</translation>
    </message>
    <message>
        <source>Say in a few words why you open this file (reason &apos;other&apos;).</source>
        <translation>Navedite u nekoliko riječi zašto otvarate ovaj spis (razlog „drugo“).</translation>
    </message>
    <message>
        <source>The reason for access is limited to %1 characters.</source>
        <translation>Razlog pristupa može imati najviše %1 znakova.</translation>
    </message>
    <message>
        <source>A reason for access is required to open a file.</source>
        <translation>Za otvaranje spisa potrebno je navesti razlog pristupa.</translation>
    </message>
    <message>
        <source>Drafts are never exported.</source>
        <extracomment>The sensitive-term questions the writer answered &quot;necessary&quot; when sealing a record.</extracomment>
        <translation>Nacrti se nikada ne izvoze.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or &quot;none identified&quot; — required, like the assessment, before the record is sealed. A level of the establishment&apos;s list (services/classification.py); &quot;&quot; = the lowest.</extracomment>
        <translation>Polje „%1“ je obavezno.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters.</source>
        <translation>Polje „%1“ može imati najviše %2 znakova.</translation>
    </message>
    <message>
        <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>%1 nije datum ni vrijeme (GGGG-MM-DD ili GGGG-MM-DDTSS:MM).</translation>
    </message>
    <message>
        <source>The event cannot be in the future.</source>
        <translation>Događaj ne može biti u budućnosti.</translation>
    </message>
    <message>
        <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not &apos;see the facts&apos; and not the checklist&apos;s wording.</source>
        <translation>Napišite dokaz za %1 svojim riječima: šta ste vidjeli ili čuli, kada i gdje — rečenicu, ne „vidi činjenice“ i ne tekst kontrolne liste.</translation>
    </message>
    <message>
        <source>%1 is not an indicator code (like A3.2).</source>
        <translation>%1 nije oznaka pokazatelja (npr. A3.2).</translation>
    </message>
    <message>
        <source>Indicator %1 is listed twice.</source>
        <translation>Pokazatelj %1 naveden je dvaput.</translation>
    </message>
    <message>
        <source>The evidence for %1</source>
        <translation>dokaz za %1</translation>
    </message>
    <message>
        <source>Indicator %1 is not in the active checklist template.</source>
        <translation>Pokazatelj %1 nije u aktivnom šablonu kontrolne liste.</translation>
    </message>
    <message>
        <source>%1 is not a category of person.</source>
        <translation>%1 nije kategorija osobe.</translation>
    </message>
    <message>
        <source>A description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>A protective factor</source>
        <translation>zaštitni faktor</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Događaj ne može završiti prije nego što počne.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>mjesto</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>dužnost</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>procjena</translation>
    </message>
    <message>
        <source>The other explanations</source>
        <translation>Druga objašnjenja</translation>
    </message>
    <message>
        <source>Write your assessment: why it may matter, and the person&apos;s usual behaviour before.</source>
        <translation>Napišite svoju procjenu: zašto može biti važno i kakvo je prije bilo uobičajeno ponašanje osobe.</translation>
    </message>
    <message>
        <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer &apos;none identified&apos; after considering them.</source>
        <translation>Druga moguća objašnjenja su obavezna: opišite ih (dug, sukob, bolest, loše vijesti…) ili nakon razmatranja odgovorite „nijedno nije utvrđeno“.</translation>
    </message>
    <message>
        <source>The source identity</source>
        <translation>identitet izvora</translation>
    </message>
    <message>
        <source>The action taken</source>
        <translation>poduzeta radnja</translation>
    </message>
    <message>
        <source>The prisoner&apos;s account</source>
        <translation>izjava zatvorenika</translation>
    </message>
    <message>
        <source>There is no such observation (it may have been erased).</source>
        <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
        <translation>Takvo zapažanje ne postoji (možda je izbrisano).</translation>
    </message>
    <message>
        <source>There is no such observation (drafts are visible to their author only).</source>
        <translation>Takvo zapažanje ne postoji (nacrte vidi samo njihov autor).</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may see the source identity.</source>
        <translation>Identitet izvora smije vidjeti samo autor ili nadređeni.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: %1.</source>
        <translation>Ova se polja ne mogu mijenjati: %1.</translation>
    </message>
    <message>
        <source>This observation was submitted and is sealed; amend it with a reason.</source>
        <translation>Ovo je zapažanje predano i zapečaćeno; ispravite ga uz navođenje razloga.</translation>
    </message>
    <message>
        <source>Only the author may edit a draft.</source>
        <translation>Nacrt smije uređivati samo autor.</translation>
    </message>
    <message>
        <source>A submitted observation cannot be discarded.</source>
        <translation>Predano zapažanje ne može se odbaciti.</translation>
    </message>
    <message>
        <source>This observation was already submitted.</source>
        <translation>Ovo je zapažanje već predano.</translation>
    </message>
    <message>
        <source>Only the author may submit a draft.</source>
        <translation>Nacrt smije predati samo autor.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Za ispravak je potreban razlog.</translation>
    </message>
    <message>
        <source>A workstation grants access to its own establishment only.</source>
        <translation>Radna stanica daje pristup samo vlastitoj ustanovi.</translation>
    </message>
    <message>
        <source>Give the establishment&apos;s code.</source>
        <translation>Navedite šifru ustanove.</translation>
    </message>
    <message>
        <source>Say why the account needs this access.</source>
        <translation>Navedite zašto je računu potreban taj pristup.</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Razlog može imati najviše %1 znakova.</translation>
    </message>
    <message>
        <source>An amendment must change at least one field.</source>
        <translation>Ispravak mora promijeniti barem jedno polje.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only submitted observations are amended.</source>
        <translation>Nacrt se uređuje direktno; ispravljaju se samo predana zapažanja.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may amend an observation.</source>
        <translation>Zapažanje smije ispraviti samo autor ili nadređeni.</translation>
    </message>
    <message>
        <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Ovaj spis još se ne može anonimizirati: broj zapisa koji nisu dostavljeni centralnom uredu: %1. Izvezite ih, pričekajte potvrdu prijema, zatim ponovo odlučite.</translation>
    </message>
    <message>
        <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Ovaj spis još se ne može izbrisati: broj zapisa koji nisu dostavljeni centralnom uredu: %1. Izvezite ih, pričekajte potvrdu prijema, zatim ponovo odlučite.</translation>
    </message>
    <message>
        <source>A retention decision needs a reason.</source>
        <translation>Odluka o čuvanju zahtijeva obrazloženje.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>Obrazloženje može imati najviše 500 znakova.</translation>
    </message>
    <message>
        <source>%1 is not a decision; choose keep, anonymise or erase.</source>
        <translation>%1 nije odluka; izaberite: zadrži, anonimiziraj ili izbriši.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 nije datum.</translation>
    </message>
    <message>
        <source>The new review date must be in the future.</source>
        <translation>Novi datum provjere mora biti u budućnosti.</translation>
    </message>
    <message>
        <source>This file is already anonymised.</source>
        <translation>Ovaj je spis već anonimiziran.</translation>
    </message>
    <message>
        <source>The review to export no longer exists.</source>
        <translation>Provjera za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>review refers to an observation the vault does not hold.</source>
        <translation>provjera se odnosi na zapažanje koje nije u trezoru.</translation>
    </message>
    <message>
        <source>A page holds 1–1000 rows and starts at 0 or later.</source>
        <translation>Stranica ima 1–1000 redova i počinje od 0 ili kasnije.</translation>
    </message>
    <message>
        <source>A comment is limited to %1 characters.</source>
        <translation>Komentar može imati najviše %1 znakova.</translation>
    </message>
    <message>
        <source>You cannot review your own observation; another supervisor must.</source>
        <translation>Ne možete provjeravati vlastito zapažanje; to mora učiniti drugi nadređeni.</translation>
    </message>
    <message>
        <source>This observation is %1; it is not awaiting review.</source>
        <translation>Status ovog zapažanja: %1; ne čeka provjeru.</translation>
    </message>
    <message>
        <source>Returning needs a comment for the author.</source>
        <translation>Za vraćanje je potreban komentar za autora.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment for the author.</source>
        <translation>Za odbijanje je potreban komentar za autora.</translation>
    </message>
    <message>
        <source>Re-grading needs a comment for the author.</source>
        <translation>Za promjenu ocjene potreban je komentar za autora.</translation>
    </message>
    <message>
        <source>There is no such review.</source>
        <translation>Takva provjera ne postoji.</translation>
    </message>
    <message>
        <source>Give a reason for access before reading the record.</source>
        <translation>Navedite razlog pristupa prije čitanja zapisa.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Unesite barem jedno slovo ili cifru za pretragu.</translation>
    </message>
    <message>
        <source>The auditor sees records&apos; metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
        <translation>Revizor vidi metapodatke zapisa i dnevnik revizije, a ne ono što su službenici napisali: umjesto toga tražite po imenu ili broju zatvorenika.</translation>
    </message>
    <message>
        <source>The subject to export no longer exists.</source>
        <translation>Zatvorenik za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
        <translation>Matični broj %1 ustanove %2 u centralnom je uredu drugi spis: analitičar može povezati ta dva spisa ako se radi o jednoj osobi.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is already another file in this vault.</source>
        <translation>Matični broj %1 ustanove %2 već je drugi spis u ovom trezoru.</translation>
    </message>
    <message>
        <source>family name</source>
        <extracomment>The names of the name fields as errors say them (in the user&apos;s language).</extracomment>
        <translation>prezime</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>ime</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>The kinds of programme the issue names, until a reference bundle sends the country&apos;s list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
        <translation>Polje „%1“ je obavezno.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Polje „%1“ može imati najviše %2 znakova.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Polje „%1“ sadrži kontrolne znakove.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Datum ne može biti u budućnosti.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Datum ne može biti prije %1.</translation>
    </message>
    <message>
        <source>%1 is not a programme of the list: %2.</source>
        <translation>%1 nije program sa liste: %2.</translation>
    </message>
    <message>
        <source>There is no such referral (it may have been erased).</source>
        <translation>Takvo upućivanje ne postoji (možda je izbrisano).</translation>
    </message>
    <message>
        <source>Referrals are recorded at the prison, not at the central office.</source>
        <translation>Upućivanja se bilježe u zatvoru, a ne u centralnom uredu.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; refer the prisoner there.</source>
        <translation>Ovaj spis pripada drugoj ustanovi; uputite zatvorenika tamo.</translation>
    </message>
    <message>
        <source>This file was anonymised; nothing more is recorded in it.</source>
        <translation>Ovaj je spis anonimiziran; u njega se više ništa ne bilježi.</translation>
    </message>
    <message>
        <source>This referral was made at %1 and arrived with the prisoner&apos;s file: it is history here. Record a new referral instead.</source>
        <translation>Ovo je upućivanje izrađeno u %1 i stiglo je sa spisom zatvorenika: ovdje je historija. Umjesto toga zabilježite novo upućivanje.</translation>
    </message>
    <message>
        <source>Only the officer who referred or a supervisor may update it.</source>
        <translation>Samo službenik koji je uputio ili nadređeni smije ga ažurirati.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it is closed.</source>
        <translation>Upućivanje sa statusom %1 ne može dobiti status %2; zatvoreno je.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2 (next: %3).</source>
        <translation>Upućivanje sa statusom %1 ne može dobiti status %2 (sljedeći: %3).</translation>
    </message>
    <message>
        <source>Nothing changes: choose the next status or write the outcome.</source>
        <translation>Ništa se ne mijenja: izaberite sljedeći status ili napišite ishod.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, spaces and - &apos; . only (no emoji or symbols).</source>
        <translation>Polje „%1“ smije sadržavati samo slova, razmake i - &apos; . (bez emojija i simbola).</translation>
    </message>
    <message>
        <source>A prison number is 1–32 letters or digits (spaces, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; allowed).</source>
        <translation>Matični broj ima 1–32 slova ili cifre (dozvoljeni su razmaci, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>Godina rođenja mora biti između 1900. i %1.</translation>
    </message>
    <message>
        <source>There is no active unit %1 in this establishment.</source>
        <translation>U ovoj ustanovi ne postoji aktivan odjel %1.</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ćelija</translation>
    </message>
    <message>
        <source>There is no such prisoner in the vault (it may have been erased).</source>
        <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
        <translation>U trezoru nema takvog zatvorenika (spis je možda izbrisan).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 in %2 is recorded.</source>
        <translation>U %2 nije evidentiran zatvorenik s matičnim brojem %1.</translation>
    </message>
    <message>
        <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
        <translation>U centrali se matični broj navodi sa ustanovom, npr. PL-WAW1:%1 (brojevi su jedinstveni samo unutar ustanove).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 is recorded.</source>
        <translation>Nije evidentiran zatvorenik s matičnim brojem %1.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded in this establishment; open that prisoner&apos;s file instead.</source>
        <translation>Matični broj %1 već je evidentiran u ovoj ustanovi; umjesto toga otvorite spis tog zatvorenika.</translation>
    </message>
    <message>
        <source>Say why the prisoner&apos;s details change.</source>
        <translation>Navedite zašto se mijenjaju podaci o zatvoreniku.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be changed.</source>
        <translation>Ovaj je spis anonimiziran i ne može se mijenjati.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded.</source>
        <translation>Matični broj %1 već je evidentiran.</translation>
    </message>
    <message>
        <source>The record refers to a prisoner the vault does not hold.</source>
        <translation>Zapis se odnosi na zatvorenika koji nije u trezoru.</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a template may be at most %2</source>
        <translation>datoteka ima %1 bajtova; šablon može imati najviše %2</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2.</source>
        <translation>Datoteka šablona %1 ne može se pročitati: %2.</translation>
    </message>
    <message>
        <source>Unknown template origin %1.</source>
        <translation>Nepoznato porijeklo šablona %1.</translation>
    </message>
    <message>
        <source>The template signature is too long.</source>
        <translation>Potpis šablona je predugačak.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
        <translation>Šablon %1, verzija %2, već je sačuvan s drugačijim sadržajem. Izmijenjenom šablonu dodijelite novi broj verzije.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
        <translation>Šablon %1, verzija %2, ovdje je sačuvan s drugačijim sadržajem od onoga koji je poslao centralni ured.</translation>
    </message>
    <message>
        <source>There is no checklist template %1 in the vault.</source>
        <translation>U trezoru nema šablona kontrolne liste %1.</translation>
    </message>
    <message>
        <source>No checklist template is active; an administrator must choose one.</source>
        <translation>Nijedan šablon kontrolne liste nije aktivan; administrator mora izabrati jedan.</translation>
    </message>
    <message>
        <source>There is no such tombstone.</source>
        <translation>Takav trag brisanja ne postoji.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Lozinka mora imati najmanje %1 znakova.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Lozinka ne smije biti jednaka korisničkom imenu.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Lozinka sadrži premalo različitih znakova.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Dodijelite računu barem jednu ulogu.</translation>
    </message>
    <message>
        <source>The role %1 does not exist in a %2 vault.</source>
        <translation>Uloga %1 ne postoji u trezoru vrste: %2.</translation>
    </message>
    <message>
        <source>A username is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Korisničko ime ima 2–32 slova, cifre, &apos;.&apos;, &apos;_&apos; ili &apos;-&apos; i počinje slovom ili cifrom.</translation>
    </message>
    <message>
        <source>The username %1 is already taken (or was used before).</source>
        <translation>Korisničko ime %1 već je zauzeto (ili je prije korišteno).</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Ne postoji odjel %1.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Ne možete sebi oduzeti ulogu administratora.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: enable it, which sets a new password.</source>
        <translation>Račun %1 je onemogućen: omogućite ga, čime se postavlja nova lozinka.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Nova lozinka mora se razlikovati od trenutne.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be removed.</source>
        <translation>Posljednji aktivni administrator ne može se ukloniti.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Korisničko ime sadrži samo slova, cifre, &apos;.&apos;, &apos;_&apos; ili &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters or digits.</source>
        <translation>Oznaka ustanove ima 1–16 slova ili cifara.</translation>
    </message>
    <message>
        <source>A training vault is never made in the real vault&apos;s folder; choose another folder.</source>
        <translation>Trezor za obuku nikada se ne pravi u folderu pravog trezora; izaberite drugi folder.</translation>
    </message>
    <message>
        <source>A vault already exists in %1.</source>
        <translation>U %1 već postoji trezor.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose a new one before you go on.</source>
        <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server&apos;s, not a re-encryption (screens say which).</extracomment>
        <translation>Lozinku je postavio administrator: izaberite novu prije nego što nastavite.</translation>
    </message>
    <message>
        <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
        <translation>vault.keys i vault.db ne slažu se oko toga je li ovo trezor za obuku: jedan od njih je zamijenjen ili izmijenjen. Ništa nije otvoreno.</translation>
    </message>
    <message>
        <source>This central office&apos;s database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
        <translation>Baza podataka ovog centralnog ureda čuva se na serveru i nema kod za oporavak. Administrator ponovo omogućava vaš račun novom privremenom lozinkom (Administracija › Računi ili radprev user enable).</translation>
    </message>
    <message>
        <source>This account is disabled: an administrator enables it with a new password.</source>
        <translation>Ovaj račun je onemogućen: administrator ga omogućava novom lozinkom.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Samo administrator može vratiti sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file and database disagree about whether it is a training vault; it is not restored.</source>
        <translation>Datoteka ključeva i baza podataka sigurnosne kopije ne slažu se oko toga je li to trezor za obuku; kopija nije vraćena.</translation>
    </message>
    <message>
        <source>This backup is of a training vault: it is never restored over a real vault.</source>
        <translation>Ovo je sigurnosna kopija trezora za obuku: nikada se ne vraća preko pravog trezora.</translation>
    </message>
    <message>
        <source>This folder holds a training vault: a real vault&apos;s backup is never restored into it.</source>
        <translation>U ovom je folderu trezor za obuku: sigurnosna kopija pravog trezora nikada se ne vraća u njega.</translation>
    </message>
    <message>
        <source>A vault or central store is already set up in %1.</source>
        <translation>U %1 je već postavljen trezor ili centralna baza.</translation>
    </message>
    <message>
        <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
        <translation>Baza podataka %1 već sadrži centralnu bazu; povežite se s njom preko njene datoteke postavki umjesto da pravite drugu.</translation>
    </message>
    <message>
        <source>No central store is set up in %1.</source>
        <translation>U %1 nije postavljena centralna baza.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <extracomment>Where the backup taken before this login upgraded the vault&apos;s schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
        <translation>Ovaj račun je onemogućen. Obratite se administratoru.</translation>
    </message>
    <message>
        <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office&apos;s own database login to upgrade it; until then it cannot be used from here.</source>
        <translation>Centralnu bazu je postavila ranija verzija programa radprev (šema %1; ovoj verziji je potrebna %2). Administrator se jednom prijavljuje preko vlastite prijave ureda na bazu podataka da bi je nadogradio; do tada se odavde ne može koristiti.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Trezor je zaključan.</translation>
    </message>
    <message>
        <source>There is no part %1 of %2.</source>
        <extracomment>Translation context of every label below (the Settings tab&apos;s own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
        <translation>Ne postoji dio %1 postavke %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>„%1“: mora biti cijeli broj.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>„%1“: vrijednost mora biti između %2 i %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 characters.</source>
        <translation>„%1“: od 1 do %2 znakova.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>„%1“: dozvoljene vrijednosti: %2.</translation>
    </message>
    <message>
        <source>%1 must be %2 or %3.</source>
        <translation>„%1“: dozvoljeno je %2 ili %3.</translation>
    </message>
    <message>
        <source>%1 are given per part.</source>
        <translation>„%1“ navodi se posebno za svaki dio.</translation>
    </message>
    <message>
        <source>%1: there is no part %2.</source>
        <translation>„%1“: ne postoji dio %2.</translation>
    </message>
    <message>
        <source>Code lists must be an object of lists.</source>
        <translation>Liste šifara moraju biti objekat s listama.</translation>
    </message>
    <message>
        <source>A code list name is not valid.</source>
        <translation>Naziv liste šifara nije ispravan.</translation>
    </message>
    <message>
        <source>The code list %1 is not a list.</source>
        <translation>Lista šifara %1 nije lista.</translation>
    </message>
    <message>
        <source>The code list %1 holds bad entries.</source>
        <translation>Lista šifara %1 sadrži neispravne stavke.</translation>
    </message>
    <message>
        <source>%1: give 1 to %2 levels separated by &apos;;&apos;, lowest first, each 1 to %3 characters.</source>
        <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
        <translation>%1: navedite od 1 do %2 stepena odvojenih sa „;”, od najnižeg, svaki od 1 do %3 znakova.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 navodi %2 dvaput.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Ne postoji postavka pod imenom %1.</translation>
    </message>
    <message>
        <source>Writing reference bundles</source>
        <translation>Zapisivanje referentnih paketa</translation>
    </message>
    <message>
        <source>The bundle part %1 is not valid JSON.</source>
        <translation>Dio paketa %1 nije ispravan JSON.</translation>
    </message>
    <message>
        <source>Importing reference bundles</source>
        <translation>Uvoz referentnih paketa</translation>
    </message>
    <message>
        <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
        <translation>Već je uvezen noviji referentni paket (%1); paket %2 stariji je i nije primijenjen.</translation>
    </message>
    <message>
        <source>The bundle&apos;s profile or code lists are malformed.</source>
        <translation>Profil ili liste šifara u paketu nisu ispravni.</translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are not valid: %1</source>
        <translation>Postavke u paketu nisu ispravne: %1</translation>
    </message>
    <message>
        <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
        <translation>Šablon %1 u paketu je odbijen: %2 Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Takav sukob ne postoji.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
        <translation>čvrsta veza</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>simbolička veza</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>znakovni uređaj</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>blokovski uređaj</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO red</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>kontinuirana datoteka</translation>
    </message>
    <message>
        <source>a pax global header</source>
        <translation>globalno pax zaglavlje</translation>
    </message>
    <message>
        <source>a pax extended header</source>
        <translation>prošireno pax zaglavlje</translation>
    </message>
    <message>
        <source>a GNU long name</source>
        <translation>GNU dugo ime</translation>
    </message>
    <message>
        <source>a GNU long link</source>
        <translation>GNU duga veza</translation>
    </message>
    <message>
        <source>a GNU sparse file</source>
        <translation>GNU rijetka datoteka</translation>
    </message>
    <message>
        <source>The file&apos;s archive has a malformed %1 field.</source>
        <translation>Arhiva datoteke ima neispravno polje %1.</translation>
    </message>
    <message>
        <source>The file&apos;s archive is damaged (a header checksum is wrong).</source>
        <translation>Arhiva datoteke je oštećena (kontrolni zbir zaglavlja nije ispravan).</translation>
    </message>
    <message>
        <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
        <translation>Datoteka nije POSIX ustar arhiva (drugi tar formati se odbijaju).</translation>
    </message>
    <message>
        <source>The file holds a part whose name is not plain ASCII.</source>
        <translation>Datoteka sadrži dio čije ime nije običan ASCII.</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>stavka nepoznate vrste</translation>
    </message>
    <message>
        <source>The file holds an entry %1 that is %2, not a file.</source>
        <translation>Datoteka sadrži stavku %1 koja nije datoteka, nego: %2.</translation>
    </message>
    <message>
        <source>The file holds an entry %1 inside a folder.</source>
        <translation>Datoteka sadrži stavku %1 unutar foldera.</translation>
    </message>
    <message>
        <source>The file holds an unexpected part %1.</source>
        <translation>Datoteka sadrži neočekivani dio %1.</translation>
    </message>
    <message>
        <source>The part %1 is larger than allowed.</source>
        <translation>Dio %1 veći je od dozvoljenog.</translation>
    </message>
    <message>
        <source>The file is truncated (its archive has no end marker).</source>
        <translation>Datoteka je skraćena (arhiva nema oznaku kraja).</translation>
    </message>
    <message>
        <source>The file holds too many parts.</source>
        <translation>Datoteka sadrži previše dijelova.</translation>
    </message>
    <message>
        <source>The file holds the part %1 twice.</source>
        <translation>Datoteka sadrži dio %1 dvaput.</translation>
    </message>
    <message>
        <source>The part %1 is truncated.</source>
        <translation>Dio %1 je skraćen.</translation>
    </message>
    <message>
        <source>The file holds data after the end of its archive.</source>
        <translation>Datoteka sadrži podatke nakon kraja arhive.</translation>
    </message>
    <message>
        <source>The file has no signed manifest.</source>
        <translation>Datoteka nema potpisani manifest.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nije obična datoteka.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed (%2 bytes).</source>
        <translation>%1 veće je od dozvoljenog (%2 bajtova).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 ne može se pročitati (%2).</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Manifest nije ispravan JSON.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Manifest nije JSON objekat.</translation>
    </message>
    <message>
        <source>The manifest holds text that is not valid Unicode.</source>
        <translation>Manifest sadrži tekst koji nije ispravan Unicode.</translation>
    </message>
    <message>
        <source>The manifest holds numbers that are not integers.</source>
        <translation>Manifest sadrži brojeve koji nisu cijeli.</translation>
    </message>
    <message>
        <source>The manifest is not in canonical form.</source>
        <translation>Manifest nije u kanonskom obliku.</translation>
    </message>
    <message>
        <source>This is not a radprev file.</source>
        <translation>Ovo nije radprev datoteka.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>Manifest nema verziju formata.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
        <translation>Datoteka koristi verziju formata %1; ova verzija programa radprev čita najviše %2. Instalirajte noviju verziju.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid.</source>
        <translation>Verzija formata datoteke nije ispravna.</translation>
    </message>
    <message>
        <source>The manifest signature is malformed.</source>
        <translation>Potpis manifesta nije ispravan.</translation>
    </message>
    <message>
        <source>The signature does not verify against %1: the file was altered or forged.</source>
        <translation>Potpis se ne slaže s: %1 — datoteka je izmijenjena ili falsifikovana.</translation>
    </message>
    <message>
        <source>The manifest does not list the parts.</source>
        <translation>Manifest ne navodi dijelove.</translation>
    </message>
    <message>
        <source>The parts in the file do not match the manifest.</source>
        <translation>Dijelovi u datoteci ne slažu se s manifestom.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>Stavka manifesta za %1 nije ispravna.</translation>
    </message>
    <message>
        <source>The part %1 does not match its hash: it was altered.</source>
        <translation>Dio %1 ne slaže se sa svojim sažetkom (hash): izmijenjen je.</translation>
    </message>
    <message>
        <source>The part %1 claims too many lines.</source>
        <translation>Dio %1 navodi previše redova.</translation>
    </message>
    <message>
        <source>The part %1 does not hold the number of lines listed.</source>
        <translation>Dio %1 ne sadrži navedeni broj redova.</translation>
    </message>
    <message>
        <source>The file is not an encrypted radprev package.</source>
        <translation>Datoteka nije šifrirani radprev paket.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this office&apos;s key: it was addressed to another office, or it is damaged or truncated.</source>
        <translation>Paket se ne može dešifrirati ključem ovog centralnog ureda: bio je namijenjen drugom uredu ili je oštećen ili skraćen.</translation>
    </message>
    <message>
        <source>The package is damaged (its encryption layer is malformed).</source>
        <translation>Paket je oštećen (sloj šifriranja nije ispravan).</translation>
    </message>
    <message>
        <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
        <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
        <translation>Izlazni red sadrži promjenu vrste %1 koju ova verzija ne može izvesti. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The export&apos;s %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
        <translation>Dio %1 izvoza premašio bi ograničenje veličine; izvezite manje promjena odjednom. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The package would exceed the size limit; nothing was changed.</source>
        <translation>Paket bi premašio ograničenje veličine; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
        <translation>Datoteka pod imenom %1 već postoji u %2; prvo je premjestite. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
        <translation>Nijedan certifikat centralnog ureda još nije proglašen pouzdanim. Administrator ga prvo mora proglasiti pouzdanim (stranica Sinhronizacija ili `radprev central trust FILE --fingerprint HEX`).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Folder %1 ne postoji (je li USB memorija izvađena?). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
        <translation>%1 nije ispravno pročitano s medija (neispravna memorija?). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 did not read back correctly. Nothing was changed.</source>
        <translation>%1 nije ispravno pročitano. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The file is not a radprev package, receipt or bundle.</source>
        <translation>Datoteka nije radprev paket, potvrda prijema ni referentni paket.</translation>
    </message>
    <message>
        <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation&apos;s enrolment sheet, then enrol it and import again.</source>
        <translation>Paket potječe s radne stanice koja nije upisana (%1, otisak %2). Uporedite otisak s listom za upis radne stanice, zatim je upišite i ponovo uvezite.</translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation>Paket je veći od dozvoljenog.</translation>
    </message>
    <message>
        <source>The file is not an export package.</source>
        <translation>Datoteka nije paket za izvoz.</translation>
    </message>
    <message>
        <source>The manifest does not name the sender.</source>
        <translation>Manifest ne navodi pošiljaoca.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender is malformed.</source>
        <translation>Pošiljalac u manifestu nije ispravan.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender key is malformed.</source>
        <translation>Ključ pošiljaoca u manifestu nije ispravan.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sequence number is not valid.</source>
        <translation>Redni broj u manifestu nije ispravan.</translation>
    </message>
    <message>
        <source>The manifest&apos;s previous package hash is malformed.</source>
        <translation>Sažetak (hash) prethodnog paketa u manifestu nije ispravan.</translation>
    </message>
    <message>
        <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
        <translation>Paket je izrađen za drugi certifikat centralnog ureda (otisak primaoca ne slaže se s ovim uredom).</translation>
    </message>
    <message>
        <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
        <translation>Paket navodi upisanu radnu stanicu, ali nosi drugi ključ: nije ga izradila ta radna stanica (falsifikovan ili ponovljen pod njenim imenom).</translation>
    </message>
    <message>
        <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
        <translation>Paket navodi ustanovu %1, ali ova je radna stanica upisana za %2: nije ga izradila ta radna stanica onako kako je upisana. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Enrolling a workstation</source>
        <translation>Upis radne stanice</translation>
    </message>
    <message>
        <source>Importing export packages</source>
        <translation>Uvoz paketa za izvoz</translation>
    </message>
    <message>
        <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
        <translation>Paket dolazi iz %1, ustanove kojoj vaš račun nema pristup; uvest će ga administrator ili analitičar koji ima pristup toj ustanovi. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
        <translation>Već je uvezen drugi paket broj %1 s ove radne stanice: ovaj je ponovljen ili falsifikovan (ili je radna stanica vraćena iz stare sigurnosne kopije). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Package 1 names a previous package: the chain is broken.</source>
        <translation>Paket 1 navodi prethodni paket: lanac je prekinut.</translation>
    </message>
    <message>
        <source>Package %1 names no previous package: the chain is broken.</source>
        <translation>Paket %1 ne navodi prethodni paket: lanac je prekinut.</translation>
    </message>
    <message>
        <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
        <translation>Paket %1 ne slijedi već uvezeni paket %2 (lanac paketa je prekinut). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
        <translation>Već uvezeni paket %1 ne slijedi ovaj paket %2 (lanac paketa je prekinut). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>%1 is never done in a training vault: practice stays in the training vault.</source>
        <translation>%1 — to se nikada ne radi u trezoru za obuku: vježbe ostaju u trezoru za obuku.</translation>
    </message>
    <message>
        <source>%1 is done at the central office, not in this vault.</source>
        <translation>%1 — to se radi u centralnom uredu, ne u ovom trezoru.</translation>
    </message>
    <message>
        <source>%1 is done at a workstation, not in this vault.</source>
        <translation>%1 — to se radi na radnoj stanici, ne u ovom trezoru.</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Ovaj trezor nema ključ za potpisivanje.</translation>
    </message>
    <message>
        <source>Managing the central office keys</source>
        <translation>Upravljanje ključevima centralnog ureda</translation>
    </message>
    <message>
        <source>Setting the backup recipient</source>
        <translation>Postavljanje primaoca sigurnosne kopije</translation>
    </message>
    <message>
        <source>The backup recipient is not an age key (age1…).</source>
        <translation>Primalac sigurnosne kopije nije age ključ (age1…).</translation>
    </message>
    <message>
        <source>Writing the central certificate</source>
        <translation>Zapisivanje certifikata centralnog ureda</translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation>Datoteka certifikata je prevelika.</translation>
    </message>
    <message>
        <source>The certificate is not valid JSON.</source>
        <translation>Certifikat nije ispravan JSON.</translation>
    </message>
    <message>
        <source>The certificate is not a JSON object.</source>
        <translation>Certifikat nije JSON objekat.</translation>
    </message>
    <message>
        <source>This is not a radprev central office certificate.</source>
        <translation>Ovo nije radprev certifikat centralnog ureda.</translation>
    </message>
    <message>
        <source>The certificate&apos;s format version is not supported.</source>
        <translation>Verzija formata certifikata nije podržana.</translation>
    </message>
    <message>
        <source>The certificate has missing or unexpected fields.</source>
        <translation>Certifikatu nedostaju polja ili ima neočekivana polja.</translation>
    </message>
    <message>
        <source>The certificate field %1 is malformed.</source>
        <translation>Polje certifikata %1 nije ispravno.</translation>
    </message>
    <message>
        <source>The certificate holds a malformed key.</source>
        <translation>Certifikat sadrži neispravan ključ.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not verify: it was altered.</source>
        <translation>Potpis certifikata se ne slaže: certifikat je izmijenjen.</translation>
    </message>
    <message>
        <source>Trusting a central office certificate</source>
        <translation>Proglašavanje certifikata centralnog ureda pouzdanim</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
        <translation>Otisak se ne slaže s certifikatom. Ne proglašavajte ga pouzdanim: zatražite od centralnog ureda list za upis i ponovo uporedite. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The manifest&apos;s transfer key is malformed.</source>
        <translation>Ključ premještaja u manifestu nije ispravan.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the workstation&apos;s key. Do not enrol it: compare it with the workstation&apos;s enrolment sheet again. Nothing was changed.</source>
        <translation>Otisak se ne slaže s ključem radne stanice. Ne upisujte je: ponovo uporedite s listom za upis radne stanice. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
        <translation>Ovaj identifikator radne stanice već je upisan s drugim ključem (ili ključ pod drugim identifikatorom). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Writing receipts</source>
        <translation>Zapisivanje potvrda prijema</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is not valid JSON.</source>
        <translation>Sadržaj potvrde prijema nije ispravan JSON.</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is malformed.</source>
        <translation>Sadržaj potvrde prijema nije ispravan.</translation>
    </message>
    <message>
        <source>The file is not a %1.</source>
        <translation>Datoteka nije vrste: %1.</translation>
    </message>
    <message>
        <source>The file does not name its sender.</source>
        <translation>Datoteka ne navodi pošiljaoca.</translation>
    </message>
    <message>
        <source>The file was not signed by the central office this workstation trusts.</source>
        <translation>Datoteku nije potpisao centralni ured kojemu ova radna stanica vjeruje.</translation>
    </message>
    <message>
        <source>The file&apos;s sequence number is not valid.</source>
        <translation>Redni broj datoteke nije ispravan.</translation>
    </message>
    <message>
        <source>Importing receipts</source>
        <translation>Uvoz potvrda prijema</translation>
    </message>
    <message>
        <source>The consolidated view</source>
        <translation>Objedinjeni prikaz</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>nije UTF-8 tekst (bajt %1)</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>ključ %1 pojavljuje se dvaput</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>neispravan JSON: %1 (red %2, kolona %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>neispravan JSON: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>šablon mora biti JSON objekat</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>nedostaje obavezan ključ</translation>
    </message>
    <message>
        <source>unknown key (not part of the template format)</source>
        <translation>nepoznat ključ (nije dio formata šablona)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>nepoznat ključ</translation>
    </message>
    <message>
        <source>must be of type %1</source>
        <translation>mora biti tipa %1</translation>
    </message>
    <message>
        <source>text is longer than %1 characters</source>
        <translation>tekst ima više od %1 znakova</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>tekst ne smije biti prazan</translation>
    </message>
    <message>
        <source>%1 does not have the required form %2</source>
        <translation>%1 nema zahtijevani oblik %2</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>ima više od %1 stavki</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>zahtijeva najmanje %1 stavki</translation>
    </message>
    <message>
        <source>entries must not repeat</source>
        <translation>stavke se ne smiju ponavljati</translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation>nepoznat jezik %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nije jedna od vrijednosti: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>mora imati vrijednost %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 %3)</source>
        <translation>%1 je izvan raspona (%2 %3)</translation>
    </message>
    <message>
        <source>does not meet the rule &apos;%1&apos;</source>
        <translation>ne ispunjava pravilo „%1“</translation>
    </message>
    <message>
        <source>missing text in a declared language</source>
        <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
        <translation>nedostaje tekst na navedenom jeziku</translation>
    </message>
    <message>
        <source>language not listed in $.languages</source>
        <translation>jezik nije naveden u $.languages</translation>
    </message>
    <message>
        <source>code %1 is already used at %2</source>
        <translation>oznaka %1 već je korištena u %2</translation>
    </message>
    <message>
        <source>an item of domain %1 must start with its code and a dot</source>
        <translation>stavka područja %1 mora počinjati njegovom oznakom i tačkom</translation>
    </message>
    <message>
        <source>an item of a %1 domain must be of the same kind</source>
        <translation>stavka područja vrste %1 mora biti iste vrste</translation>
    </message>
    <message>
        <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
        <translation>zamjenjuje %1 (%2); opišite ponašanje koje je važno (nasilje, prijetnje, prisila, podrška nasilju) ili ga navedite u non_indicators</translation>
    </message>
    <message>
        <source>at least one domain must be of kind indicator</source>
        <translation>barem jedno područje mora biti vrste indicator</translation>
    </message>
    <message>
        <source>a sample template must carry a notice that it is a sample to adapt</source>
        <translation>šablon-primjer mora sadržavati napomenu da je primjer koji treba prilagoditi</translation>
    </message>
    <message>
        <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
        <translation>spominje vjeru, etničku pripadnost ili nacionalnost (%1); stavka mora opisivati ponašanje koje se može uočiti — takve stvari navedite u non_indicators</translation>
    </message>
    <message>
        <source>not representable as JSON: %1</source>
        <translation>ne može se prikazati kao JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>neispravan JSON: previše duboko ugniježđeno</translation>
    </message>
    <message>
        <source>the template is %1 bytes; at most %2 are allowed</source>
        <translation>šablon ima %1 bajtova; dozvoljeno je najviše %2</translation>
    </message>
    <message>
        <source>The backup could not be written or did not verify (%1).</source>
        <translation>Sigurnosna kopija nije se mogla zapisati ili nije prošla provjeru (%1).</translation>
    </message>
    <message>
        <source>The backup did not pass its integrity check.</source>
        <translation>Sigurnosna kopija nije prošla provjeru cjelovitosti.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Sigurnosna kopija je nepotpuna.</translation>
    </message>
    <message>
        <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
        <translation>%1 nije sigurnosna kopija: potrebni su zajedno vault.db i vault.keys.</translation>
    </message>
    <message>
        <source>The username or password does not open this backup.</source>
        <translation>Korisničko ime ili lozinka ne otvaraju ovu sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Sigurnosna kopija je oštećena.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with its key file.</source>
        <translation>Baza podataka sigurnosne kopije ne otvara se njenom datotekom ključeva.</translation>
    </message>
    <message>
        <source>The key does not open this vault.</source>
        <extracomment>The machine setting that turns SQLite&apos;s wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4&apos;s default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
        <translation>Ključ ne otvara ovaj trezor.</translation>
    </message>
    <message>
        <source>The vault database could not be opened for writing.</source>
        <translation>Baza podataka trezora nije se mogla otvoriti za pisanje.</translation>
    </message>
    <message>
        <source>No vault in %1.</source>
        <translation>Nema trezora u %1.</translation>
    </message>
    <message>
        <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
        <translation>U folderu trezora nedostaje datoteka ključeva vault.keys; trezor se bez nje ne može otvoriti. Vratite vault.keys iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
        <translation>Datoteka ključeva vault.keys oštećena je ili mijenjana (%1); trezor nije promijenjen. Vratite vault.keys iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
        <extracomment>Python steps by migration name (without its number): run after that file&apos;s SQL.</extracomment>
        <translation>Centralnu bazu je postavila novija verzija programa radprev (njena baza podataka ima šemu %1; ova verzija radi sa šemama najviše do %2); instalirajte tu verziju ili noviju na ovaj računar. U bazi ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Ovaj je trezor zapisala novija verzija programa radprev (šema %1; ova verzija poznaje najviše %2). Instalirajte noviju verziju da biste ga otvorili.</translation>
    </message>
    <message>
        <source>The vault&apos;s keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
        <translation>Ključevi trezora upravo se mijenjaju (uklanjanje korisnika ili promjena ključa). Pokušajte ponovo za trenutak.</translation>
    </message>
    <message>
        <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
        <translation>Baza podataka vault.db nedostaje u folderu trezora. Vratite je iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
        <translation>Ovaj račun ne može pisati u folder trezora %1; zamolite administratora da ispravi dozvole. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
        <extracomment>SQLite&apos;s own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
        <translation>Baza podataka vault.db je oštećena (skraćena). Vratite je iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Korisničko ime ili lozinka nisu ispravni.</translation>
    </message>
    <message>
        <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
        <translation>Centralna pohrana na PostgreSQL-u nema ključ trezora: promjene ključeva i rezervne kopije rade se na serveru (radprev backup; docs/decisions/0011-postgresql-central-store.md).</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait %1 s.</source>
        <translation>Previše neuspjelih pokušaja: pričekajte %1 s.</translation>
    </message>
    <message>
        <source>This vault has no recovery slot.</source>
        <translation>Ovaj trezor nema mjesto za ključ za oporavak.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Baza podataka vault.db oštećena je i ne može se pročitati. Vratite je iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
        <translation>Lozinka je ispravna, ali se baza vault.db ne otvara ključem koji ona otključava: vault.db ili vault.keys zamijenjen je ili oštećen. Vratite oboje iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
        <translation>Datoteka ključeva vault.keys izmijenjena je izvan programa radprev (njen se pečat ne slaže s ključem trezora). Ništa nije otvoreno. Vratite vault.keys iz sigurnosne kopije ili se obratite administratoru.</translation>
    </message>
    <message>
        <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault&apos;s. Restore vault.keys from a backup.</source>
        <translation>vault.keys sadrži mjesto za ključ koje ovaj trezor ne poznaje; datoteka ključeva izmijenjena je ili zamijenjena datotekom drugog trezora. Vratite vault.keys iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Previše neuspjelih pokušaja. Pričekajte %1 s prije sljedećeg pokušaja.</translation>
    </message>
    <message>
        <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
        <translation>U međuvremenu je drugi prozor ili komanda ponovo šifrirao trezor. Ponovo se prijavite da biste nastavili.</translation>
    </message>
    <message>
        <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
        <translation>Promjena ključa trezora nije završena; ponovo se prijavite (kao administrator) da biste je završili, zatim pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
        <translation>Datoteka ključeva vault.keys izmijenjena je izvan programa radprev; ništa nije promijenjeno. Vratite vault.keys iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Ne postoji mjesto za ključ za %1.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Trenutna lozinka nije ispravna.</translation>
    </message>
    <message>
        <source>The key slot changed meanwhile; try again.</source>
        <translation>Mjesto za ključ u međuvremenu se promijenilo; pokušajte ponovo.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
        <translation>Datoteka ključeva vault.keys izmijenjena je izvan programa radprev (njen se pečat ne slaže s ključem trezora). Vratite vault.keys iz sigurnosne kopije.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; nothing was changed.</source>
        <translation>Ponovno šifrirana kopija nije prošla provjeru; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; nothing was changed.</source>
        <translation>Ponovno šifrirana kopija je nepotpuna; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
        <translation>Bazu podataka još koristi drugi prozor; zatvorite ga i pokušajte ponovo. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not a folder.</source>
        <translation>Folder trezora %1 nije folder.</translation>
    </message>
    <message>
        <source>The vault folder %1 does not exist and this account cannot create it.</source>
        <translation>Folder trezora %1 ne postoji, a ovaj je račun ne može napraviti.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to add it to the &apos;%2&apos; group (sudo adduser USER %2), then log out and in again.</source>
        <translation>Ovaj račun ne smije koristiti zajednički folder trezora %1. Zamolite IT službu da ga doda u grupu „%2“ (sudo adduser USER %2), zatim se odjavite i ponovo prijavite.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to give the workstation&apos;s users modify rights on it (the installer does).</source>
        <translation>Ovaj račun ne smije koristiti zajednički folder trezora %1. Zamolite IT službu da korisnicima radne stanice dodijeli pravo izmjene (to čini instalacijski program).</translation>
    </message>
    <message>
        <source>This account may not read and write the vault folder %1.</source>
        <translation>Ovaj račun ne može čitati i pisati u folder trezora %1.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Pričekajte</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Nije ispravno</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Račun je onemogućen</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>Lozinka je preslaba</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza podataka je oštećena</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>Baza podataka još ne postoji</translation>
    </message>
    <message>
        <source>Database of a newer version</source>
        <translation>Baza podataka novije verzije</translation>
    </message>
    <message>
        <source>Database folder not writable</source>
        <translation>Nije moguće pisati u folder baze podataka</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nije dozvoljeno</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Provjerite unos</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nije pronađeno</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Sukob</translation>
    </message>
    <message>
        <source>Checklist template not valid</source>
        <translation>Šablon kontrolne liste nije ispravan</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Paket je odbijen</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Dnevnik revizije je narušen</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Datoteka se nije mogla zapisati</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem s bazom podataka</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>To se ne može učiniti</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Neočekivana greška</translation>
    </message>
    <message>
        <source>The checklist template is not valid:</source>
        <translation>Šablon kontrolne liste nije ispravan:</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
        <translation>Nešto nije u redu ({kind}). Neuspjeli korak ništa nije promijenio.</translation>
    </message>
    <message>
        <source>This is a real vault: training records come from a training vault.</source>
        <translation>Ovo je pravi trezor: zapisi o obuci potječu iz trezora za obuku.</translation>
    </message>
    <message>
        <source>Only a trainer prints another trainee&apos;s training record.</source>
        <translation>Zapis o obuci drugog polaznika štampa samo instruktor.</translation>
    </message>
    <message>
        <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
        <translation>Ovo je pravi trezor: vježbe se rade samo u trezoru za obuku (Vježbaj na ekranu za prijavu ili `radprev training init`).</translation>
    </message>
    <message>
        <source>There is no such exercise.</source>
        <translation>Takva vježba ne postoji.</translation>
    </message>
    <message>
        <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
        <translation>Scenarij %1 još nije napisan na jeziku %2; postoji na: %3.</translation>
    </message>
    <message>
        <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
        <translation>Prvo zabilježite i predajte zapažanje o ovom zatvoreniku; zatim zatražite povratnu informaciju.</translation>
    </message>
    <message>
        <source>Only the trainee completes their own exercise.</source>
        <translation>Svoju vježbu završava samo polaznik.</translation>
    </message>
    <message>
        <source>Only a trainer sees other trainees&apos; exercises.</source>
        <translation>Vježbe drugih polaznika vidi samo instruktor.</translation>
    </message>
    <message>
        <source>There is no training scenario %1. See `radprev training list`.</source>
        <translation>Ne postoji scenarij za obuku %1. Vidi `radprev training list`.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Ekran je zaključan.</translation>
    </message>
    <message>
        <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
        <translation>Font za izvještaje %1 nedostaje u %2. Ponovo instalirajte aplikaciju; PDF nije izrađen.</translation>
    </message>
    <message>
        <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
        <translation>Font za izvještaje %1 ne može se pročitati. Ponovo instalirajte aplikaciju; PDF nije izrađen.</translation>
    </message>
    <message>
        <source>%1 is not installed (PostgreSQL client tools are needed).</source>
        <translation>%1 nije instaliran (potrebni su klijentski alati za PostgreSQL).</translation>
    </message>
    <message>
        <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
        <translation>Sigurnosne kopije čitaju lozinku baze podataka iz libpq datoteke s lozinkama: postavite passfile u central.json (ili PGPASSFILE).</translation>
    </message>
    <message>
        <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
        <translation>Za ovaj centralni ured nije postavljen ključ za sigurnosne kopije: prvo navedite primaoca sigurnosnih kopija (radprev central certificate --backup-recipient age1…).</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 već postoji; izaberite novo ime datoteke.</translation>
    </message>
    <message>
        <source>This computer&apos;s database login does not reach every establishment, so its backup would be incomplete. Take backups through the office&apos;s own login.</source>
        <translation>Prijava ovog računara na bazu podataka ne obuhvata sve ustanove, pa bi rezervna kopija bila nepotpuna. Rezervne kopije pravite preko vlastite prijave ureda.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump nije uspio: %1</translation>
    </message>
    <message>
        <source>The backup key is not an age identity.</source>
        <translation>Ključ za sigurnosne kopije nije age identitet.</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore nije uspio: %1</translation>
    </message>
    <message>
        <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
        <translation>Server je odbio prijavu %1 na bazu podataka %2: datoteci lozinki %3 potreban je red za tu bazu (host:port:%2:%1:lozinka). Dodajte ga i ponovo pokrenite vraćanje; ništa nije vraćeno.</translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
        <translation>Sigurnosna kopija se ne može dešifrovati ovim ključem (pogrešan ključ ili oštećena datoteka).</translation>
    </message>
    <message>
        <source>The central office holds nothing of establishment %1.</source>
        <translation>Centralni ured nema ničega od ustanove %1.</translation>
    </message>
    <message>
        <source>Reports by establishment are made at the central office.</source>
        <translation>Izvještaji po ustanovama izrađuju se u centralnom uredu.</translation>
    </message>
    <message>
        <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
        <translation>Ustanova %1 nije među ustanovama koje su vam dodijeljene. Ako vam je potrebna, zatražite dozvolu od administratora.</translation>
    </message>
    <message>
        <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
        <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor&apos;s words are theirs, so the PDF&apos;s marking takes them into account.</extracomment>
        <translation>Osuđeni je premješten u drugu ustanovu: predaju pri otpustu priprema ustanova iz koje se osuđeni otpušta.</translation>
    </message>
    <message>
        <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
        <translation>Osuđeni je na izdržavanju kazne. Predaja pri otpustu se pravi kada je osuđeni otpušten, ili ranije, kada potvrdite da osuđeni uskoro izlazi na slobodu.</translation>
    </message>
    <message>
        <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
        <translation>Tačnost ovog spisa je osporena i obrada je ograničena: predaja se ne izrađuje dok nadređeni ne ukloni ograničenje.</translation>
    </message>
    <message>
        <source>The referral to export no longer exists.</source>
        <translation>Upućivanje za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>a referral starts as proposed</source>
        <translation>upućivanje počinje kao predloženo</translation>
    </message>
    <message>
        <source>the status steps are not in an allowed order</source>
        <translation>koraci statusa nisu u dozvoljenom redoslijedu</translation>
    </message>
    <message>
        <source>the status steps are not in date order</source>
        <translation>koraci statusa nisu poredani po datumu</translation>
    </message>
    <message>
        <source>the status is not the last step of the history</source>
        <translation>status nije posljednji korak historiji</translation>
    </message>
    <message>
        <source>Files are linked at the central office.</source>
        <translation>Spisi se povezuju u centralnom uredu.</translation>
    </message>
    <message>
        <source>Say why you decided (it is kept in the audit log).</source>
        <translation>Navedite zašto ste tako odlučili (čuva se u dnevniku revizije).</translation>
    </message>
    <message>
        <source>These are the same file already.</source>
        <translation>To je već isti spis.</translation>
    </message>
    <message>
        <source>A decision about these two files exists (%1); undo it first.</source>
        <translation>Odluka o ova dva spisa već postoji (%1); prvo je poništite.</translation>
    </message>
    <message>
        <source>Say why the decision is undone.</source>
        <translation>Navedite zašto se odluka poništava.</translation>
    </message>
    <message>
        <source>There is no such decision in force.</source>
        <translation>Takva odluka nije na snazi.</translation>
    </message>
    <message>
        <source>The transfer to export no longer exists.</source>
        <translation>Premještaj za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>a transfer is recorded at the establishment the prisoner leaves</source>
        <translation>premještaj se bilježi u ustanovi koju zatvorenik napušta</translation>
    </message>
    <message>
        <source>a transfer goes to another establishment</source>
        <translation>premještaj ide u drugu ustanovu</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters, digits or &apos;-&apos; (e.g. PL-KRK1).</source>
        <extracomment>An establishment code as the central office enrols them (letters, digits, &apos;-&apos;). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
        <translation>Oznaka ustanove ima 1–16 slova, cifara ili &apos;-&apos; (npr. PL-KRK1).</translation>
    </message>
    <message>
        <source>A transfer is recorded on or after the day it happens, not before.</source>
        <translation>Premještaj se bilježi na dan kada se dogodi ili poslije, ne prije.</translation>
    </message>
    <message>
        <source>The transfer date is too far in the past.</source>
        <translation>Datum premještaja predaleko je u prošlosti.</translation>
    </message>
    <message>
        <source>The note is limited to %1 characters.</source>
        <translation>Napomena može imati najviše %1 znakova.</translation>
    </message>
    <message>
        <source>A transfer is recorded at the prison the prisoner leaves.</source>
        <translation>Premještaj se bilježi u zatvoru koji zatvorenik napušta.</translation>
    </message>
    <message>
        <source>The prisoner is already in this establishment: name the one they go to.</source>
        <translation>Zatvorenik je već u ovoj ustanovi: navedite ustanovu u koju ide.</translation>
    </message>
    <message>
        <source>%1 is not one of the establishments the central office lists.</source>
        <translation>%1 nije jedna od ustanova sa liste centralnog ureda.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; it cannot be transferred here.</source>
        <translation>Ovaj spis pripada drugoj ustanovi; ovdje se ne može premjestiti.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be transferred.</source>
        <translation>Ovaj je spis anonimiziran i ne može se premjestiti.</translation>
    </message>
    <message>
        <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
        <translation>Zatvorenik nije ovdje na izdržavanju (status: %1); premjestiti se može samo zatvorenik koji je u ustanovi.</translation>
    </message>
    <message>
        <source>The recipient key file is too large to be an age key.</source>
        <translation>Datoteka ključa primaoca prevelika je da bi bila age ključ.</translation>
    </message>
    <message>
        <source>The recipient key file is not text.</source>
        <translation>Datoteka ključa primaoca nije tekst.</translation>
    </message>
    <message>
        <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
        <translation>Ovo je tajni ključ: zatražite od probacijske službe njen javni ključ (red koji počinje s age1…). Datoteku tajnog ključa čuvajte na sigurnom.</translation>
    </message>
    <message>
        <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
        <translation>Datoteka ključa primaoca mora sadržavati jedan age javni ključ (red koji počinje s age1…).</translation>
    </message>
    <message>
        <source>The recipient key file holds a damaged age key.</source>
        <translation>Datoteka ključa primaoca sadrži oštećen age ključ.</translation>
    </message>
    <message>
        <source>Say who the handover is for (the probation office).</source>
        <translation>Navedite kome je predaja namijenjena (probacijski ured).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 ne postoji.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2.</source>
        <translation>Datoteka pod imenom %1 već postoji u %2.</translation>
    </message>
    <message>
        <source>The package written to %1 cannot be read back.</source>
        <translation>Paket zapisan u %1 ne može se ponovo pročitati.</translation>
    </message>
    <message>
        <source>The package written to %1 does not read back as written.</source>
        <translation>Paket zapisan u %1 ne čita se onako kako je zapisan.</translation>
    </message>
    <message>
        <source>This is not a release handover package.</source>
        <translation>Ovo nije paket predaje pri otpustu.</translation>
    </message>
    <message>
        <source>The handover package names no signing key.</source>
        <translation>Paket predaje ne navodi ključ za potpisivanje.</translation>
    </message>
    <message>
        <source>The handover package holds no readable content.</source>
        <translation>Paket predaje nema čitljiv sadržaj.</translation>
    </message>
    <message>
        <source>There is no such prisoner at the central office.</source>
        <extracomment>The record kinds a prisoner&apos;s file is made of, in the order they are taken in.</extracomment>
        <translation>U centralnom uredu nema takvog zatvorenika.</translation>
    </message>
    <message>
        <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
        <translation>Nijedan premještaj ovog zatvorenika nije stigao u centralni ured: prvo ga bilježi i izvozi zatvor koji je zatvorenik napustio.</translation>
    </message>
    <message>
        <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
        <translation>Nijedna radna stanica ustanove %1 još ne može primiti spis: svaka navodi svoj ključ premještaja u svojim paketima za izvoz. Zamolite ih da jednom izvezu (i unesite radnu stanicu), zatim ponovo izdajte paket.</translation>
    </message>
    <message>
        <source>The bundle written to %1 cannot be read back.</source>
        <translation>Paket zapisan u %1 ne može se ponovo pročitati.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written.</source>
        <translation>Paket zapisan u %1 ne čita se onako kako je zapisan.</translation>
    </message>
    <message>
        <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
        <translation>Ova radna stanica još nema ključ premještaja, pa joj se ne može uputiti paket premještaja: izvezite jednom (centralni ured sazna ključ), zatim zatražite paket.</translation>
    </message>
    <message>
        <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment&apos;s workstations (or it is damaged). Nothing was changed.</source>
        <translation>Ovaj paket premještaja nije upućen ovoj radnoj stanici: izdan je za radne stanice druge ustanove (ili je oštećen). Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The transfer bundle does not say whom and what it is for.</source>
        <translation>Paket premještaja ne navodi za koga je i čemu služi.</translation>
    </message>
    <message>
        <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
        <translation>Ovaj je paket premještaja za ustanovu %1, a ne za %2. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The transfer bundle&apos;s transfer is malformed.</source>
        <translation>Premještaj u paketu premještaja nije ispravan.</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle: %2</source>
        <translation>Red %1 paketa premještaja: %2</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
        <translation>Red %1 paketa premještaja ne odnosi se na premještenog zatvorenika.</translation>
    </message>
    <message>
        <source>The transfer bundle must hold the prisoner&apos;s file header once.</source>
        <translation>Paket premještaja mora jednom sadržavati zaglavlje spisa zatvorenika.</translation>
    </message>
    <message>
        <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
        <translation>Već je uvezen drugi paket premještaja broj %1 iz ovog centralnog ureda: ovaj je falsifikovan ili ponovljen. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>A checklist template in the bundle was refused: %1</source>
        <translation>Šablon kontrolne liste u paketu je odbijen: %1</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
        <translation>Red %1 paketa premještaja ne može se preuzeti: %2 Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Prison number %1 is already used here for another prisoner: give the prisoner&apos;s number at this establishment. Nothing was changed.</source>
        <translation>Matični broj %1 ovdje se već koristi za drugog zatvorenika: navedite zatvorenikov broj u ovoj ustanovi. Ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This is done at the central office.</source>
        <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
        <translation>Ovo se radi u centrali.</translation>
    </message>
    <message>
        <source>The central database connection must use TLS: sslmode &apos;%1&apos; is not allowed (use one of %2).</source>
        <translation>Veza s centralnom bazom podataka mora koristiti TLS: sslmode &apos;%1&apos; nije dozvoljen (koristite jedan od: %2).</translation>
    </message>
    <message>
        <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
        <translation>Centralnoj bazi podataka mora se pristupati preko TCP-a s TLS-om (naziv hosta ili adresa, a ne lokalni folder soketa).</translation>
    </message>
    <message>
        <source>The central database port must be a number from 1 to 65535, not %1.</source>
        <translation>Port centralne baze podataka mora biti broj od 1 do 65535, a ne %1.</translation>
    </message>
    <message>
        <source>The central database address must start with %1</source>
        <translation>Adresa centralne baze podataka mora počinjati s %1</translation>
    </message>
    <message>
        <source>The central database address is not valid.</source>
        <translation>Adresa centralne baze podataka nije ispravna.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
        <translation>Ne stavljajte lozinku u adresu baze podataka (završila bi u historiji komandne linije i spiskovima procesa): stavite je u datoteku s lozinkom (passfile) ili je unesite kada se zatraži.</translation>
    </message>
    <message>
        <source>The central database address needs a user, a host and a database name: %1</source>
        <translation>Adresa centralne baze podataka mora sadržavati korisnika, host i naziv baze podataka: %1</translation>
    </message>
    <message>
        <source>The central database settings in %1 cannot be read.</source>
        <translation>Postavke centralne baze podataka u %1 ne mogu se pročitati.</translation>
    </message>
    <message>
        <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
        <translation>Postavke centralne baze podataka u %1 nisu ispravne (lozinka nikada ne pripada u njih: koristite datoteku s lozinkom).</translation>
    </message>
    <message>
        <source>The central database settings in %1 lack host, dbname or user.</source>
        <translation>U postavkama centralne baze podataka u %1 nedostaje host, dbname ili user.</translation>
    </message>
    <message>
        <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
        <translation>Centralno skladište je prekinulo ovu sesiju: račun je onemogućen ili uklonjen, ili je njegov server zaustavljen ili ponovo pokrenut. Ono što je ranije sačuvano ostaje. Unesite lozinku da biste se ponovo prijavili; dok server ne radi, prijava će to reći.</translation>
    </message>
    <message>
        <source>The server at %1 refused a connection without TLS.</source>
        <translation>Server %1 je odbio vezu bez TLS-a.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS; radprev never sends analysts&apos; data over an unencrypted connection.</source>
        <translation>Server %1 ne nudi TLS; radprev nikada ne šalje podatke analitičara preko nešifrirane veze.</translation>
    </message>
    <message>
        <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
        <translation>Server %1 nije izvršio autentifikaciju pomoću SCRAM-SHA-256 s vezivanjem kanala (channel binding); postavite password_encryption = scram-sha-256 i koristite scram-sha-256 u pg_hba.conf (redovi hostssl).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server&apos;s in the central database settings.</source>
        <translation>Datoteka TLS certifikata %1 (sslrootcert) ne može se pročitati: u postavkama centralne baze podataka navedite putanju certifikata kojim je potpisan certifikat servera.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 could not be verified.</source>
        <translation>TLS certifikat servera %1 nije mogao biti provjeren.</translation>
    </message>
    <message>
        <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
        <translation>Nema lozinke za %1: stavite je u libpq datoteku s lozinkama (passfile) navedenu u postavkama centralne baze podataka.</translation>
    </message>
    <message>
        <source>The central database refused the password for %1.</source>
        <translation>Centralna baza podataka je odbila lozinku za %1.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2.</source>
        <translation>Na serveru %1 ne postoji baza podataka s nazivom %2.</translation>
    </message>
    <message>
        <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
        <translation>Centralna baza podataka %1 nije dostupna: provjerite radi li server i jesu li host i port ispravni.</translation>
    </message>
    <message>
        <source>Give the reason for access first: every consultation of prisoners&apos; data is recorded with its purpose.</source>
        <translation>Prvo navedite razlog pristupa: svaki uvid u podatke zatvorenika bilježi se sa svojom svrhom.</translation>
    </message>
    <message>
        <source>The vault has no key for search terms; run radprev doctor.</source>
        <translation>Trezor nema ključ za pojmove pretraživanja; pokrenite radprev doctor.</translation>
    </message>
    <message>
        <source>Choose the unit the prisoner is in.</source>
        <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
        <translation>Izaberite odjel u kojem je zatvorenik.</translation>
    </message>
    <message>
        <source>Give the period as two dates (YYYY-MM-DD).</source>
        <translation>Navedite period kao dva datuma (GGGG-MM-DD).</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person&apos;s data.</source>
        <translation>Obrada ovog dosjea je ograničena: dok nadređeni ne ukine ograničenje, jedini izvještaji o njemu su izvještaj o pristupu za osobu na koju se podaci odnose i izvoz podataka te osobe.</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
        <translation>Obrada ovog dosjea je ograničena: paket premještaja se ne izdaje dok ustanova ne ukine ograničenje.</translation>
    </message>
    <message>
        <source>Processing of this file is already restricted.</source>
        <translation>Obrada ovog dosjea je već ograničena.</translation>
    </message>
    <message>
        <source>Processing of this file is not restricted.</source>
        <translation>Obrada ovog dosjea nije ograničena.</translation>
    </message>
    <message>
        <source>The classification must be one of: %1.</source>
        <translation>Stepen tajnosti mora biti jedan od: %1.</translation>
    </message>
    <message>
        <source>Give the reason for the new classification.</source>
        <translation>Navedite razlog za novi stepen tajnosti.</translation>
    </message>
    <message>
        <source>A draft&apos;s author chooses its classification.</source>
        <translation>Stepen tajnosti nacrta bira njegov autor.</translation>
    </message>
    <message>
        <source>The text is too long (2,000 characters at most).</source>
        <translation>Tekst je predugačak (najviše 2.000 znakova).</translation>
    </message>
    <message>
        <source>A request concerns the prisoner&apos;s details, an observation or a checklist run.</source>
        <translation>Zahtjev se odnosi na podatke o zatvoreniku, na zapažanje ili na popunjenu kontrolnu listu.</translation>
    </message>
    <message>
        <source>Choose the outcome: rectified, refused or noted.</source>
        <translation>Izaberite ishod: ispravljeno, odbijeno ili zabilježeno.</translation>
    </message>
    <message>
        <source>Only a dispute is noted; a rectification is made or refused.</source>
        <translation>Zabilježava se samo osporavanje; ispravka se vrši ili odbija.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Navedite razlog odluke.</translation>
    </message>
    <message>
        <source>Name the amended version that made the correction (2 or more).</source>
        <translation>Navedite izmijenjenu verziju kojom je izvršena ispravka (2 ili više).</translation>
    </message>
    <message>
        <source>There is no version %1 of this record.</source>
        <translation>Ne postoji verzija %1 ovog zapisa.</translation>
    </message>
    <message>
        <source>Version %1 of the prisoner&apos;s details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
        <translation>Verzijom %1 podataka o zatvoreniku nisu ispravljeni matični broj, ime i prezime ni godina rođenja nakon evidentiranja zahtjeva (to može biti promjena odjela, ćelije, statusa ili ograničenja). Navedite verziju kojom je izvršena ispravka.</translation>
    </message>
    <message>
        <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
        <translation>Verzija %1 ovog zapisa nastala je prije evidentiranja zahtjeva, pa ne može biti ispravka koju je osoba tražila. Izmijenite zapis, a zatim navedite verziju koju je izmjena napravila.</translation>
    </message>
    <message>
        <source>Choose rectification or dispute.</source>
        <translation>Izaberite ispravku ili osporavanje.</translation>
    </message>
    <message>
        <source>Write what the person asks or contests.</source>
        <translation>Upišite šta osoba traži ili osporava.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Ne postoji takav zahtjev.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>O ovom zahtjevu je već odlučeno.</translation>
    </message>
    <message>
        <source>The note to export no longer exists.</source>
        <translation>Napomena za izvoz više ne postoji.</translation>
    </message>
    <message>
        <source>a note&apos;s kind, outcome and object do not fit together</source>
        <translation>vrsta, ishod i predmet napomene se ne slažu</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
        <translation>Obrada ovog dosjea je ograničena: zapis se ispravlja samo kao odgovor na otvoren zahtjev za njegovu ispravku. Nadređeni najprije bilježi zahtjev ili ukida ograničenje.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
        <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of &quot;damaged&quot; or a wrong password (decision 0034).</extracomment>
        <translation>Ovaj je trezor napravila novija verzija programa radprev (njegova datoteka ključeva vault.keys ima format %1; ova verzija čita formate najviše do %2); instalirajte tu verziju ili noviju. U trezoru ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
        <translation>Ovaj je trezor napravila novija verzija programa radprev (njegova datoteka ključeva vault.keys bilježi %1, što ova verzija ne poznaje); instalirajte tu verziju ili noviju. U trezoru ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>The record is malformed (a field has the wrong type or shape).</source>
        <extracomment>json.loads&apos; own decoder (no hook) and its scanner, for the audit lines.</extracomment>
        <translation>Zapis je neispravan (polje ima pogrešan tip ili oblik).</translation>
    </message>
    <message>
        <source>The record does not fit the vault (a constraint refused it).</source>
        <translation>Zapis ne odgovara trezoru (odbilo ga je ograničenje baze).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>I saw or heard it myself</source>
        <translation>Lično viđeno ili čuto</translation>
    </message>
    <message>
        <source>Overheard</source>
        <translation>Slučajno čuto</translation>
    </message>
    <message>
        <source>Told by a prisoner</source>
        <translation>Rekao zatvorenik</translation>
    </message>
    <message>
        <source>Told by staff</source>
        <translation>Reklo osoblje</translation>
    </message>
    <message>
        <source>Item or document found</source>
        <translation>Pronađen predmet ili dokument</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Zatvorenik</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Posjetilac</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Osoblje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Drugo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Redovno</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritetno</translation>
    </message>
    <message>
        <source>Immediate (threat to life or imminent harm)</source>
        <translation>Hitno (prijetnja životu ili neposredna opasnost)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Nacrt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Predano</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Prihvaćeno</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Vraćeno</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Izvezeno</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>U ustanovi</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Premješten</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Otpušten</translation>
    </message>
    <message>
        <source>Returned to the officer</source>
        <translation>Vraćeno službeniku</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>Promijenjena ocjena</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zadržano</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizirano</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Izbrisano</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>službenik</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>nadređeni</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>revizor</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analitičar</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>instruktor</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>radna stanica</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>centralni ured</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Zapis zapažanja</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Pregled spisa zatvorenika</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Pregled odjela za period</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Kontrolna lista (papirnati obrazac)</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>List za oporavak trezora</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>List za upis radne stanice</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Izvještaj o pristupu za osobu na koju se podaci odnose</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Izvještaj ustanove</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Nacionalni pregled</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Predaja probacijskoj službi pri otpustu</translation>
    </message>
    <message>
        <source>Data-protection officer&apos;s report</source>
        <translation>Izvještaj službenika za zaštitu podataka</translation>
    </message>
    <message>
        <source>Review of the file</source>
        <translation>Provjera spisa</translation>
    </message>
    <message>
        <source>New information to record</source>
        <translation>Nova informacija za bilježenje</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Nadzor</translation>
    </message>
    <message>
        <source>Request of the data subject</source>
        <translation>Zahtjev osobe na koju se podaci odnose</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>Drugo (objasnite)</translation>
    </message>
    <message>
        <source>Own work queue</source>
        <translation>Vlastiti spisak zadataka</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED (&quot;accepted&quot;) would be one key of one dict.</extracomment>
        <translation>Predloženo</translation>
    </message>
    <message>
        <source>Accepted by the programme</source>
        <translation>Program je prihvatio</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odbijeno</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Započeto</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Završeno</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Prijevremeno završeno</translation>
    </message>
    <message>
        <source>Disengagement programme</source>
        <extracomment>The six kinds of programme (core/services/referrals.py) until a country&apos;s own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
        <translation>Program odvajanja od nasilnog ekstremizma</translation>
    </message>
    <message>
        <source>Rehabilitation programme</source>
        <translation>Program rehabilitacije</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Mentorstvo</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Obrazovanje</translation>
    </message>
    <message>
        <source>Mental-health support</source>
        <translation>Podrška za mentalno zdravlje</translation>
    </message>
    <message>
        <source>Religious counselling (chaplaincy)</source>
        <translation>Vjersko savjetovanje (vjerska služba)</translation>
    </message>
    <message>
        <source>Immediate</source>
        <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
        <translation>Hitno</translation>
    </message>
    <message>
        <source>Routine: for the next review.</source>
        <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
        <translation>Redovno: za sljedeću provjeru.</translation>
    </message>
    <message>
        <source>Priority: a supervisor should see it soon.</source>
        <translation>Prioritetno: nadređeni to treba uskoro pogledati.</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
        <translation>Hitno: prijetnja životu ili neposredna opasnost; odmah prijavljeno lično ili telefonom.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings&apos; keys).</extracomment>
        <translation>Šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Procjena službenika</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Razmotrena druga objašnjenja</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mjesto</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Vaša dužnost u to vrijeme</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Poduzeta ili preporučena radnja</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Izjava zatvorenika</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Uključene osobe</translation>
    </message>
    <message>
        <source>Evidence for the items ticked</source>
        <translation>Dokazi za označene stavke</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Uočeni zaštitni faktori</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Uslovi postupanja</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Bilješke o kontekstu i ranjivosti</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Razlog ispravka</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <extracomment>A checklist item&apos;s evidence field (&quot;answers.&lt;code&gt;&quot;).</extracomment>
        <translation>Dokaz za %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ili %2</translation>
    </message>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <translation>3x5x2 (izvor 1–3, informacija A–E, postupanje P/C)</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Pouzdan</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>Neprovjereno</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>Nepouzdan</translation>
    </message>
    <message>
        <source>Known directly to the source</source>
        <translation>Izvoru poznato neposredno</translation>
    </message>
    <message>
        <source>Known indirectly, corroborated</source>
        <translation>Poznato posredno, potvrđeno</translation>
    </message>
    <message>
        <source>Known indirectly</source>
        <translation>Poznato posredno</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nije poznato</translation>
    </message>
    <message>
        <source>Suspected to be false or malicious</source>
        <translation>Sumnja se da je lažno ili zlonamjerno</translation>
    </message>
    <message>
        <source>Lawful sharing permitted</source>
        <translation>Zakonito prosljeđivanje dozvoljeno</translation>
    </message>
    <message>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Zakonito prosljeđivanje dozvoljeno uz uslove</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralitet 6x6 (izvor A–F, informacija 1–6)</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Potpuno pouzdan</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Obično pouzdan</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Prilično pouzdan</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Obično nepouzdan</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Nepouzdan izvor</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Pouzdanost se ne može procijeniti</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Potvrđeno iz drugih izvora</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Vjerovatno tačno</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Možda tačno</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Sumnjivo</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Malo vjerovatno</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Istinitost se ne može procijeniti</translation>
    </message>
    <message>
        <source>training</source>
        <translation>za obuku</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The interrupted removal of %1 was finished.</source>
        <translation>Završeno je prekinuto uklanjanje računa %1.</translation>
    </message>
    <message>
        <source>The interrupted disabling of %1 was finished.</source>
        <translation>Završeno je prekinuto onemogućavanje računa %1.</translation>
    </message>
    <message>
        <source>%1 backup(s) under an older vault key were deleted.</source>
        <translation>Izbrisane su sigurnosne kopije pod starijim ključem trezora: %1.</translation>
    </message>
    <message>
        <source>An interrupted key change could not be finished yet: %1</source>
        <translation>Prekinuta promjena ključa još se nije mogla završiti: %1</translation>
    </message>
    <message>
        <source>Reference bundle %1 was already imported; nothing changed.</source>
        <translation>Referentni paket %1 već je uvezen; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
        <translation>Uvezen je referentni paket %1: šabloni: %2, promijenjene postavke: %3, liste šifara: %4.</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
        <translation>%1: paket %3 s radne stanice %2 već je uvezen; ništa nije promijenjeno (ponavljanje ili duplikat).</translation>
    </message>
    <message>
        <source>IMPORT FAILED: %1</source>
        <translation>UVOZ NIJE USPIO: %1</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
        <translation>%1: uvezen je paket %3 s radne stanice %2: novih %4, već poznatih %5, sukoba %6, u karanteni %7, unosa revizije %8.</translation>
    </message>
    <message>
        <source>%1 of the quarantined records touch another establishment&apos;s files and were refused (a workstation may send its own establishment&apos;s records only).</source>
        <translation>Zapisi u karanteni koji se odnose na spise druge ustanove i koji su odbijeni: %1 (radna stanica smije slati samo zapise svoje ustanove).</translation>
    </message>
    <message>
        <source>It arrived after a later package (filled a gap).</source>
        <translation>Stigao je nakon kasnijeg paketa (popunio je prazninu).</translation>
    </message>
    <message>
        <source>Still missing from this workstation: %1.</source>
        <translation>S ove radne stanice još nedostaje: %1.</translation>
    </message>
    <message>
        <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
        <translation>Njegov dnevnik revizije protivrječi unosima koje centralni ured već ima za tu radnu stanicu: sporni se unosi čuvaju u karanteni; obratite se ustanovi i službeniku za zaštitu podataka (sync verify-audit).</translation>
    </message>
    <message>
        <source>  quarantined line %1 (%2 %3): %4</source>
        <translation>  u karanteni red %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>Receipt %1 was already imported; nothing changed.</source>
        <translation>Potvrda prijema %1 već je uvezena; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
        <translation>Potvrda prijema %1: paketi novopotvrđeni kao dostavljeni: %2.</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
        <translation>Još nisu potvrđeni: %1 (ponovo ih pošaljite preko Izvoz → ponovo pošalji ako kasne).</translation>
    </message>
    <message>
        <source>Every package written has been confirmed.</source>
        <translation>Svi zapisani paketi su potvrđeni.</translation>
    </message>
    <message>
        <source>The central office holds different content for packages %1: tell the central office.</source>
        <translation>Centralni ured ima drugačiji sadržaj paketa %1: obavijestite centralni ured.</translation>
    </message>
    <message>
        <source>Transfer bundle %1 was already imported; nothing changed.</source>
        <translation>Paket premještaja %1 već je uvezen; ništa nije promijenjeno.</translation>
    </message>
    <message>
        <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
        <translation>Paket premještaja %1: spis zatvorenika %2 stigao je iz %3 (%4); raniji zapisi zadržani su samo za čitanje, novi se zapisi nastavljaju u istom spisu.</translation>
    </message>
    <message>
        <source>%1 records differ from what this vault holds under the same id and version: this vault&apos;s copy was kept.</source>
        <translation>Zapisi koji se razlikuju od onih koje ovaj trezor ima pod istim identifikatorom i verzijom: %1; zadržana je kopija ovog trezora.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Version</source>
        <translation>Verzija</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ime i prezime</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Provjera do</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Zapažanja</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>Establishment</source>
        <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons&apos; records (the page hides the column on a workstation&apos;s vault).</extracomment>
        <translation>Ustanova</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Zabilježeno u</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Pokazatelji</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Stepen tajnosti</translation>
    </message>
    <message>
        <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
        <translation>Pri pečaćenju službenik je upitan jesu li te riječi o vjeri, etničkoj pripadnosti ili politici potrebne te ih je zadržao/la: {words}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The prisoner&apos;s details have not been changed since the file was opened.</source>
        <translation>Podaci o zatvoreniku nisu mijenjani od otvaranja spisa.</translation>
    </message>
    <message>
        <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
        <translation>Informacija za osobu (Direktiva (EU) 2016/680, član 14)</translation>
    </message>
    <message>
        <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
        <translation>Ovaj spis treba preispitati do %1. Pri svakom preispitivanju nadzornik odlučuje da li je još potreban; spis koji više nije potreban se anonimizira ili briše.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Kontrolor</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Svrha</translation>
    </message>
    <message>
        <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
        <translation>Evidencija onoga što su službenici vidjeli i čuli, koja se vodi radi sprečavanja nasilne radikalizacije u zatvoru i sigurnosti zatvorenika i osoblja. To nije procjena rizika i program ne donosi nikakve odluke ni o kome.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Pravni osnov</translation>
    </message>
    <message>
        <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
        <translation>Poslovi zatvorske službe prema domaćem pravu: sprečavanje krivičnih djela i izvršenje krivičnih sankcija (Direktiva (EU) 2016/680, član 8).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Čuvanje</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Primaoci</translation>
    </message>
    <message>
        <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
        <translation>Službenici i nadzornici ustanove i centrala zatvorske službe (šifrovanim USB paketom). Svako drugo ustupanje navedeno je u nastavku.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vaša prava</translation>
    </message>
    <message>
        <source>You may ask the establishment&apos;s data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
        <translation>Možete tražiti od službenika za zaštitu podataka ustanove da ispravi ili izbriše vaše podatke ili da ograniči njihovu obradu. Imate pravo da podnesete žalbu nacionalnom nadzornom organu za zaštitu podataka.</translation>
    </message>
    <message>
        <source>Disclosures: where this data was sent</source>
        <translation>Ustupanja: kuda su ovi podaci poslani</translation>
    </message>
    <message>
        <source>No disclosure of this file is recorded.</source>
        <translation>Nije zabilježeno nijedno ustupanje ovog spisa.</translation>
    </message>
    <message>
        <source>USB package %1 to the central office (%2 records)</source>
        <translation>USB paket %1 centrali (zapisa: %2)</translation>
    </message>
    <message>
        <source>Release handover to %1</source>
        <translation>Predaja pri otpustu: %1</translation>
    </message>
    <message>
        <source>Transfer to establishment %1</source>
        <translation>Premještaj u ustanovu %1</translation>
    </message>
    <message>
        <source>Transfer bundle to establishment %1</source>
        <translation>Paket premještaja za ustanovu %1</translation>
    </message>
    <message>
        <source>Report given to %1</source>
        <translation>Izvještaj predat: %1</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data (JSON and PDF) given to %1</source>
        <translation>Kopija podataka osobe (JSON i PDF) predata: %1</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or &quot;other&quot; with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Ustupanje</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Evidencija redigovanja</translation>
    </message>
    <message>
        <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
        <translation>Šta je izostavljeno iz ovog izvještaja radi zaštite drugih osoba i gdje. Izostavljene riječi nisu prikazane.</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Ništa nije izostavljeno.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Puta</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Ko</translation>
    </message>
    <message>
        <source>Values before the change</source>
        <translation>Vrijednosti prije promjene</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Razlog</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>Historija ocjena</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>predloženo</translation>
    </message>
    <message>
        <source>re-graded</source>
        <translation>promijenjena ocjena</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Verz.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocjena</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction</source>
        <translation>Ispravke, osporavanja i ograničenje</translation>
    </message>
    <message>
        <source>No rectification, dispute or restriction is recorded.</source>
        <translation>Nije zabilježena nijedna ispravka, osporavanje ni ograničenje.</translation>
    </message>
    <message>
        <source>What was asked, or why</source>
        <translation>Šta je traženo, ili zašto</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Br.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Korisnik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Radnja</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Primalac</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Izvještaj o pristupu za osobu na koju se podaci odnose</translation>
    </message>
    <message>
        <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
        <translation>Sve što ovaj trezor sadrži o dolje navedenoj osobi, uključujući historiju izmjena i podatke o tome ko je pregledao ili ustupio spis. Identitet izvora s ograničenim pristupom ne navodi se radi zaštite treće osobe.</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Zatvorenik</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Spis otvoren</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Posljednja izmjena</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonimizirano</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>Changes to the prisoner&apos;s details</source>
        <translation>Izmjene podataka o zatvoreniku</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>Zapažanja (%1)</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this prisoner.</source>
        <translation>O ovom zatvoreniku ništa nije zabilježeno.</translation>
    </message>
    <message>
        <source>Observation %1 of %2</source>
        <translation>Zapažanje %1 od %2</translation>
    </message>
    <message>
        <source>Earlier version %1 (replaced)</source>
        <translation>Ranija verzija %1 (zamijenjena)</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Popunjene kontrolne liste</translation>
    </message>
    <message>
        <source>Audit trail: who consulted or disclosed this file</source>
        <translation>Revizijski trag: ko je pregledao ili ustupio ovaj spis</translation>
    </message>
    <message>
        <source>%1 entries, oldest first, including this report.</source>
        <translation>Unosa: %1, od najstarijeg, uključujući ovaj izvještaj.</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Kontrolna lista (papirnati obrazac)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Šablon</translation>
    </message>
    <message>
        <source>Prisoner (name, prison number)</source>
        <translation>Zatvorenik (ime i prezime, matični broj)</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Odjel / ćelija</translation>
    </message>
    <message>
        <source>Completed by (name, staff code)</source>
        <translation>Popunio/la (ime i prezime, službena oznaka)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
        <translation>Označite „uočeno“ samo uz konkretan primjer s datumom napisan na crtama. Opisujte ponašanje, nikada vjeru, etničku pripadnost ili nacionalnost kao takve.</translation>
    </message>
    <message>
        <source>Not indicators — do not record these as signs</source>
        <translation>Nisu pokazatelji — ne bilježite ovo kao znakove</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>uočeno</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>nije uočeno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nepoznato</translation>
    </message>
    <message>
        <source>Recorded for support, not as signs of risk.</source>
        <translation>Bilježi se radi podrške, ne kao znak rizika.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Zaštitni faktori</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Druga moguća objašnjenja</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Bilješke o kontekstu i ranjivosti</translation>
    </message>
    <message>
        <source>Summary by the officer</source>
        <translation>Sažetak službenika</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Sljedeća provjera do</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Potpis</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Matični broj</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Godina rođenja</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Ustanova</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Provjera spisa do</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Identifikator osobe</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograničenje</translation>
    </message>
    <message>
        <source>Accuracy disputed: processing restricted.</source>
        <translation>Tačnost je osporena: obrada je ograničena.</translation>
    </message>
    <message>
        <source>Proposed by the officer: %1</source>
        <translation>Prijedlog službenika: %1</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>Identifikator zapažanja</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdje</translation>
    </message>
    <message>
        <source>Officer&apos;s duty</source>
        <translation>Dužnost službenika</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zabilježeno</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Hitnost</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Stepen tajnosti</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Kako je saznato</translation>
    </message>
    <message>
        <source>Source identity</source>
        <translation>Identitet izvora</translation>
    </message>
    <message>
        <source>Restricted — never printed.</source>
        <translation>Ograničen pristup — nikada se ne štampa.</translation>
    </message>
    <message>
        <source>Grading (source / information / handling)</source>
        <translation>Ocjena (izvor / informacija / postupanje)</translation>
    </message>
    <message>
        <source>Reason for this correction</source>
        <translation>Razlog ovog ispravka</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Šta je viđeno ili čuto (činjenice)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Ništa nije zabilježeno.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (interpretation, kept apart from the facts)</source>
        <translation>Procjena službenika (tumačenje, odvojeno od činjenica)</translation>
    </message>
    <message>
        <source>No assessment given.</source>
        <translation>Procjena nije dana.</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Druge uključene osobe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Indicators recorded, each with its evidence</source>
        <translation>Zabilježeni pokazatelji, svaki sa svojim dokazom</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Oznaka</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokaz</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Uočeni zaštitni faktori</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Ništa nije zabilježeno.</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Poduzeta ili preporučena radnja</translation>
    </message>
    <message>
        <source>The prisoner&apos;s own account</source>
        <translation>Izjava zatvorenika</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Provjere</translation>
    </message>
    <message>
        <source>Versions of this record</source>
        <translation>Verzije ovog zapisa</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Provjeravalac</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Odluka</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Nova ocjena</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>prva verzija</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Razlog ispravka</translation>
    </message>
    <message>
        <source>Legend: grading codes and urgency</source>
        <translation>Legenda: oznake ocjena i hitnost</translation>
    </message>
    <message>
        <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
        <translation>Svako se zapažanje ocjenjuje po odvojenim osima koje se nikada ne sabiraju u zbir: koliko je izvor pouzdan, kako je informacija poznata i kako se smije prosljeđivati.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Izvor</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacija</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Postupanje</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Šema %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Os</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Značenje</translation>
    </message>
    <message>
        <source>No checklist has been completed for this prisoner.</source>
        <translation>Za ovog zatvorenika nije popunjena nijedna kontrolna lista.</translation>
    </message>
    <message>
        <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
        <translation>Broj odgovora po području, prikazan jedan pored drugog. Ne sabiraju se i nisu zbir ni nivo rizika.</translation>
    </message>
    <message>
        <source>%1 (v%2), completed %3 by %4</source>
        <translation>%1 (v%2), završeno %3, popunio/la %4</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Područje</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Uočeno</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nije uočeno</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nepoznato</translation>
    </message>
    <message>
        <source>Items observed, with the dated example</source>
        <translation>Uočene stavke, s primjerom i datumom</translation>
    </message>
    <message>
        <source>Support and vulnerability (for support, not a sign of risk)</source>
        <translation>Podrška i ranjivost (radi podrške, nije znak rizika)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Stavka</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Primjer</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Ništa nije uočeno</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>Ništa nije utvrđeno</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support)</source>
        <translation>Kontekst i ranjivost (radi podrške)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>List za upis radne stanice</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Vrsta</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>Identifikator radne stanice</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identifikator trezora</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Trezor napravljen</translation>
    </message>
    <message>
        <source>Signing key of this vault (Ed25519)</source>
        <translation>Ključ za potpisivanje ovog trezora (Ed25519)</translation>
    </message>
    <message>
        <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
        <translation>Centralni ured upoređuje ovaj otisak s onim koji se prikaže pri uvozu prvog paketa s ove radne stanice.</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certifikat centralnog ureda</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
        <translation>Uporedite ovaj otisak s onim koji je dao centralni ured prije nego što njegov certifikat proglasite pouzdanim (radprev central trust FILE --fingerprint HEX).</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet.</source>
        <translation>Nijedan certifikat centralnog ureda još nije proglašen pouzdanim.</translation>
    </message>
    <message>
        <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
        <translation>Otisak je kontrolni kod koji radprev prikazuje na stranici Sinhronizacija: grupe od po četiri slova i cifre koje označavaju ključ, a da ga ne otkrivaju.</translation>
    </message>
    <message>
        <source>How to confirm</source>
        <translation>Kako potvrditi</translation>
    </message>
    <message>
        <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
        <translation>1. Pročitajte otiske naglas u grupama od po četiri znaka ili ih uporedite jedan pored drugog.</translation>
    </message>
    <message>
        <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
        <translation>2. Svaka se grupa mora podudarati. Ako se jedna razlikuje, stanite: ne uvozite ključ i ne proglašavajte ga pouzdanim.</translation>
    </message>
    <message>
        <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
        <translation>3. Oba administratora potpisuju ispod; list čuvajte uz evidenciju o upisu.</translation>
    </message>
    <message>
        <source>Workstation administrator</source>
        <translation>Administrator radne stanice</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Centralni ured</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
        <translation>Zapis zapažanja — nije procjena rizika. Stručnu procjenu provodi samo obučeno osoblje.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL RECORD</source>
        <translation>OBUKA — NIJE STVARAN ZAPIS</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Stranica %1 od %2</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>Odštampao/la %1, %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Izvor %1: %2</translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <translation>Informacija %1: %2</translation>
    </message>
    <message>
        <source>Handling %1: %2</source>
        <translation>Postupanje %1: %2</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Uslovi: %1</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Zapis zapažanja</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Zapažanje</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>List za oporavak trezora</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod za oporavak</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Uputstvo</translation>
    </message>
    <message>
        <source>1. Keep this sheet sealed in an envelope in the establishment&apos;s safe.</source>
        <translation>1. Ovaj list čuvajte zapečaćen u koverti u sefu ustanove.</translation>
    </message>
    <message>
        <source>2. Do not copy, photograph or type this code anywhere else.</source>
        <translation>2. Ovaj kod nemojte kopirati, fotografisati ni upisivati bilo gdje drugdje.</translation>
    </message>
    <message>
        <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
        <translation>3. Ovim kodom administrator može postaviti novu lozinku kada su izgubljene sve administratorske lozinke: radprev recover USER.</translation>
    </message>
    <message>
        <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
        <translation>4. Svako ko ima ovaj kod i datoteke trezora može pročitati cijeli trezor. Ako se list izgubi ili ga vidi neko drugi, obavijestite službu sigurnosti i dodijelite trezoru novi ključ (radprev rekey).</translation>
    </message>
    <message>
        <source>5. Destroy this sheet by shredding when it is replaced.</source>
        <translation>5. Kada se list zamijeni, uništite ga u uređaju za uništavanje papira.</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Zapečatio/la</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Svjedok</translation>
    </message>
    <message>
        <source>Envelope number</source>
        <translation>Broj koverte</translation>
    </message>
    <message>
        <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
        <translation>Kod se prepisuje s papira: samo slova i cifre; velika i mala slova i crtice nisu bitni.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Činjenice</translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <comment>, </comment>
        <translation>Poznat kao: %1</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nije zabilježen nijedan premještaj.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Iz</translation>
    </message>
    <message>
        <source>To</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zabilježio/la</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Napomena</translation>
    </message>
    <message>
        <source>No referral to a programme recorded.</source>
        <translation>Nije zabilježeno nijedno upućivanje u program.</translation>
    </message>
    <message>
        <source>Reason (facts)</source>
        <translation>Razlog (činjenice)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Procjena</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ishod</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Koraci</translation>
    </message>
    <message>
        <source>Reason and outcome</source>
        <translation>Razlog i ishod</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Pokazatelji</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Poduzeta radnja</translation>
    </message>
    <message>
        <source>(officer: %1)</source>
        <translation>(službenik: %1)</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>Kada / gdje</translation>
    </message>
    <message>
        <source>Urgency / status</source>
        <translation>Hitnost / status</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Ocjena</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Nema zabilježenih provjera.</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Uočeno dana</translation>
    </message>
    <message>
        <source>Prisoner&apos;s details</source>
        <translation>Podaci o zatvoreniku</translation>
    </message>
    <message>
        <source>Observation of %1, version %2</source>
        <translation>Zapažanje od %1, verzija %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>ispravljeno</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Nema zabilježenih ispravaka.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Šta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Promijenjeno</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Pregled spisa zatvorenika</translation>
    </message>
    <message>
        <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
        <translation>Odštampano zajedno s drugim spisima (%1) za koje je analitičar odlučio da se odnose na istu osobu.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Pregled</translation>
    </message>
    <message>
        <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
        <translation>Zabilježeno zapažanja: %1 (redovnih %2, prioritetnih %3, hitnih %4); popunjenih kontrolnih lista: %5.</translation>
    </message>
    <message>
        <source>First observation %1, latest %2.</source>
        <translation>Prvo zapažanje: %1; posljednje: %2</translation>
    </message>
    <message>
        <source>Timeline of observations</source>
        <translation>Hronologija zapažanja</translation>
    </message>
    <message>
        <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner&apos;s file shows them with their state.</source>
        <translation>Izvještaji vraćeni autoru ili koje je nadređeni odbio (%1) ovdje se ne štampaju niti broje; dosje osuđenog ih prikazuje s njihovim stanjem.</translation>
    </message>
    <message>
        <source>Checklist results by domain</source>
        <translation>Rezultati kontrolnih lista po područjima</translation>
    </message>
    <message>
        <source>Transfers between establishments</source>
        <translation>Premještaji između ustanova</translation>
    </message>
    <message>
        <source>Reviews and re-grades</source>
        <translation>Provjere i promjene ocjena</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>Historija ispravaka</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Pregled odjela za period</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Svi odjeli</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Odjel</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Šablon kontrolne liste</translation>
    </message>
    <message>
        <source>Observations by urgency</source>
        <translation>Zapažanja po hitnosti</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Zapažanja</translation>
    </message>
    <message>
        <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
        <translation>Zapažanje koje navodi pokazatelje iz više područja računa se u svakom od njih. Brojevi su prikazani jedan pored drugog i nisu zbir.</translation>
    </message>
    <message>
        <source>No observation in the period cites an indicator.</source>
        <translation>Nijedno zapažanje u periodu ne navodi pokazatelj.</translation>
    </message>
    <message>
        <source>No workstation is enrolled.</source>
        <translation>Nije upisana nijedna radna stanica.</translation>
    </message>
    <message>
        <source>export overdue</source>
        <translation>izvoz kasni</translation>
    </message>
    <message>
        <source>missing %1</source>
        <comment>, </comment>
        <translation>nedostaje %1</translation>
    </message>
    <message>
        <source>receipt overdue</source>
        <translation>potvrda prijema kasni</translation>
    </message>
    <message>
        <source>%1 in quarantine</source>
        <translation>u karanteni: %1</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>sukoba: %1</translation>
    </message>
    <message>
        <source>failed imports %1</source>
        <comment>, </comment>
        <translation>neuspjeli uvozi: %1</translation>
    </message>
    <message>
        <source>cannot receive transfers yet</source>
        <translation>još ne može primati premještaje</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>u redu</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Radna stanica</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Posljednji paket</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Izrađeno</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Čeka potvrdu prijema</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zahtijeva pažnju</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Izvještaj ustanove</translation>
    </message>
    <message>
        <source>Observations counted</source>
        <translation>Prebrojana zapažanja</translation>
    </message>
    <message>
        <source>Files held</source>
        <translation>Spisi koji se vode</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
        <translation>Zapažanja se broje tamo gdje su zabilježena, prema danu događaja; vraćene i odbijene prijave ne broje se.</translation>
    </message>
    <message>
        <source>Observations by indicator domain</source>
        <translation>Zapažanja po području pokazatelja</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Upućivanja u programe</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now.</source>
        <translation>Upućivanja izrađena u periodu, prema tome gdje se svako sada nalazi.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Upućivanja</translation>
    </message>
    <message>
        <source>Transfers and files</source>
        <translation>Premještaji i spisi</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Broj</translation>
    </message>
    <message>
        <source>Prisoners transferred in</source>
        <translation>Premješteni zatvorenici — dolasci</translation>
    </message>
    <message>
        <source>Prisoners transferred out</source>
        <translation>Premješteni zatvorenici — odlasci</translation>
    </message>
    <message>
        <source>New files opened</source>
        <translation>Otvoreni novi spisi</translation>
    </message>
    <message>
        <source>Files due for review on or before %1</source>
        <translation>Spisi za provjeru zaključno s %1</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Radne stanice</translation>
    </message>
    <message>
        <source>Observations citing each domain (all urgencies)</source>
        <translation>Zapažanja koja navode svako područje (sve hitnosti)</translation>
    </message>
    <message>
        <source>Facts (beginning)</source>
        <translation>Činjenice (početak)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Navedeno je prvih %1 od %2.</translation>
    </message>
    <message>
        <source>Your units: %1</source>
        <comment>, </comment>
        <translation>Vaši odjeli: %1</translation>
    </message>
    <message>
        <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner&apos;s file shows them with their state.</source>
        <translation>Nacrti i izvještaji vraćeni autoru ili koje je nadređeni odbio ne broje se: dosje osuđenog ih prikazuje s njihovim stanjem.</translation>
    </message>
    <message>
        <source>Immediate items</source>
        <translation>Hitne stavke</translation>
    </message>
    <message>
        <source>No immediate items in this period.</source>
        <translation>U ovom periodu nema hitnih stavki.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
        <translation>Upućivanja izrađena u periodu, prema tome gdje se svako sada nalazi (samo brojevi, nikada bodovi).</translation>
    </message>
    <message>
        <source>New subject files</source>
        <translation>Novi spisi</translation>
    </message>
    <message>
        <source>Subject files opened in the period: %1.</source>
        <translation>Spisa otvorenih u periodu: %1.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otvoreno</translation>
    </message>
    <message>
        <source>Overdue file reviews</source>
        <translation>Zakašnjele provjere spisa</translation>
    </message>
    <message>
        <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
        <translation>Spisa za provjeru zaključno s %1: %2. Za svaki nadređeni odlučuje: zadržati (uz obrazloženje), anonimizirati ili izbrisati.</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Provjera do</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Uzorno zapažanje</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Česte greške</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Za sada nema grešaka.</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Greška</translation>
    </message>
    <message>
        <source>times</source>
        <translation>puta</translation>
    </message>
    <message>
        <source>in scenarios</source>
        <translation>u scenarijima</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nije završeno</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nema</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Započeto</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Označene stavke</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>Kako je poznato</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Povratna informacija</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Zapis o obuci</translation>
    </message>
    <message>
        <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee&apos;s exercises are described.</source>
        <translation>Zapis o vježbanju na izmišljenim scenarijima u bazi za obuku. Ne govori ništa ni o jednoj stvarnoj osobi i nijedan zatvorenik se ne ocjenjuje: opisane su samo vježbe polaznika.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Polaznik</translation>
    </message>
    <message>
        <source>Exercises started</source>
        <translation>Započetih vježbi</translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation>Završenih vježbi</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Vježbe</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarij</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Jezik</translation>
    </message>
    <message>
        <source>What the trainee recorded</source>
        <translation>Zapis polaznika</translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation>Još nema vježbi.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A word quoted from the trainee&apos;s answer, in the language&apos;s quotation marks („%1“, „%1”…).</extracomment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Your facts say what was seen and heard, without words of opinion.</source>
        <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
        <translation>Vaše činjenice govore šta je viđeno i čuto, bez riječi koje izražavaju mišljenje.</translation>
    </message>
    <message>
        <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
        <translation>Vaše činjenice sadrže riječi koje izražavaju mišljenje: %1. Činjenice govore šta je viđeno ili čuto; mišljenje napišite u procjenu, a tuđe riječi navedite pod navodnicima.</translation>
    </message>
    <message>
        <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
        <translation>Naveli ste osobu koja vam je to rekla (%1) izvan polja izvora s ograničenim pristupom. O tome ovisi njena sigurnost: navodite je samo u polju identiteta izvora, koje se nikada ne štampa.</translation>
    </message>
    <message>
        <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
        <translation>Vaše činjenice spominju %1. Je li to potrebno za opis ponašanja?</translation>
    </message>
    <message>
        <source>You ticked %1 (%2): right.</source>
        <translation>Označili ste %1 (%2): ispravno.</translation>
    </message>
    <message>
        <source>You did not tick %1 (%2), which the facts support.</source>
        <translation>Niste označili %1 (%2), što činjenice potkrepljuju.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
        <translation>Označili ste %1 (%2). Ovdje je to stvar procjene: ni označavanje ni izostavljanje nije greška.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2), which the facts do not support.</source>
        <translation>Označili ste %1 (%2), što činjenice ne potkrepljuju.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
        <translation>Označili ste %1 (%2) na osnovu nečega što nikada nije pokazatelj: %3.</translation>
    </message>
    <message>
        <source>You ticked no item: right, nothing in these facts is an indicator.</source>
        <translation>Niste označili nijednu stavku: ispravno, ništa u ovim činjenicama nije pokazatelj.</translation>
    </message>
    <message>
        <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
        <translation>Dokaz za %1 sadrži riječi koje izražavaju mišljenje: %2. Dokaz je konkretan primjer s datumom onoga što je viđeno ili čuto.</translation>
    </message>
    <message>
        <source>Urgency: %1. Right.</source>
        <translation>Hitnost: %1. Ispravno.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; this needs %2.</source>
        <translation>Izabrali ste hitnost %1; ovo zahtijeva: %2.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; %2 is enough here.</source>
        <translation>Izabrali ste hitnost %1; ovdje je dovoljno: %2.</translation>
    </message>
    <message>
        <source>You recorded how you know it as “%1”; here it is “%2”.</source>
        <translation>Zabilježili ste kako znate kao „%1“; ovdje je „%2“.</translation>
    </message>
    <message>
        <source>Grading: source %1, information %2. Right.</source>
        <translation>Ocjena: izvor %1, informacija %2. Ispravno.</translation>
    </message>
    <message>
        <source>You graded the source %1; here it should be %2.</source>
        <translation>Izvor ste ocijenili s %1; ovdje treba %2.</translation>
    </message>
    <message>
        <source>You graded the information %1; here it should be %2.</source>
        <translation>Informaciju ste ocijenili s %1; ovdje treba %2.</translation>
    </message>
    <message>
        <source>This vault grades with another scale (%1); your grading was not compared.</source>
        <translation>Ovaj trezor ocjenjuje po drugoj skali (%1); vaša ocjena nije upoređena.</translation>
    </message>
    <message>
        <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
        <translation>Neko vam je to rekao: zabilježite ko, u polju identiteta izvora s ograničenim pristupom (nikada se ne štampa), kako bi služba sigurnosti mogla procijeniti izvor.</translation>
    </message>
    <message>
        <source>Your assessment weighs other possible explanations.</source>
        <translation>Vaša procjena razmatra druga moguća objašnjenja.</translation>
    </message>
    <message>
        <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
        <translation>Vaša procjena ne razmatra nijedno drugo objašnjenje. Prije nego što ponašanje protumačite kao znak, zapitajte se šta bi ga još moglo objasniti.</translation>
    </message>
    <message>
        <source>Also worth weighing:</source>
        <translation>Vrijedi razmotriti i:</translation>
    </message>
    <message>
        <source>You noted the context: %1 (%2).</source>
        <translation>Zabilježili ste kontekst: %1 (%2).</translation>
    </message>
    <message>
        <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
        <translation>Kontekst koji vrijedi zabilježiti, radi podrške i nikada kao znak rizika: %1 (%2).</translation>
    </message>
    <message>
        <source>You recorded the protective factor %1 (%2).</source>
        <translation>Zabilježili ste zaštitni faktor %1 (%2).</translation>
    </message>
    <message>
        <source>You did not record the protective factor %1 (%2).</source>
        <translation>Niste zabilježili zaštitni faktor %1 (%2).</translation>
    </message>
    <message>
        <source>Not an indicator: %1.</source>
        <translation>Nije pokazatelj: %1.</translation>
    </message>
    <message>
        <source>Words of opinion in the facts</source>
        <extracomment>Short names of the points to improve, for the trainer&apos;s list of common mistakes.</extracomment>
        <translation>Riječi mišljenja u činjenicama</translation>
    </message>
    <message>
        <source>Informant named outside the restricted field</source>
        <translation>Izvor naveden izvan polja s ograničenim pristupom</translation>
    </message>
    <message>
        <source>Item missed</source>
        <translation>Propuštena stavka</translation>
    </message>
    <message>
        <source>Item ticked that the facts do not support</source>
        <translation>Označena stavka koju činjenice ne potkrepljuju</translation>
    </message>
    <message>
        <source>Item ticked on the strength of a non-indicator</source>
        <translation>Stavka označena na osnovu nečega što nije pokazatelj</translation>
    </message>
    <message>
        <source>Words of opinion in the evidence</source>
        <translation>Riječi mišljenja u dokazu</translation>
    </message>
    <message>
        <source>Urgency too low</source>
        <translation>Preniska hitnost</translation>
    </message>
    <message>
        <source>Urgency too high</source>
        <translation>Previsoka hitnost</translation>
    </message>
    <message>
        <source>How it is known recorded wrongly</source>
        <translation>Pogrešno zabilježeno kako je poznato</translation>
    </message>
    <message>
        <source>Source graded wrongly</source>
        <translation>Pogrešno ocijenjen izvor</translation>
    </message>
    <message>
        <source>Information graded wrongly</source>
        <translation>Pogrešno ocijenjena informacija</translation>
    </message>
    <message>
        <source>No other explanation weighed</source>
        <translation>Nije razmotreno drugo objašnjenje</translation>
    </message>
    <message>
        <source>Protective factor not recorded</source>
        <translation>Nije zabilježen zaštitni faktor</translation>
    </message>
    <message>
        <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
        <translation>Hitno znači: obavijestite nadređenog odmah, lično ili telefonom. Ne čekajte izvještaj, provjeru ni izvoz.</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Dobro učinjeno</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Za poboljšanje</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Dobro je znati</translation>
    </message>
    <message>
        <source>open referrals to programmes</source>
        <translation>otvorena upućivanja u programe</translation>
    </message>
    <message>
        <source>closed referrals and their outcomes</source>
        <translation>zatvorena upućivanja i njihovi ishodi</translation>
    </message>
    <message>
        <source>the facts of reviewed observations since %1</source>
        <translation>činjenice provjerenih zapažanja od %1</translation>
    </message>
    <message>
        <source>protective factors noted in reviewed observations</source>
        <translation>zaštitni faktori zabilježeni u provjerenim zapažanjima</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>procjene službenika</translation>
    </message>
    <message>
        <source>This extract holds, as the handover policy allows: %1.</source>
        <comment>; </comment>
        <translation>Ovaj izvod sadrži, kako pravila predaje dozvoljavaju: %1.</translation>
    </message>
    <message>
        <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
        <translation>Nikada u predaji: identitet izvora, zapažanja čiji je izvor ograničen i prijave koje je nadređeni vratio, odbio ili ih nije provjerio.</translation>
    </message>
    <message>
        <source>No reviewed observation in the period.</source>
        <translation>Nema provjerenih zapažanja u periodu.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Procjena službenika</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Zabilježeno u</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>No protective factor noted in reviewed observations.</source>
        <translation>U provjerenim zapažanjima nije zabilježen nijedan zaštitni faktor.</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Zaštitni faktor</translation>
    </message>
    <message>
        <source>Last noted</source>
        <translation>Posljednji put zabilježeno</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Predaja probacijskoj službi pri otpustu</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Za</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Signed with workstation key</source>
        <translation>Potpisano ključem radne stanice</translation>
    </message>
    <message>
        <source>Reviewed observations: what was seen or heard</source>
        <translation>Provjerena zapažanja: šta je viđeno ili čuto</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Nacionalni pregled</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Ustanove</translation>
    </message>
    <message>
        <source>Workstations enrolled</source>
        <translation>Upisane radne stanice</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
        <translation>Zapažanja se broje tamo gdje su zabilježena, prema danu događaja; vraćene i odbijene prijave ne broje se. Ustanove su navedene po oznaci, a ne rangirane.</translation>
    </message>
    <message>
        <source>Observations by establishment</source>
        <translation>Zapažanja po ustanovama</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Sve</translation>
    </message>
    <message>
        <source>Referrals, transfers and reviews by establishment</source>
        <translation>Upućivanja, premještaji i provjere po ustanovama</translation>
    </message>
    <message>
        <source>Referrals open</source>
        <translation>Otvorena upućivanja</translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation>Zatvorena upućivanja</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Dolasci premještajem</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Odlasci premještajem</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Provjere na redu</translation>
    </message>
    <message>
        <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
        <comment>, </comment>
        <translation>Ovaj pregled obuhvata samo ustanove koje su vam dodijeljene (%1); ostale ustanove se ne broje.</translation>
    </message>
    <message>
        <source>Observations per establishment (all urgencies)</source>
        <translation>Zapažanja po ustanovi (sve hitnosti)</translation>
    </message>
    <message>
        <source>%1 of %2 workstations need attention.</source>
        <translation>Radnih stanica koje zahtijevaju pažnju: %1 od %2.</translation>
    </message>
    <message>
        <source>Read the file or a record in it</source>
        <translation>Čitanje spisa ili zapisa u njemu</translation>
    </message>
    <message>
        <source>Found the file in a search or a list</source>
        <translation>Spis pronađen u pretrazi ili na listi</translation>
    </message>
    <message>
        <source>Recorded or corrected the prisoner&apos;s details</source>
        <translation>Unos ili ispravka podataka o zatvoreniku</translation>
    </message>
    <message>
        <source>Wrote or corrected an observation</source>
        <translation>Unos ili ispravka zapažanja</translation>
    </message>
    <message>
        <source>Reviewed an observation</source>
        <translation>Pregled zapažanja</translation>
    </message>
    <message>
        <source>Completed or corrected a checklist</source>
        <translation>Popunjavanje ili ispravka kontrolne liste</translation>
    </message>
    <message>
        <source>Made a report</source>
        <translation>Izrada izvještaja</translation>
    </message>
    <message>
        <source>Gave data to another authority</source>
        <translation>Ustupanje podataka drugom organu</translation>
    </message>
    <message>
        <source>Sent to the central office</source>
        <translation>Slanje centrali</translation>
    </message>
    <message>
        <source>Transfer to another establishment</source>
        <translation>Premještaj u drugu ustanovu</translation>
    </message>
    <message>
        <source>Referral to a programme</source>
        <translation>Upućivanje na program</translation>
    </message>
    <message>
        <source>Decision on keeping or erasing the file</source>
        <translation>Odluka o čuvanju ili brisanju spisa</translation>
    </message>
    <message>
        <source>Decision whether two files are the same person</source>
        <translation>Odluka da li se dva spisa odnose na istu osobu</translation>
    </message>
    <message>
        <source>Restriction, correction or dispute of the data</source>
        <translation>Ograničenje, ispravka ili osporavanje podataka</translation>
    </message>
    <message>
        <source>Other recorded action on the file</source>
        <extracomment>Actions that never concern a prisoner&apos;s file (accounts, keys, the vault), and codes not in the table (an older build&apos;s, read from an imported log).</extracomment>
        <translation>Druga zabilježena radnja u vezi sa spisom</translation>
    </message>
    <message>
        <source>[another prisoner]</source>
        <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting&apos;s value).</extracomment>
        <translation>[drugi zatvorenik]</translation>
    </message>
    <message>
        <source>[source withheld]</source>
        <translation>[izvor izostavljen]</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Službenik %1</translation>
    </message>
    <message>
        <source>Another prisoner&apos;s name</source>
        <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
        <translation>Ime drugog zatvorenika</translation>
    </message>
    <message>
        <source>Identity of a restricted source</source>
        <translation>Identitet zaštićenog izvora</translation>
    </message>
    <message>
        <source>Name of an officer</source>
        <translation>Ime službenika</translation>
    </message>
    <message>
        <source>Who consulted this file</source>
        <translation>Ko je pregledao ovaj dosje</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Uvidi bez navedene svrhe</translation>
    </message>
    <message>
        <source>Exports and disclosures in the period</source>
        <translation>Izvozi i otkrivanja u periodu</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Dosjei kojima je istekao rok za preispitivanje</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Odnosi se na</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Unosi</translation>
    </message>
    <message>
        <source>Reason for this report</source>
        <translation>Razlog za ovaj izvještaj</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ništa nije pronađeno.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dana kašnjenja</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Zahtjev za ispravku</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Osporavanje</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Obrada ograničena</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Ograničenje ukinuto</translation>
    </message>
    <message>
        <source>open, not decided yet</source>
        <translation>otvoren, još nije odlučeno</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>ispravljeno</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odbijeno</translation>
    </message>
    <message>
        <source>noted beside the record</source>
        <translation>zabilježeno uz zapis</translation>
    </message>
    <message>
        <source>the prisoner&apos;s details</source>
        <translation>podaci o zatvoreniku</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>zapažanje</translation>
    </message>
    <message>
        <source>a checklist run</source>
        <translation>popunjena kontrolna lista</translation>
    </message>
    <message>
        <source>rectified by version %1</source>
        <translation>ispravljeno verzijom %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odbijeno: %1</translation>
    </message>
    <message>
        <source>noted beside the record: %1</source>
        <translation>zabilježeno uz zapis: %1</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>nije zahtjev</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Premještaji</translation>
    </message>
</context>
<context>
    <name>safeguards</name>
    <message>
        <source>Is this necessary to describe the behaviour?</source>
        <extracomment>The gentle question (context &quot;safeguards&quot; of the catalogues).</extracomment>
        <translation>Je li to potrebno za opis ponašanja?</translation>
    </message>
    <message>
        <source>Religious conversion or a change to a different faith</source>
        <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context &quot;safeguards&quot;).</extracomment>
        <translation>Promjena vjere ili prijelaz na drugu vjeru</translation>
    </message>
    <message>
        <source>More religious practice, prayer or attendance at worship</source>
        <translation>Češće vjersko prakticiranje, molitva ili odlazak na vjerske obrede</translation>
    </message>
    <message>
        <source>Fasting, diet or food rules</source>
        <translation>Post, ishrana ili pravila o hrani</translation>
    </message>
    <message>
        <source>A beard, head covering or style of dress</source>
        <translation>Brada, pokrivanje glave ili način oblačenja</translation>
    </message>
    <message>
        <source>Having religious books or objects</source>
        <translation>Posjedovanje vjerskih knjiga ili predmeta</translation>
    </message>
    <message>
        <source>The language a person speaks</source>
        <translation>Jezik kojim osoba govori</translation>
    </message>
    <message>
        <source>Nationality, ethnicity or skin colour</source>
        <translation>Državljanstvo, etnička pripadnost ili boja kože</translation>
    </message>
    <message>
        <source>Lawful political opinions that do not advocate violence</source>
        <translation>Zakonita politička mišljenja koja ne zagovaraju nasilje</translation>
    </message>
    <message>
        <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
        <translation>Molitva, sam/a ili s drugima, vjerska pouka, vjerski obredi ili kontakt s vjerskim službenikom ili imamom</translation>
    </message>
</context>
</TS>
