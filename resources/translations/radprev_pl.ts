<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Database folder</source>
        <translation>Folder bazy danych</translation>
    </message>
    <message>
        <source>Logs and crash reports</source>
        <translation>Dzienniki i raporty awarii</translation>
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
        <translation>System</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About radprev</source>
        <translation>O programie radprev</translation>
    </message>
    <message>
        <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
        <translation>radprev — rejestr obserwacji dla funkcjonariuszy Służby Więziennej, działający bez sieci.
To rejestr obserwacji, a nie ocena ryzyka.</translation>
    </message>
    <message>
        <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>Licencje składników zewnętrznych: plik THIRD-PARTY-NOTICES.txt w folderze programu.</translation>
    </message>
</context>
<context>
    <name>AccessDialog</name>
    <message>
        <source>Units and access of {user}</source>
        <translation>Oddziały i dostęp: {user}</translation>
    </message>
    <message>
        <source>Establishments and access of {user}</source>
        <translation>Jednostki i dostęp: {user}</translation>
    </message>
    <message>
        <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
        <translation>Funkcjonariusze i przełożeni widzą i opisują tylko osadzonych z zaznaczonych tu oddziałów. Dostęp do wszystkich osadzonych jednostki to osobne uprawnienie, zapisywane w dzienniku audytu wraz z uzasadnieniem.</translation>
    </message>
    <message>
        <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations&apos; packages. Every change of access is recorded in the audit log with its reason.</source>
        <translation>W centrali konto odczytuje teczki, zapisy i liczby jednostek wymienionych tutaj (ich kody; * oznacza wszystkie jednostki), tak jak docierają w pakietach ze stanowisk. Każda zmiana dostępu jest zapisywana w dzienniku audytu wraz z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Oddział {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ta jednostka nie ma oddziałów.</translation>
    </message>
    <message>
        <source>&amp;Whole establishment (every unit)</source>
        <translation>&amp;Cała jednostka (wszystkie oddziały)</translation>
    </message>
    <message>
        <source>Whole establishment</source>
        <translation>Cała jednostka</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Jednostki</translation>
    </message>
    <message>
        <source>codes separated by commas; * for all</source>
        <translation>kody oddzielone przecinkami; * oznacza wszystkie</translation>
    </message>
    <message>
        <source>Reason for the change of access</source>
        <translation>Uzasadnienie zmiany dostępu</translation>
    </message>
    <message>
        <source>e.g. acting head of security until 30 June</source>
        <translation>np. p.o. kierownika działu ochrony do 30 czerwca</translation>
    </message>
    <message>
        <source>E&amp;stablishments:</source>
        <translation>J&amp;ednostki:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Save access</source>
        <translation>Zapisz dostęp</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>Numer służbowy</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Rola: {role}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <source>Unit {code}</source>
        <translation>Oddział {code}</translation>
    </message>
    <message>
        <source>This establishment has no units.</source>
        <translation>Ta jednostka nie ma oddziałów.</translation>
    </message>
    <message>
        <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
        <translation>Wpisz dwukrotnie hasło tymczasowe i przekaż je tej osobie; przy pierwszym logowaniu musi ustawić własne.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Staff code:</source>
        <translation>Numer &amp;służbowy:</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>Type a username.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation>Zaznacz co najmniej jedną rolę.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Lock after idle (minutes)</source>
        <translation>Blokada po bezczynności (minuty)</translation>
    </message>
    <message>
        <source>Write new observations before seeing earlier reports (default)</source>
        <translation>Nowa obserwacja przed wglądem we wcześniejsze raporty (domyślnie)</translation>
    </message>
    <message>
        <source>Classification marking</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Each reader&apos;s own language</source>
        <extracomment>Languages a report can be printed in and the workstation&apos;s default: every offered language (core/languages.py), by its own name, not translated. The administrator&apos;s default language of reports: none (each reader&apos;s own, the screen&apos;s — core/i18n.py `default_report_language`) or one of them.</extracomment>
        <translation>Język każdego czytelnika</translation>
    </message>
    <message>
        <source>Erase a rejected report after (months)</source>
        <translation>Usuń odrzucony raport po (miesiące)</translation>
    </message>
    <message>
        <source>Handover: open referrals (1 = include, 0 = leave out)</source>
        <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
        <translation>Przekazanie: otwarte skierowania (1 = dołącz, 0 = pomiń)</translation>
    </message>
    <message>
        <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
        <translation>Przekazanie: zamknięte skierowania (1 = dołącz, 0 = pomiń)</translation>
    </message>
    <message>
        <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
        <translation>Przekazanie: fakty ze zweryfikowanych obserwacji z ostatnich (miesięcy, 0 = żadnych)</translation>
    </message>
    <message>
        <source>Handover: protective factors (1 = include, 0 = leave out)</source>
        <translation>Przekazanie: czynniki ochronne (1 = dołącz, 0 = pomiń)</translation>
    </message>
    <message>
        <source>Handover: officers&apos; assessments (1 = include, 0 = leave out)</source>
        <translation>Przekazanie: oceny funkcjonariuszy (1 = dołącz, 0 = pomiń)</translation>
    </message>
    <message>
        <source>Classification levels (lowest first, separated by ;)</source>
        <translation>Poziomy klauzul (od najniższego, rozdzielone ;)</translation>
    </message>
    <message>
        <source>Grading preset</source>
        <translation>Skala oceny wiarygodności</translation>
    </message>
    <message>
        <source>Default language of reports</source>
        <translation>Domyślny język raportów</translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation>Liczba przechowywanych kopii zapasowych</translation>
    </message>
    <message>
        <source>Clear copied text after (seconds)</source>
        <translation>Czyść skopiowany tekst po (sekundy)</translation>
    </message>
    <message>
        <source>Export to the central office every (days)</source>
        <translation>Eksport do centrali co (dni)</translation>
    </message>
    <message>
        <source>Wait for a receipt (days)</source>
        <translation>Oczekiwanie na potwierdzenie odbioru (dni)</translation>
    </message>
    <message>
        <source>Search words in the audit log</source>
        <translation>Szukane słowa w dzienniku audytu</translation>
    </message>
    <message>
        <source>Hashed (the data-protection officer can check a word)</source>
        <translation>Skróty (inspektor ochrony danych może sprawdzić słowo)</translation>
    </message>
    <message>
        <source>Stored as typed</source>
        <translation>Zapisywane tak, jak wpisano</translation>
    </message>
    <message>
        <source>Staff named in a prisoner&apos;s access report</source>
        <translation>Personel wymieniany z nazwiska w raporcie dostępu osadzonego</translation>
    </message>
    <message>
        <source>Supervisors and above (officers withheld)</source>
        <translation>Przełożeni i wyżej (funkcjonariusze pominięci)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <source>Information for the person in an access report (empty: the default)</source>
        <translation>Informacja dla osoby w raporcie dostępu (puste: domyślna)</translation>
    </message>
    <message>
        <source>Retention periods (months)</source>
        <translation>Okresy przechowywania (miesiące)</translation>
    </message>
    <message>
        <source>Release handover policy</source>
        <translation>Zasady przekazania po zwolnieniu</translation>
    </message>
    <message>
        <source>Code lists</source>
        <translation>Listy kodów</translation>
    </message>
    <message>
        <source>Review a prisoner&apos;s file after (months)</source>
        <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
        <translation>Weryfikacja akt osadzonego po (miesiące)</translation>
    </message>
    <message>
        <source>Review after release (months)</source>
        <translation>Weryfikacja po zwolnieniu (miesiące)</translation>
    </message>
    <message>
        <source>Review after transfer (months)</source>
        <translation>Weryfikacja po przeniesieniu (miesiące)</translation>
    </message>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
        <translation>3x5x2 (źródło 1–3, informacja A–E, zasady przekazywania P/C)</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralicji 6x6 (źródło A–F, informacja 1–6)</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Sekcje administracji</translation>
    </message>
    <message>
        <source>Acco&amp;unts</source>
        <translation>&amp;Konta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Us&amp;tawienia</translation>
    </message>
    <message>
        <source>Checklist &amp;templates</source>
        <translation>&amp;Szablony list kontrolnych</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>Kopie &amp;zapasowe</translation>
    </message>
    <message>
        <source>&amp;Prisoners&apos; details</source>
        <translation>Dane &amp;osadzonych</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Pierwszy administrator</translation>
    </message>
    <message>
        <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
        <translation>Administrator zarządza kontami, ustawieniami i kopiami zapasowymi. Pozostałe konta dodaje się później.</translation>
    </message>
    <message>
        <source>&amp;Create the encrypted database</source>
        <translation>&amp;Utwórz zaszyfrowaną bazę danych</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation>Imię i nazwisko administratora</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>radprev — TRAINING</source>
        <translation>radprev — SZKOLENIE</translation>
    </message>
    <message>
        <source>{folder} holds a database that is not a training database; it is not opened.</source>
        <translation>{folder} zawiera bazę danych, która nie jest szkoleniową bazą danych; nie została otwarta.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User filter</source>
        <translation>Filtr użytkownika</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtr czynności</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Filtruj od daty</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Filtruj do daty</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Pokaż wpisy</translation>
    </message>
    <message>
        <source>&amp;Export to JSON Lines…</source>
        <translation>Eksportuj do &amp;JSON Lines…</translation>
    </message>
    <message>
        <source>Export to JSON Lines</source>
        <translation>Eksportuj do JSON Lines</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Sprawdź łańcuch</translation>
    </message>
    <message>
        <source>Verify the hash chain</source>
        <translation>Sprawdź łańcuch skrótów</translation>
    </message>
    <message>
        <source>Data-protection &amp;questions…</source>
        <translation>P&amp;ytania inspektora ochrony danych…</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>C&amp;zynność:</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Reading the audit log is itself written to the audit log.</source>
        <translation>Samo przeglądanie dziennika audytu jest w nim zapisywane.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Pokazano %n wpis.</numerusform>
            <numerusform>Pokazano %n wpisy.</numerusform>
            <numerusform>Pokazano %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis do {file}.</numerusform>
            <numerusform>Wyeksportowano %n wpisy do {file}.</numerusform>
            <numerusform>Wyeksportowano %n wpisów do {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpis.</numerusform>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpisy.</numerusform>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
        <translation>Łańcuch skrótów jest PRZERWANY przy wpisie {seq}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <source>Reason for access</source>
        <translation>Cel dostępu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
        <translation>Kopie zapasowe to zaszyfrowane kopie w folderze bazy danych (backups), sprawdzane przez ich otwarcie. Przywrócenie jest proponowane na ekranie logowania, gdy bazy danych nie da się otworzyć, albo poleceniem radprev restore.</translation>
    </message>
    <message>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <source>Backup {name} written.</source>
        <translation>Zapisano kopię zapasową {name}.</translation>
    </message>
    <message>
        <source>Writing a backup</source>
        <translation>Zapisywanie kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>CapsLockWatcher</name>
    <message>
        <source>Caps Lock warning</source>
        <translation>Ostrzeżenie o Caps Lock</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Włączony jest Caps Lock.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>Twoje hasło ustawił administrator. Zanim przejdziesz dalej, ustaw własne hasło.</translation>
    </message>
    <message>
        <source>Type your current password, then the new one twice.</source>
        <translation>Wpisz obecne hasło, a potem dwukrotnie nowe.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <source>At most {n} characters.</source>
        <extracomment>The counter shows from this share of the limit on.</extracomment>
        <translation>Najwyżej {n} znaków.</translation>
    </message>
    <message>
        <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
        <translation>Mieści się tylko {limit} znaków: pominięto {cut} wklejonych znaków (nadal są w schowku).</translation>
    </message>
    <message>
        <source>Limit reached: {limit} characters.</source>
        <translation>Osiągnięto limit: {limit} znaków.</translation>
    </message>
    <message>
        <source>{n} of {limit} characters</source>
        <translation>{n} z {limit} znaków</translation>
    </message>
</context>
<context>
    <name>ChecklistRunnerPage</name>
    <message>
        <source>Not indicators</source>
        <translation>To nie są wskaźniki</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source>Protective factors: &amp;none observed</source>
        <translation>Czynniki &amp;ochronne: nie zaobserwowano</translation>
    </message>
    <message>
        <source>Other possible explanations (required)</source>
        <translation>Inne możliwe wyjaśnienia (wymagane)</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
    <message>
        <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
        <translation>np. długi, konflikt z innym osadzonym, złe wiadomości z domu, zdrowie psychiczne</translation>
    </message>
    <message>
        <source>None &amp;identified</source>
        <translation>&amp;Nie wskazano</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support, not a risk sign)</source>
        <translation>Kontekst i podatność (dla wsparcia, nie jako oznaka ryzyka)</translation>
    </message>
    <message>
        <source>Context notes</source>
        <translation>Uwagi o kontekście</translation>
    </message>
    <message>
        <source>Summary and next review</source>
        <translation>Podsumowanie i następna weryfikacja</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Data następnej weryfikacji</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <source>Ne&amp;xt review:</source>
        <translation>Następna &amp;weryfikacja:</translation>
    </message>
    <message>
        <source>Answers by domain</source>
        <translation>Odpowiedzi według obszarów</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nie zaobserwowano</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Save progress (Ctrl+S)</source>
        <translation>Zapisz postęp (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Complete (Ctrl+Enter)</source>
        <translation>&amp;Zakończ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <source>Reason for the correction (required)</source>
        <translation>Powód korekty (wymagany)</translation>
    </message>
    <message>
        <source>Save co&amp;rrection</source>
        <translation>Zapisz &amp;korektę</translation>
    </message>
    <message>
        <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
        <translation>Korekta zakończonej listy kontrolnej: odpowiedziano na {done} z {total} pozycji. Pozycje bez odpowiedzi zostaną zapisane jako nieznane po zapisaniu korekty.</translation>
    </message>
    <message>
        <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
        <translation>Zakończona i zamknięta: zapisano wszystkie pozycje ({total}), w tym {unknown} jako nieznane (razem z pozostawionymi bez odpowiedzi). Każda zmiana jest teraz korektą, zapisywaną jako nowa wersja.</translation>
    </message>
    <message>
        <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
        <translation>Odpowiedziano na {done} z {total} pozycji. Pozycje bez odpowiedzi zostaną zapisane jako nieznane po zakończeniu.</translation>
    </message>
    <message>
        <source>Recorded for support, never as a sign of risk.</source>
        <translation>Zapisywane dla wsparcia, nigdy jako oznaka ryzyka.</translation>
    </message>
    <message>
        <source>Protective factors (required)</source>
        <translation>Czynniki ochronne (wymagane)</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>To NIE są wskaźniki i nigdy nie wolno ich tak zaznaczać:</translation>
    </message>
    <message>
        <source>{title} (v{version}) — {name} ({number})</source>
        <translation>{title} (w. {version}) — {name} ({number})</translation>
    </message>
    <message>
        <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
        <translation>{heading}

Odpowiedziano na {done} z {total} pozycji; pozycje bez odpowiedzi ({left}) zostaną zapisane jako nieznane.

Zakończenie zamyka listę kontrolną wraz z podsumowaniem i datą następnego przeglądu: potem można ją zmienić tylko korektą z uzasadnieniem, zapisywaną jako nowa wersja.</translation>
    </message>
    <message>
        <source>Complete and seal?</source>
        <translation>Zakończyć i zamknąć?</translation>
    </message>
    <message>
        <source>Complete and seal</source>
        <translation>Zakończ i zamknij</translation>
    </message>
    <message>
        <source>Not saved: change the wording, then save the correction.</source>
        <translation>Nie zapisano: proszę zmienić sformułowanie, a potem zapisać korektę.</translation>
    </message>
    <message>
        <source>Correction saved as version {n}.</source>
        <translation>Korektę zapisano jako wersję {n}.</translation>
    </message>
    <message>
        <source>completed and sealed</source>
        <translation>zakończona i zamknięta</translation>
    </message>
    <message>
        <source>Checklist progress saved.</source>
        <translation>Zapisano postęp listy kontrolnej.</translation>
    </message>
    <message>
        <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
        <translation>To, co wprowadzono, zostało zachowane na czas blokady ekranu; nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <source>Not completed: change the wording, then complete.</source>
        <translation>Nie zakończono: proszę zmienić sformułowanie, a potem zakończyć.</translation>
    </message>
    <message>
        <source>Checklist completed.</source>
        <translation>Lista kontrolna zakończona.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Czynniki ochronne</translation>
    </message>
    <message>
        <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
        <translation>Zakończono. Następna weryfikacja: {date}. Liczby pokazują, jak odpowiedziano na pozycje w każdym obszarze; nie są wynikiem punktowym i nigdy się ich nie sumuje.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
        <translation>Raport awarii (bez żadnych danych osobowych) zapisano w:
{path}
Przekaż go działowi informatyki.</translation>
    </message>
    <message>
        <source>No crash report could be written.</source>
        <translation>Nie udało się zapisać raportu awarii.</translation>
    </message>
    <message>
        <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
        <translation>W programie radprev wystąpił nieoczekiwany błąd. To, co zapisano wcześniej, jest bezpieczne; ostatnia czynność mogła nie zostać wykonana. Zamknij radprev i uruchom go ponownie.</translation>
    </message>
    <message>
        <source>radprev</source>
        <translation>radprev</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>routine</source>
        <translation>zwykła</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorytetowa</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>natychmiastowa</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>przekazana</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>przyjęta</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>zwrócona</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>wyeksportowana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>What was seen or heard (start)</source>
        <translation>Fakty (początek)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation>Moje szkice</translation>
    </message>
    <message>
        <source>You have no unfinished drafts.</source>
        <translation>Nie masz niedokończonych szkiców.</translation>
    </message>
    <message>
        <source>Returned to me</source>
        <translation>Zwrócone do mnie</translation>
    </message>
    <message>
        <source>Nothing was returned to you.</source>
        <translation>Nic nie zostało ci zwrócone.</translation>
    </message>
    <message>
        <source>Immediate items awaiting review</source>
        <translation>Natychmiastowe obserwacje czekające na weryfikację</translation>
    </message>
    <message>
        <source>No immediate item is waiting for review.</source>
        <translation>Żadna natychmiastowa obserwacja nie czeka na weryfikację.</translation>
    </message>
    <message>
        <source>Overdue reviews of prisoners&apos; files</source>
        <translation>Zaległe weryfikacje akt osadzonych</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <source>No file is overdue for review.</source>
        <translation>Żadne akta nie czekają na zaległą weryfikację.</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nowa obserwacja</translation>
    </message>
    <message>
        <source>Re&amp;tention decisions…</source>
        <translation>Decyzje o &amp;przechowywaniu…</translation>
    </message>
    <message>
        <source>(after the reason for access)</source>
        <translation>(po podaniu celu dostępu)</translation>
    </message>
    <message>
        <source>Logged in as {name}.</source>
        <translation>Zalogowano jako {name}.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. Use the menu on the left.</source>
        <translation>Twoja rola nie prowadzi własnych obserwacji. Skorzystaj z menu po lewej stronie.</translation>
    </message>
    <message>
        <source>Your role has no observations of its own. The Training page shows the trainees&apos; exercises.</source>
        <translation>Twoja rola nie ma własnych obserwacji. Strona Szkolenie pokazuje ćwiczenia szkolonych.</translation>
    </message>
</context>
<context>
    <name>DataExportButton</name>
    <message>
        <source>E&amp;xport the person&apos;s data (JSON + PDF)…</source>
        <translation>E&amp;ksportuj dane osoby (JSON + PDF)…</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Wybierz osadzonego: wpisz nazwisko lub numer ewidencyjny i wybierz z listy.</translation>
    </message>
    <message>
        <source>Say who the files are for (recipient).</source>
        <translation>Wskaż, dla kogo są pliki (odbiorca).</translation>
    </message>
    <message>
        <source>Write unencrypted files?</source>
        <translation>Zapisać niezaszyfrowane pliki?</translation>
    </message>
    <message>
        <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
        <translation>Plik JSON i PDF NIE będą zaszyfrowane: każdy, kto może otworzyć folder, może je przeczytać. Zapisz je tylko tam, gdzie pozwalają Twoje instrukcje (na przykład na pendrive przekazywanym osobie), i usuń każdą zachowaną kopię, gdy nie będzie już potrzebna. Eksport jest zapisywany w dzienniku audytu jako ujawnienie.</translation>
    </message>
    <message>
        <source>Folder for the person&apos;s data</source>
        <translation>Folder na dane osoby</translation>
    </message>
    <message>
        <source>Written: %1 and %2</source>
        <translation>Zapisano: %1 i %2</translation>
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
        <translation>Wnioski o sprostowanie i zakwestionowania — {name} ({number})</translation>
    </message>
    <message>
        <source>Record what the prisoner asks to be corrected, or contests, in the person&apos;s own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
        <translation>Zapisz własnymi słowami osadzonego, co prosi sprostować lub co kwestionuje. Samo sprostowanie jest poprawką zapisu; potem rozstrzygnij wniosek, podając poprawioną wersję.</translation>
    </message>
    <message>
        <source>Requests and disputes of the file</source>
        <translation>Wnioski i zakwestionowania w aktach</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>What the person says</source>
        <translation>Co mówi osoba</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>New request</source>
        <translation>Nowy wniosek</translation>
    </message>
    <message>
        <source>What the person asks or contests</source>
        <translation>Co osoba chce sprostować lub kwestionuje</translation>
    </message>
    <message>
        <source>In the person&apos;s own words</source>
        <translation>Własnymi słowami osoby</translation>
    </message>
    <message>
        <source>Record the re&amp;quest</source>
        <translation>&amp;Zapisz wniosek</translation>
    </message>
    <message>
        <source>Abou&amp;t:</source>
        <translation>&amp;Dotyczy:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;words:</source>
        <translation>&amp;Słowa osoby:</translation>
    </message>
    <message>
        <source>Decision on the selected request</source>
        <translation>Rozstrzygnięcie wybranego wniosku</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>Rozs&amp;trzygnij</translation>
    </message>
    <message>
        <source>&amp;Correct the record…</source>
        <translation>&amp;Popraw zapis…</translation>
    </message>
    <message>
        <source>Close this window and amend the record the request is about.</source>
        <translation>Zamknij to okno i popraw zapis, którego dotyczy wniosek.</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Wynik:</translation>
    </message>
    <message>
        <source>Amended &amp;version:</source>
        <translation>Poprawiona w&amp;ersja:</translation>
    </message>
    <message>
        <source>&amp;Reason (refused, noted):</source>
        <translation>Uzasadnie&amp;nie (odmowa, odnotowanie):</translation>
    </message>
    <message>
        <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
        <translation>Można wskazać tylko wersję, która po zarejestrowaniu wniosku poprawiła numer ewidencyjny, nazwisko, imiona lub rok urodzenia.</translation>
    </message>
    <message>
        <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
        <translation>Można wskazać tylko wersję poprawioną po zarejestrowaniu wniosku: najpierw popraw zapis.</translation>
    </message>
    <message>
        <source>The request is recorded: {kind}, {about}.</source>
        <translation>Wniosek zapisano: {kind}, {about}.</translation>
    </message>
    <message>
        <source>Decided: {outcome}.</source>
        <translation>Rozstrzygnięto: {outcome}.</translation>
    </message>
</context>
<context>
    <name>DpoDialog</name>
    <message>
        <source>Data-protection questions</source>
        <translation>Pytania inspektora ochrony danych</translation>
    </message>
    <message>
        <source>Who consulted a prisoner&apos;s file</source>
        <translation>Kto przeglądał akta osadzonego</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Wglądy bez podanego celu</translation>
    </message>
    <message>
        <source>Exports and disclosures in a period</source>
        <translation>Eksporty i ujawnienia w okresie</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Akta po terminie weryfikacji</translation>
    </message>
    <message>
        <source>establishment:number, e.g. PL-WAW1:1234</source>
        <translation>jednostka:numer, np. PL-WAW1:1234</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Po&amp;każ</translation>
    </message>
    <message>
        <source>Pre&amp;view the PDF</source>
        <translation>Podgląd &amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Pyta&amp;nie:</translation>
    </message>
    <message>
        <source>Prison &amp;number:</source>
        <translation>Num&amp;er osadzonego:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Okres:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Cel (zapisywany w dzienniku audytu):</translation>
    </message>
    <message>
        <source>{about} — entries: {count}</source>
        <translation>{about} — wpisy: {count}</translation>
    </message>
    <message>
        <source>Data-protection officer</source>
        <translation>Inspektor ochrony danych</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>The establishment this encrypted database belongs to, and its units.</source>
        <translation>Jednostka penitencjarna, do której należy ta zaszyfrowana baza danych, i jej oddziały.</translation>
    </message>
    <message>
        <source>Establishment code</source>
        <translation>Kod jednostki</translation>
    </message>
    <message>
        <source>for example PL-WAW1</source>
        <translation>na przykład PL-WAW1</translation>
    </message>
    <message>
        <source>Establishment name</source>
        <translation>Nazwa jednostki</translation>
    </message>
    <message>
        <source>Units, one per line: code = name</source>
        <translation>Oddziały, po jednym w wierszu: kod = nazwa</translation>
    </message>
    <message>
        <source>A = Wing A
B = Wing B</source>
        <translation>A = Oddział A
B = Oddział B</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Units (code = name, one per line):</source>
        <translation>&amp;Oddziały (kod = nazwa, po jednym w wierszu):</translation>
    </message>
    <message>
        <source>Type the establishment code.</source>
        <translation>Wpisz kod jednostki.</translation>
    </message>
    <message>
        <source>The code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kod może zawierać tylko litery, cyfry i &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A unit code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kod oddziału może zawierać tylko litery, cyfry i &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>Give the recipient and the reason.</source>
        <translation>Podaj odbiorcę i powód.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Feedback on your exercise</source>
        <translation>Uwagi do ćwiczenia</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <source>Feedback on your observation</source>
        <translation>Uwagi do obserwacji</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Wzorcowa obserwacja</translation>
    </message>
    <message>
        <source>Feed&amp;back</source>
        <translation>Uwa&amp;gi</translation>
    </message>
    <message>
        <source>&amp;Model observation</source>
        <translation>W&amp;zorzec</translation>
    </message>
    <message>
        <source>Not completed yet: record and submit the observation.</source>
        <translation>Jeszcze nieukończone: zapisz i wyślij obserwację.</translation>
    </message>
    <message>
        <source>{code} — {title}: {good} done well, {improve} to improve.</source>
        <translation>{code} — {title}: dobrze: {good}, do poprawy: {improve}.</translation>
    </message>
</context>
<context>
    <name>FileNotOpened</name>
    <message>
        <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
        <translation>Teczka nie jest wyświetlana: nie podano celu dostępu. Nic z niej nie jest pokazywane ani odnotowywane jako wgląd, dopóki go nie podasz.</translation>
    </message>
    <message>
        <source>Give the reason and &amp;open the file again…</source>
        <translation>Podaj cel i &amp;otwórz teczkę ponownie…</translation>
    </message>
    <message>
        <source>Or choose another page in the list on the left.</source>
        <translation>Albo wybierz inną stronę z listy po lewej.</translation>
    </message>
</context>
<context>
    <name>FileRequests</name>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Wn&amp;ioski i zakwestionowania…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes: record and decide them.</source>
        <translation>Wnioski osadzonego o sprostowanie i zakwestionowania: zapisz je i rozstrzygnij.</translation>
    </message>
    <message>
        <source>Recla&amp;ssify…</source>
        <translation>Zmień kla&amp;uzulę…</translation>
    </message>
    <message>
        <source>Change the classification of the selected observation (with a reason).</source>
        <translation>Zmień klauzulę wybranej obserwacji (z uzasadnieniem).</translation>
    </message>
    <message>
        <source>The record of the request</source>
        <translation>Zapis, którego dotyczy wniosek</translation>
    </message>
    <message>
        <source>The prisoner&apos;s details</source>
        <translation>Dane osadzonego</translation>
    </message>
    <message>
        <source>The observation of {when}</source>
        <translation>Obserwacja z {when}</translation>
    </message>
    <message>
        <source>The checklist run: {run}</source>
        <translation>Wypełniona lista kontrolna: {run}</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Przetwarzanie ograniczone</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s open rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: numer ewidencyjny, nazwisko, imiona i rok urodzenia poprawia się tylko w odpowiedzi na otwarty wniosek osadzonego o sprostowanie danych. Oddział, celę i stan można nadal zmieniać.</translation>
    </message>
    <message>
        <source>A supervisor records the prisoner&apos;s request first.</source>
        <translation>Najpierw przełożony zapisuje wniosek osadzonego.</translation>
    </message>
    <message>
        <source>Change unit, cell or &amp;status…</source>
        <translation>Zmień oddział, celę lub &amp;stan…</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer the prisoner&apos;s open rectification request on it. Record the request first; then the correction can be made.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: zapis poprawia się tylko w odpowiedzi na otwarty wniosek osadzonego o jego sprostowanie. Najpierw zapisz wniosek; potem można wprowadzić poprawkę.</translation>
    </message>
    <message>
        <source>Record the &amp;request…</source>
        <translation>&amp;Zapisz wniosek…</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <source>Source grade</source>
        <extracomment>Error field names of the observations service that point into this widget.</extracomment>
        <translation>Ocena źródła</translation>
    </message>
    <message>
        <source>Information grade</source>
        <translation>Ocena informacji</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Zasady przekazywania</translation>
    </message>
    <message>
        <source>Who may receive it, and on what conditions</source>
        <translation>Kto może to otrzymać i na jakich warunkach</translation>
    </message>
    <message>
        <source>Conditions of sharing</source>
        <translation>Warunki przekazywania</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Warunki:</translation>
    </message>
    <message>
        <source>Han&amp;dling (sharing):</source>
        <translation>&amp;Zasady przekazywania:</translation>
    </message>
    <message>
        <source>Sou&amp;rce is:</source>
        <translation>Ź&amp;ródło jest:</translation>
    </message>
    <message>
        <source>&amp;Information is:</source>
        <translation>&amp;Informacja jest:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>radprev — user guide</source>
        <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
        <translation>radprev — podręcznik użytkownika</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <source>word to find, then Enter</source>
        <translation>szukane słowo, potem Enter</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>S&amp;pis treści</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Przekazanie po zwolnieniu do kuratorskiej służby sądowej</translation>
    </message>
    <message>
        <source>open referrals</source>
        <translation>otwarte skierowania</translation>
    </message>
    <message>
        <source>closed referrals</source>
        <translation>zamknięte skierowania</translation>
    </message>
    <message>
        <source>facts of reviewed observations of the last {n} months</source>
        <translation>fakty ze zweryfikowanych obserwacji z ostatnich {n} mies.</translation>
    </message>
    <message>
        <source>protective factors</source>
        <translation>czynniki ochronne</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>oceny funkcjonariuszy</translation>
    </message>
    <message>
        <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service&apos;s key only and recorded in the audit log.</source>
        <translation>{name}: przekazanie zawiera tylko to, na co pozwalają zasady — {held}. Nigdy źródło, źródło zastrzeżone ani raport nieprzyjęty przez przełożonego. Jest szyfrowane wyłącznie kluczem kuratorskiej służby sądowej i zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>e.g. Probation office, officer&apos;s name</source>
        <translation>np. zespół kuratorski, nazwisko kuratora</translation>
    </message>
    <message>
        <source>The probation service&apos;s key file</source>
        <translation>Plik klucza kuratorskiej służby sądowej</translation>
    </message>
    <message>
        <source>Folder for the handover</source>
        <translation>Folder na przekazanie</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Probation &amp;key file:</source>
        <translation>Plik &amp;klucza kuratora:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder docelowy:</translation>
    </message>
    <message>
        <source>The prisoner is &amp;due for release</source>
        <translation>Osadzony &amp;wkrótce wychodzi na wolność</translation>
    </message>
    <message>
        <source>&amp;Make handover</source>
        <translation>&amp;Utwórz przekazanie</translation>
    </message>
    <message>
        <source>Choose the probation service&apos;s key file.</source>
        <translation>Wybierz plik klucza kuratorskiej służby sądowej.</translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation>Wybierz folder, do którego zapisać.</translation>
    </message>
    <message>
        <source>The key file cannot be read: {why}</source>
        <translation>Nie można odczytać pliku klucza: {why}</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <source>Versions side by side</source>
        <translation>Wersje obok siebie</translation>
    </message>
    <message>
        <source>Changes as a text difference</source>
        <translation>Zmiany jako różnica tekstu</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <source>Text difference</source>
        <translation>Różnica tekstu</translation>
    </message>
    <message>
        <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
        <translation>Wybierz jedną wersję, aby ją przeczytać, albo dwie (Ctrl+kliknięcie, Shift+strzałki), aby je porównać.</translation>
    </message>
    <message>
        <source>&amp;Back to the file</source>
        <translation>&amp;Wróć do akt</translation>
    </message>
    <message>
        <source>Version {n} — {status}, {at}</source>
        <translation>Wersja {n} — {status}, {at}</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>What exactly did you see that fits this item?</source>
        <translation>Co dokładnie zaobserwowano, co pasuje do tej pozycji?</translation>
    </message>
    <message>
        <source>Evidence for the selected indicator</source>
        <translation>Uzasadnienie wybranego wskaźnika</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Uzasadnienie:</translation>
    </message>
    <message>
        <source>No checklist template is installed.</source>
        <translation>Nie zainstalowano żadnego szablonu listy kontrolnej.</translation>
    </message>
    <message>
        <source>From another template version</source>
        <translation>Z innej wersji szablonu</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Ta zaszyfrowana baza danych jest już otwarta w programie radprev (proces {pid} na komputerze {host}). Przejdź do tamtego okna albo najpierw je zamknij: dwa okna na jednej bazie mogłyby nadpisać sobie nawzajem pracę.</translation>
    </message>
    <message>
        <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
        <translation>Nie można utworzyć pliku blokady {path}. Sprawdź, czy do folderu można zapisywać.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nie zaobserwowano</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Example for {code}</source>
        <translation>Przykład dla {code}</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <source>A concrete example: what exactly was seen or heard (required)</source>
        <translation>Konkretny przykład: co dokładnie zobaczono lub usłyszano (wymagane)</translation>
    </message>
    <message>
        <source>Date of the example for {code}</source>
        <translation>Data przykładu dla {code}</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Przykład:</translation>
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
        <translation>Cel dostępu</translation>
    </message>
    <message>
        <source>Opening a prisoner&apos;s file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
        <translation>Otwarcie akt osadzonego jest zapisywane w dzienniku audytu. Podaj cel dostępu; jest on pamiętany do wylogowania lub zablokowania ekranu.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Choose the reason</source>
        <translation>Wybierz powód</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>e.g. weekly wing review</source>
        <translation>np. cotygodniowy przegląd oddziału</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Szczegóły:</translation>
    </message>
    <message>
        <source>Choose the reason for access from the list.</source>
        <translation>Wybierz z listy powód dostępu.</translation>
    </message>
</context>
<context>
    <name>LinkedFilesPanel</name>
    <message>
        <source>Show files that may be one &amp;person</source>
        <translation>Pokaż teczki, które mogą dotyczyć jednej &amp;osoby</translation>
    </message>
    <message>
        <source>&amp;Same person…</source>
        <translation>&amp;Ta sama osoba…</translation>
    </message>
    <message>
        <source>&amp;Not the same…</source>
        <translation>&amp;Różne osoby…</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Pierwsza teczka</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Druga teczka</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Files that may be one person</source>
        <translation>Teczki, które mogą dotyczyć jednej osoby</translation>
    </message>
    <message>
        <source>Decisions made:</source>
        <translation>Podjęte decyzje:</translation>
    </message>
    <message>
        <source>&amp;Undo decision…</source>
        <translation>&amp;Cofnij decyzję…</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Teczki</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Decisions about files of one person</source>
        <translation>Decyzje o teczkach jednej osoby</translation>
    </message>
    <message>
        <source>same person</source>
        <translation>ta sama osoba</translation>
    </message>
    <message>
        <source>not same</source>
        <translation>różne osoby</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(cofnięta)</translation>
    </message>
    <message>
        <source>{n} pair(s) to decide.</source>
        <translation>Par do rozstrzygnięcia: {n}.</translation>
    </message>
    <message>
        <source>No files left to decide.</source>
        <translation>Nie ma teczek do rozstrzygnięcia.</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log):</source>
        <translation>Uzasadnienie (zapisywane w dzienniku audytu):</translation>
    </message>
    <message>
        <source>Same person</source>
        <translation>Ta sama osoba</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Różne osoby</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Decyzję zapisano.</translation>
    </message>
    <message>
        <source>Undo the decision</source>
        <translation>Cofnij decyzję</translation>
    </message>
    <message>
        <source>Decision undone.</source>
        <translation>Decyzję cofnięto.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The application is locked</source>
        <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
        <translation>Aplikacja jest zablokowana</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>&amp;Switch user…</source>
        <translation>&amp;Zmień użytkownika…</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Zmień użytkownika</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Locked by {name} ({user}). Enter the password to unlock.</source>
        <translation>Zablokowane przez: {name} ({user}). Wpisz hasło, aby odblokować.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message>
        <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Przerwane wcześniej usuwanie konta {user} zostało dokończone: jego hasło nie otwiera już bazy danych.</translation>
    </message>
    <message>
        <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Przerwane wcześniej wyłączanie konta {user} zostało dokończone: jego hasło nie otwiera już bazy danych.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>Usunięto %n kopię zapasową sporządzoną pod starszym kluczem (można ją było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
            <numerusform>Usunięto %n kopie zapasowe sporządzone pod starszym kluczem (można je było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
            <numerusform>Usunięto %n kopii zapasowych sporządzonych pod starszym kluczem (można je było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
        <translation>Nie udało się jeszcze dokończyć przerwanego usuwania lub wyłączania konta. Zaloguj się ponownie jako administrator później; do tego czasu szczegóły podaje polecenie „radprev doctor”.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisu — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisów — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisów — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Uwaga: plik vault.anchor, który chroni dziennik audytu przed skróceniem, zniknął, jest uszkodzony albo jest starszą kopią. Dziennik można było sprawdzić tylko do wcześniejszego wpisu. Zapisano to w dzienniku; powiadom administratora i audytora.</translation>
    </message>
    <message>
        <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Uwaga: dziennik audytu zmieniono po jego zapisaniu (jeden z wpisów nie jest tym, który zapisano). Zapisano to w dzienniku; powiadom administratora i audytora.</translation>
    </message>
    <message>
        <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
        <translation>Baza danych została zaktualizowana do tej wersji programu. Kopię zapasową sprzed aktualizacji zapisano w {folder}.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>radprev — log in</source>
        <translation>radprev — logowanie</translation>
    </message>
    <message>
        <source>Observation log — log in</source>
        <translation>Rejestr obserwacji — logowanie</translation>
    </message>
    <message>
        <source>An observation log, not a risk assessment.</source>
        <translation>Rejestr obserwacji, a nie ocena ryzyka.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Demo accounts (throw-away demo database only)</source>
        <translation>Konta demonstracyjne (tylko jednorazowa baza demonstracyjna)</translation>
    </message>
    <message>
        <source>Demo accounts</source>
        <translation>Konta demonstracyjne</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an account to fill it in.</source>
        <translation>Kliknij dwukrotnie konto lub naciśnij na nim Enter, aby je wpisać.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>Nie &amp;pamiętam hasła…</translation>
    </message>
    <message>
        <source>Forgot password: use the recovery code</source>
        <translation>Nie pamiętam hasła: użyj kodu odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>&amp;Back to the real database</source>
        <translation>Powrót do prawdziwej &amp;bazy danych</translation>
    </message>
    <message>
        <source>Prac&amp;tise…</source>
        <translation>Ć&amp;wiczenia…</translation>
    </message>
    <message>
        <source>Back to the real database</source>
        <translation>Powrót do prawdziwej bazy danych</translation>
    </message>
    <message>
        <source>Practise on training scenarios (training database)</source>
        <translation>Ćwiczenia na scenariuszach szkoleniowych (szkoleniowa baza danych)</translation>
    </message>
    <message>
        <source>An administrator can restore the encrypted database from a backup.</source>
        <translation>Administrator może przywrócić zaszyfrowaną bazę danych z kopii zapasowej.</translation>
    </message>
    <message>
        <source>Type your username and password.</source>
        <translation>Wpisz nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Sprawdzanie hasła…</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Zanim przejdziesz dalej, musisz ustawić nowe hasło.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Możesz teraz spróbować ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisu, który miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisów, które miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisów, które miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encrypted database was restored from the backup. Log in.</source>
        <translation>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. Zaloguj się.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <source>Prisoners</source>
        <translation>Osadzeni</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>Kolejka weryfikacji</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Prisoner&apos;s file</source>
        <translation>Akta osadzonego</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
        <translation>Ekran zablokuje się za {seconds} s. Porusz myszą lub naciśnij klawisz, aby pracować dalej; szkic i tak zostanie zachowany.</translation>
    </message>
    <message>
        <source>What you had not yet saved in a prisoner&apos;s file is kept until you open that file again.</source>
        <translation>Niezapisane zmiany w aktach osadzonego są przechowywane do ponownego otwarcia tych akt.</translation>
    </message>
    <message>
        <source>What you had not yet saved is back on screen.</source>
        <translation>Niezapisane zmiany wróciły na ekran.</translation>
    </message>
    <message>
        <source>You must choose a new password before you can continue.</source>
        <translation>Zanim przejdziesz dalej, musisz ustawić nowe hasło.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Dismiss notice</source>
        <translation>Zamknij powiadomienie</translation>
    </message>
    <message>
        <source>Your draft was kept.</source>
        <translation>Szkic został zachowany.</translation>
    </message>
    <message>
        <source>Your role does not record observations.</source>
        <translation>Twoja rola nie zapisuje obserwacji.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>P&amp;lik</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Zmień &amp;użytkownika…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Prz&amp;ejdź</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
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
        <translation>Użytkownik: {name} ({user})
Rola: {roles}
Jednostka: {code}
Stanowisko: {id}</translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Blokada za %n minutę</numerusform>
            <numerusform>Blokada za %n minuty</numerusform>
            <numerusform>Blokada za %n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Locks in {sec} s</source>
        <translation>Blokada za {sec} s</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>centrala</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>radprev — observation log — {code} ({mode})</source>
        <translation>radprev — rejestr obserwacji — {code} ({mode})</translation>
    </message>
    <message>
        <source>Locking when the running task ends.</source>
        <translation>Blokada nastąpi po zakończeniu bieżącego zadania.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>Od ostatniego logowania była %n nieudana próba logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
            <numerusform>Od ostatniego logowania były %n nieudane próby logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
            <numerusform>Od ostatniego logowania było %n nieudanych prób logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Some changes are not saved. Close anyway and lose them?</source>
        <translation>Niektóre zmiany nie są zapisane. Zamknąć mimo to i je utracić?</translation>
    </message>
    <message>
        <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
        <translation>Niezapisana korekta lub odpowiedź jest przechowywana tylko w pamięci (nie mogła zostać zachowana jako szkic). Zamknąć mimo to i ją utracić?</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>A task is still running. Close the window when it has finished.</source>
        <translation>Zadanie wciąż trwa. Zamknij okno, gdy się zakończy.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <source>Where will this computer be used?</source>
        <translation>Gdzie będzie używany ten komputer?</translation>
    </message>
    <message>
        <source>The choice cannot be changed later.</source>
        <translation>Tego wyboru nie można później zmienić.</translation>
    </message>
    <message>
        <source>&amp;Workstation in an establishment</source>
        <translation>&amp;Stanowisko w jednostce penitencjarnej</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>&amp;Central office (imports packages from workstations)</source>
        <translation>&amp;Centrala (importuje pakiety ze stanowisk)</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts&apos; computer.</source>
        <translation>Funkcjonariusze, przełożeni i audytorzy pracują na stanowisku; jego zapisy trafiają do centrali jako zaszyfrowane pliki na nośniku USB. Centralę wybierz tylko na komputerze analityków.</translation>
    </message>
</context>
<context>
    <name>ObservationEditorPage</name>
    <message>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
        <translation>Nigdy nie jest drukowane w zestawieniach. Zostaw puste, jeśli to twoja własna obserwacja.</translation>
    </message>
    <message>
        <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
        <translation>Wskaźniki: strzałki do poruszania, spacja do zaznaczania; wpisz kod lu&amp;b słowo, aby znaleźć wskaźnik. Każdy zaznaczony wskaźnik wymaga zdania z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Why is it corrected? (required)</source>
        <translation>Dlaczego jest poprawiana? (wymagane)</translation>
    </message>
    <message>
        <source>Prisoner:</source>
        <translation>Osadzony:</translation>
    </message>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <source>name or prison number, then Enter</source>
        <translation>nazwisko lub numer ewidencyjny, potem Enter</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Pasujący osadzeni</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Żaden osadzony nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Kiedy i gdzie</translation>
    </message>
    <message>
        <source>When did it happen</source>
        <translation>Kiedy to się stało</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>e.g. wing A landing, yard, visits hall</source>
        <translation>np. korytarz oddziału A, spacerniak, sala widzeń</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Twoja funkcja w tym czasie</translation>
    </message>
    <message>
        <source>e.g. landing officer, visits</source>
        <translation>np. oddziałowy, widzenia</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>Your d&amp;uty:</source>
        <translation>Twoja &amp;funkcja:</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Fakty (co zobaczono lub usłyszano)</translation>
    </message>
    <message>
        <source>What was &amp;seen or heard — who, what, where, how. Put a person&apos;s exact words in &quot;quotation marks&quot;.</source>
        <translation>Fakty — kto, co, &amp;gdzie, jak. Dokładne słowa osoby ujmij w &quot;cudzysłów&quot;.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>Describe only what you saw or heard yourself or were told.</source>
        <translation>Opisz tylko to, co widziano lub słyszano osobiście albo co zostało przekazane.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (your opinion)</source>
        <translation>Ocena funkcjonariusza (twoja opinia)</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <source>Question about wording</source>
        <translation>Pytanie o sformułowanie</translation>
    </message>
    <message>
        <source>How you know it and grading</source>
        <translation>Skąd to wiesz i ocena wiarygodności</translation>
    </message>
    <message>
        <source>How do you know it</source>
        <translation>Skąd to wiesz</translation>
    </message>
    <message>
        <source>Who told you (restricted)</source>
        <translation>Kto ci przekazał (zastrzeżone)</translation>
    </message>
    <message>
        <source>How do you &amp;know it:</source>
        <translation>Skąd to &amp;wiesz:</translation>
    </message>
    <message>
        <source>The grade is proposed from how you know it; change it if it does not fit.</source>
        <translation>Ocena jest proponowana na podstawie tego, skąd to wiesz; zmień ją, jeśli nie pasuje.</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
        <translation>Zgłoś to natychmiast osobiście lub telefonicznie — nie czekaj na eksport. Powiadom od razu dowódcę zmiany / dział ochrony, a potem dokończ ten zapis.</translation>
    </message>
    <message>
        <source>Escalate now</source>
        <translation>Zgłoś natychmiast</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <source>Who told you (restricted):</source>
        <translation>Kto ci przekazał (zastrzeżone):</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Pilność:</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>Indicators from the checklist (optional)</source>
        <translation>Wskaźniki z listy kontrolnej (opcjonalnie)</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Zaobserwowane czynniki ochronne</translation>
    </message>
    <message>
        <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write &apos;none observed&apos; if you saw none.</source>
        <translation>Czynniki ochronne — po &amp;jednym w wierszu (kontakt z rodziną, praca, nauka, dobre relacje z personelem…). Wpisz &apos;nie zaobserwowano&apos;, jeśli nie było żadnych.</translation>
    </message>
    <message>
        <source>none observed</source>
        <translation>nie zaobserwowano</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Inne zaangażowane osoby</translation>
    </message>
    <message>
        <source>Action and the prisoner&apos;s own account</source>
        <translation>Podjęte działania i relacja osadzonego</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Podjęte lub zalecane działania</translation>
    </message>
    <message>
        <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
        <translation>np. powiadomiono dział ochrony, zlecono przeszukanie celi, rozmowa z osadzonym</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Relacja osadzonego</translation>
    </message>
    <message>
        <source>If you spoke with the prisoner: what did they say about it?</source>
        <translation>Jeśli doszło do rozmowy z osadzonym lub osadzoną: co o tym powiedział(a)?</translation>
    </message>
    <message>
        <source>A&amp;ction taken:</source>
        <translation>Podjęte &amp;działania:</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own accoun&amp;t:</source>
        <translation>Relacja osadzo&amp;nego:</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <source>&amp;Justification of the correction:</source>
        <translation>Uzasadnienie korekt&amp;y:</translation>
    </message>
    <message>
        <source>Save draft (Ctrl+S)</source>
        <translation>Zapisz szkic (Ctrl+S)</translation>
    </message>
    <message>
        <source>Su&amp;bmit (Ctrl+Enter)</source>
        <translation>Przekaż (C&amp;trl+Enter)</translation>
    </message>
    <message>
        <source>Ame&amp;nd…</source>
        <translation>Wprowadź korek&amp;tę…</translation>
    </message>
    <message>
        <source>Escalate now in person or by phone — do not wait for an export.</source>
        <translation>Zgłoś to natychmiast osobiście lub telefonicznie — nie czekaj na eksport.</translation>
    </message>
    <message>
        <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person&apos;s exact words), keep it.</source>
        <translation>Wpisany tekst zawiera: {words}. Czy to jest potrzebne do opisu zachowania? Jeśli tak (na przykład dokładne słowa osoby), zostaw.</translation>
    </message>
    <message>
        <source>New observation — choose the prisoner</source>
        <translation>Nowa obserwacja — wybierz osadzonego</translation>
    </message>
    <message>
        <source>New observation — {name} ({number})</source>
        <translation>Nowa obserwacja — {name} ({number})</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Correction of an observation — {name} ({number})</source>
        <translation>Korekta obserwacji — {name} ({number})</translation>
    </message>
    <message>
        <source>Draft observation — {name} ({number})</source>
        <translation>Szkic obserwacji — {name} ({number})</translation>
    </message>
    <message>
        <source>Status: {status}, version {version}</source>
        <translation>Stan: {status}, wersja {version}</translation>
    </message>
    <message>
        <source>returned by {who}: {comment}</source>
        <translation>zwrócona przez {who}: {comment}</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Szkic zapisano o {time}.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Szkic zapisano.</translation>
    </message>
    <message>
        <source>Draft saved automatically at {time}.</source>
        <translation>Szkic zapisano automatycznie o {time}.</translation>
    </message>
    <message>
        <source>Officer&apos;s &amp;assessment (required) — why it may matter. What was this person&apos;s usual behaviour before?</source>
        <translation>&amp;Ocena funkcjonariusza (wymagana) — dlaczego może to mieć znaczenie. Jak ta osoba zwykle zachowywała się wcześniej?</translation>
    </message>
    <message>
        <source>Usual behaviour before: …
Why it may matter: …</source>
        <translation>Zwykłe zachowanie wcześniej: …
Dlaczego może mieć znaczenie: …</translation>
    </message>
    <message>
        <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
        <translation>Rozważone inne wyjaśnienia (wymagane) — dług, konflikt, grupa przestępcza, choroba lub zdrowie psychiczne, poczucie krzywdy, złe wieści z domu, praktyki religijne lub święto…</translation>
    </message>
    <message>
        <source>What else could explain it?</source>
        <translation>Co jeszcze mogłoby to wyjaśnić?</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Rozważone inne wyjaśnienia</translation>
    </message>
    <message>
        <source>None identified after considering them</source>
        <translation>Po rozważeniu nie znaleziono innych</translation>
    </message>
    <message>
        <source>No other explanation identified</source>
        <translation>Nie znaleziono innego wyjaśnienia</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Klauzula:</translation>
    </message>
    <message>
        <source>Not indicators</source>
        <translation>To nie są wskaźniki</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Zapisz poprawioną wersję z uzasadnieniem; oryginał zostaje w historii.</translation>
    </message>
    <message>
        <source>C&amp;lose (Esc)</source>
        <translation>Zamknij (E&amp;sc)</translation>
    </message>
    <message>
        <source>Su&amp;bmit correction (Ctrl+Enter)</source>
        <translation>Przekaż korek&amp;tę (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>To NIE są wskaźniki i nigdy nie wolno ich tak zaznaczać:</translation>
    </message>
    <message>
        <source>Observation (sealed) — {name} ({number})</source>
        <translation>Obserwacja (zamknięta) — {name} ({number})</translation>
    </message>
    <message>
        <source>sealed: it can only be corrected with a reason (Amend).</source>
        <translation>zamknięta: można ją tylko poprawić z podaniem powodu (Popraw).</translation>
    </message>
    <message>
        <source>Kept as an unfinished draft.</source>
        <translation>Zachowano jako niedokończony szkic.</translation>
    </message>
    <message>
        <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
        <translation>Korekta została zachowana na czas blokady ekranu; nie została jeszcze przekazana.</translation>
    </message>
    <message>
        <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
        <translation>To, co wpisano, zostało zachowane na czas blokady ekranu; nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{heading}

Urgency: {urgency}
Indicators: {indicators}

Once submitted it is sealed: it can only be corrected with a reason.</source>
        <translation>{heading}

Pilność: {urgency}
Wskaźniki: {indicators}

Po przekazaniu obserwacja jest zamknięta: można ją tylko poprawić z podaniem powodu.</translation>
    </message>
    <message>
        <source>Submit and seal?</source>
        <translation>Przekazać i zamknąć?</translation>
    </message>
    <message>
        <source>Submit and seal</source>
        <translation>Przekaż i zamknij</translation>
    </message>
    <message>
        <source>Not submitted: change the wording, then submit.</source>
        <translation>Nie wysłano: proszę zmienić sformułowanie, a potem wysłać.</translation>
    </message>
    <message>
        <source>Submitted for review (version {version}).</source>
        <translation>Przekazano do weryfikacji (wersja {version}).</translation>
    </message>
    <message>
        <source>Observation submitted. Escalate now in person or by phone.</source>
        <translation>Obserwację przekazano. Zgłoś to natychmiast osobiście lub telefonicznie.</translation>
    </message>
    <message>
        <source>Observation submitted for review.</source>
        <translation>Obserwację przekazano do weryfikacji.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The correction is not submitted yet. Discard it?</source>
        <translation>Korekta nie została jeszcze przekazana. Odrzucić ją?</translation>
    </message>
    <message>
        <source>Keep what you typed as a draft?</source>
        <translation>Zachować wpisany tekst jako szkic?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Zachowaj jako szkic</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Unsaved changes</source>
        <extracomment>The guide&apos;s section for this page (Help → Guide, F1).</extracomment>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
        <translation>Części wpisanego tekstu nie można zachować jako szkicu (korekta jeszcze nieprzekazana albo odpowiedź bez przykładu). Odrzucić to?</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Nowe hasło ponownie</translation>
    </message>
    <message>
        <source>Password check</source>
        <translation>Sprawdzenie hasła</translation>
    </message>
    <message>
        <source>Show passwords</source>
        <translation>Pokaż hasła</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <source>Type the new password, at least 10 characters.</source>
        <translation>Wpisz nowe hasło, co najmniej 10 znaków.</translation>
    </message>
    <message>
        <source>Type the password a second time.</source>
        <translation>Wpisz hasło po raz drugi.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
    <message>
        <source>The password is acceptable.</source>
        <translation>Hasło jest dopuszczalne.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>No report generated yet.</source>
        <translation>Nie utworzono jeszcze raportu.</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save as PDF (unencrypted)…</source>
        <translation>Zapisz jako PDF (niezaszyfrowany)…</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Podgląd raportu</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Drukuj raport</translation>
    </message>
    <message>
        <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use &quot;Save as PDF (unencrypted)…&quot; where the report offers it.</source>
        <translation>Drukowanie do pliku nie jest dostępne: plik nie byłby zaszyfrowany, a jego kopia nie zostałaby odnotowana. Wybierz drukarkę albo użyj „Zapisz jako PDF (niezaszyfrowany)…”, jeśli raport to oferuje.</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Category of the person</source>
        <translation>Kategoria osoby</translation>
    </message>
    <message>
        <source>e.g. cellmate, visitor (wife), prison number</source>
        <translation>np. współosadzony, odwiedzający (żona), numer ewidencyjny</translation>
    </message>
    <message>
        <source>Who (description)</source>
        <translation>Kto (opis)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>People involved (Delete removes)</source>
        <translation>Zaangażowane osoby (Delete usuwa)</translation>
    </message>
    <message>
        <source>Cat&amp;egory:</source>
        <translation>K&amp;ategoria:</translation>
    </message>
</context>
<context>
    <name>PrisonerDetailsTab</name>
    <message>
        <source>Find a prisoner to record or decide the person&apos;s rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
        <translation>Znajdź osadzonego, aby zapisać lub rozstrzygnąć jego wniosek o sprostowanie albo zakwestionowanie jego danych, lub aby poprawić dane. Obserwacje nie są tu pokazywane.</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>Po&amp;daj cel dostępu…</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>nazwisko lub numer ewidencyjny</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Zna&amp;jdź:</translation>
    </message>
    <message>
        <source>Sear&amp;ch</source>
        <translation>&amp;Wyszukaj</translation>
    </message>
    <message>
        <source>&amp;Open details</source>
        <translation>Otwórz da&amp;ne</translation>
    </message>
    <message>
        <source>Prisoners found</source>
        <translation>Znalezieni osadzeni</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograniczenie</translation>
    </message>
    <message>
        <source>Re&amp;quests and disputes…</source>
        <translation>Wn&amp;ioski i zakwestionowania…</translation>
    </message>
    <message>
        <source>The prisoner&apos;s rectification requests and disputes on the details.</source>
        <translation>Wnioski osadzonego o sprostowanie danych i zakwestionowania danych.</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Edytuj &amp;dane…</translation>
    </message>
    <message>
        <source>Changes to details, requests and disputes</source>
        <translation>Zmiany danych, wnioski i zakwestionowania</translation>
    </message>
    <message>
        <source>Prisoners found: {count}</source>
        <translation>Znalezieni osadzeni: {count}</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>ograniczone</translation>
    </message>
    <message>
        <source>Details of {name} ({number}).</source>
        <translation>Dane: {name} ({number}).</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Napęd</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Katalog</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Zaznacz &amp;wszystko</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Krok w &amp;górę</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Krok w &amp;dół</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Kontrola zadania</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Zaplanowany wydruk:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Wydrukuj natychmiast</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Dzień (06:00 do 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Noc (18:00 do 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Druga zmiana (16:00 do 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Trzecia zmiana (00:00 do 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Weekend (od soboty do niedzieli)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Określona godzina</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Informacje &amp;rozliczeniowe:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Priory&amp;tet zadania:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Strony oddzielające</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <comment>Banner page at start</comment>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <comment>Banner page at end</comment>
        <translation>&amp;Koniec:</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Standardowa</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Jawne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Poufne</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Zastrzeżone</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tajne</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Ściśle tajne</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>What Qt&apos;s own (non-native) file dialog shows: labels, buttons, tool tips, the list&apos;s columns and context menu, the overwrite question.</extracomment>
        <translation>Szukaj &amp;w:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Nazwa &amp;pliku:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;typu:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Wybierz</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Katalog wyżej</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Zmień nazwę</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Pokaż &amp;ukryte pliki</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Nowy katalog</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Nowy katalog</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <extracomment>The file dialog&apos;s rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column&apos;s words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
        <translation>%1
Brak katalogu.
Sprawdź podaną nazwę katalogu.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Brak pliku.
Sprawdź podaną nazwę pliku.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; jest zabezpieczony przed zapisem.
Czy na pewno chcesz go usunąć?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Czy na pewno chcesz usunąć &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Nie można usunąć katalogu.</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Przejdź dalej</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Przejdź do katalogu wyżej</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Utwórz nowy katalog</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Pokaż szczegóły</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Lista miejsc i zakładek</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Pasek boczny</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Ostatnie miejsca</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Pliki</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Znajdź katalog</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Zapisz jako</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Data modyfikacji</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Mój komputer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Pokaż szczegóły...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ukryj szczegóły...</translation>
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
        <translation>zwykły dokument tekstowy</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Rozmiar strony:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Szerokość:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Wysokość:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Źródło papieru:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Położenie</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pionowo</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Poziomo</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Poziomo, odwrócone</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Pionowo, odwrócone</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginesy</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>Górny margines</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>Dolny margines</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>Lewy margines</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>Prawy margines</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimetry (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Cale (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Punkty (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica typograficzna (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Punkt Didota (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cycero (CC)</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Rozmieszczenie stron</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Kolejność stron:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Stron na &amp;arkusz:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Własny</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Własny (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <translation>Własny (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <translation>Własny (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <translation>Własny (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <translation>Własny (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <translation>Własny (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Pocztówka</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Podwójna pocztówka</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Koperta B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Koperta B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Koperta B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Koperta C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Koperta C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Koperta C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Koperta C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Koperta C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Koperta C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Koperta C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Koperta C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Koperta C7</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Koperta Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Koperta Chou 4</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Koperta DL</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Koperta Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Koperta Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Koperta Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Koperta Kaku 3</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Koperta Monarch</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Koperta PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Koperta PRC 10</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Koperta PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Koperta PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Koperta PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Koperta PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Koperta PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Koperta PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Koperta PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Koperta PRC 9</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Koperta Personal</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Koperta US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Koperta US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Koperta US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Koperta US 14</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Koperta US 9</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Koperta You 4</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Zapisz wszystko</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Tak</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Tak dla &amp;wszystkich</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Ni&amp;e dla wszystkich</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Przerwij</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignoruj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Zastosuj</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Resetuj</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <extracomment>Qt&apos;s own print dialog (Linux; Windows and macOS show the system&apos;s): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>Wy&amp;drukuj</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opcje &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opcje &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Drukuj do pliku (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Drukuj do pliku ...</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Plik lokalny</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Zapisz do pliku PDF</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Wszystkie strony</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Nieparzyste strony</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Parzyste strony</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczny</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Od lewej do prawej, z góry do dołu</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Od lewej do prawej, z dołu do góry</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Od prawej do lewej, z dołu do góry</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Od prawej do lewej, z góry do dołu</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Z dołu do góry, od lewej do prawej</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Z dołu do góry, od prawej do lewej</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Z góry do dołu, od lewej do prawej</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Z góry do dołu, od prawej do lewej</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 już istnieje.
Czy chcesz go zastąpić?</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 jest katalogiem.
Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Plik %1 jest plikiem tylko do odczytu.
Wybierz inną nazwę pliku.</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Nieprawidłowy zakres stron</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 nie ma poprawnej składni. Oddzielaj strony i zakresy przecinkiem &apos;,&apos;, zakres oznaczaj łącznikiem &apos;-&apos; i pilnuj, by zakresy się nie nakładały.</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Opcje &quot;Ilość stron na kartce&quot; i &quot;Zestaw stron&quot; nie mogą być używane jednocześnie.
Wyłącz jedną z tych opcji.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Sprzeczne ustawienia druku dwustronnego</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Ustawienia druku dwustronnego są sprzeczne. Czy chcesz je poprawić?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Właściwości drukarki</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Opcje zadania</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Sprzeczne ustawienia strony</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Ustawienia strony są sprzeczne. Czy chcesz je poprawić?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Sprzeczne opcje zaawansowane</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Niektóre opcje zaawansowane są sprzeczne. Czy chcesz je poprawić?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Zaawansowane</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Niektóre opcje są sprzeczne. Popraw je.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Copies</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Liczba kopii:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Sortuj</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Odwróć</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Ustawienia wydruku</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Zakres wydruku</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Drukuj wszystko</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Strony od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Bieżąca strona</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Wybrane strony</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Zestaw stron:</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Podaj strony lub zakresy oddzielone przecinkami. Zakres to dwie liczby oddzielone łącznikiem. Np. 3,5-7,9 drukuje strony 3, 5, 6, 7 i 9.</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Tryb koloru</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Skala szarości</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Druk dwustronny</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Wzdłuż dłuższej krawędzi</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Wzdłuż krótszej krawędzi</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Drukarka</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>&amp;Właściwości</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Położenie:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>&amp;Plik wyjściowy:</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>W&amp;ytnij</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopiuj adres &amp;odnośnika</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Wklej</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Zaznacz wszystko</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <extracomment>The buttons QWizard makes itself (the first-run wizard, classic style).</extracomment>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Pomoc</translation>
    </message>
</context>
<context>
    <name>ReasonButton</name>
    <message>
        <source>Every consultation of prisoners&apos; data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
        <translation>Każde przeglądanie danych osadzonych jest zapisywane w dzienniku audytu z tym celem. Kliknij, aby go zmienić, gdy zaczynasz inne zadanie.</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Nie podano celu</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Cel: {reason}</translation>
    </message>
</context>
<context>
    <name>ReasonGate</name>
    <message>
        <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
        <translation>Nazwiska są pokazywane dopiero, gdy podasz, do czego są ci potrzebne (cel dostępu jest zapisywany w dzienniku audytu).</translation>
    </message>
    <message>
        <source>Give the &amp;reason for access…</source>
        <translation>&amp;Podaj cel dostępu…</translation>
    </message>
</context>
<context>
    <name>ReclassifyDialog</name>
    <message>
        <source>Change the classification</source>
        <translation>Zmiana klauzuli</translation>
    </message>
    <message>
        <source>Observation of {when}, version {version}</source>
        <translation>Obserwacja z {when}, wersja {version}</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Zmień</translation>
    </message>
    <message>
        <source>Current classification:</source>
        <translation>Obecna klauzula:</translation>
    </message>
    <message>
        <source>&amp;New classification:</source>
        <translation>&amp;Nowa klauzula:</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Uzasadnienie (zapisywane w dzienniku audytu):</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Find the prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>nazwisko lub numer ewidencyjny</translation>
    </message>
    <message>
        <source>Matching prisoners</source>
        <translation>Pasujący osadzeni</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>No names are shown without a reason for access.</source>
        <translation>Bez celu dostępu nazwiska nie są pokazywane.</translation>
    </message>
    <message>
        <source>No prisoner matches “{text}”.</source>
        <translation>Żaden osadzony nie pasuje do „{text}”.</translation>
    </message>
    <message>
        <source>Chosen: {who}</source>
        <translation>Wybrano: {who}</translation>
    </message>
    <message>
        <source>No observations are shown without a reason for access.</source>
        <translation>Bez celu dostępu obserwacje nie są pokazywane.</translation>
    </message>
    <message>
        <source>This prisoner has no observation yet.</source>
        <translation>Ten osadzony nie ma jeszcze żadnej obserwacji.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password — recovery code</source>
        <translation>Nie pamiętam hasła — kod odzyskiwania</translation>
    </message>
    <message>
        <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
        <translation>Wpisz kod odzyskiwania z arkusza przechowywanego w sejfie, nazwę konta i nowe hasło. Użycie kodu odzyskiwania jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kod odzyskiwania:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <source>Set new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>Type the recovery code and the username.</source>
        <translation>Wpisz kod odzyskiwania i nazwę użytkownika.</translation>
    </message>
    <message>
        <source>Password set</source>
        <translation>Hasło ustawione</translation>
    </message>
    <message>
        <source>The new password is set. Log in with it.</source>
        <translation>Nowe hasło jest ustawione. Zaloguj się nim.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
        <translation>Ten kod jest pokazywany tylko teraz. Pozwala ustawić nowe hasło, gdy wszystkie hasła administratorów zostaną utracone.</translation>
    </message>
    <message>
        <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment&apos;s safe. Do not store it on this computer.</source>
        <translation>Zapisz go lub wydrukuj arkusz odzyskiwania, zaklej w kopercie i przechowuj w sejfie jednostki. Nie zapisuj go na tym komputerze.</translation>
    </message>
    <message>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Drukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Drukuj arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>I have written down / printed it and stored it safely</source>
        <translation>Kod zapisano / wydrukowano i bezpiecznie przechowano</translation>
    </message>
    <message>
        <source>I have stored the recovery code safely</source>
        <translation>Bezpiecznie przechowuję kod odzyskiwania</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Refer to a programme</source>
        <translation>Skierowanie do programu</translation>
    </message>
    <message>
        <source>Prisoner: {name}</source>
        <translation>Osadzony: {name}</translation>
    </message>
    <message>
        <source>What was seen or heard that led to the referral</source>
        <translation>Co zaobserwowano, że doszło do skierowania</translation>
    </message>
    <message>
        <source>Why the programme may help (optional)</source>
        <translation>Dlaczego program może pomóc (opcjonalnie)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Date of referral:</source>
        <translation>&amp;Data skierowania:</translation>
    </message>
    <message>
        <source>Reason — &amp;facts:</source>
        <translation>Powód — &amp;fakty:</translation>
    </message>
    <message>
        <source>Reason — your &amp;assessment:</source>
        <translation>Powód — Twoja &amp;ocena:</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Skieruj</translation>
    </message>
</context>
<context>
    <name>ReferralStepDialog</name>
    <message>
        <source>Record a step of the referral</source>
        <translation>Zapisz etap skierowania</translation>
    </message>
    <message>
        <source>{programme} — now: {status}</source>
        <translation>{programme} — obecnie: {status}</translation>
    </message>
    <message>
        <source>No change of status (outcome only)</source>
        <translation>Bez zmiany statusu (tylko wynik)</translation>
    </message>
    <message>
        <source>What came of it, in words (never a score)</source>
        <translation>Co z tego wynikło, słowami (nigdy punktacja)</translation>
    </message>
    <message>
        <source>&amp;Status reached:</source>
        <translation>&amp;Osiągnięty status:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <source>&amp;Outcome notes:</source>
        <translation>&amp;Wynik (notatki):</translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message>
        <source>Refer to a &amp;programme…</source>
        <translation>Skieruj do &amp;programu…</translation>
    </message>
    <message>
        <source>Record a ste&amp;p…</source>
        <translation>Zapisz &amp;etap…</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Skierowania do programów</translation>
    </message>
    <message>
        <source>Selected referral</source>
        <translation>Wybrane skierowanie</translation>
    </message>
    <message>
        <source>{day} — {programme}: {status}</source>
        <translation>{day} — {programme}: {status}</translation>
    </message>
    <message>
        <source>[from {est}, read-only]</source>
        <translation>[z {est}, tylko do odczytu]</translation>
    </message>
    <message>
        <source>Referred on {day} by {who} at {est}</source>
        <translation>Skierowano {day}, skierował(a): {who}, jednostka {est}</translation>
    </message>
    <message>
        <source>Made at {est}; it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Utworzono w {est}; przyszło z teczką osadzonego i tutaj jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>Reason — facts</source>
        <translation>Powód — fakty</translation>
    </message>
    <message>
        <source>Reason — assessment</source>
        <translation>Powód — ocena</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
</context>
<context>
    <name>ReportLanguage</name>
    <message>
        <source>Default</source>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Default ({language})</source>
        <translation>Domyślny ({language})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Observation record</source>
        <translation>Karta obserwacji</translation>
    </message>
    <message>
        <source>Prisoner summary</source>
        <translation>Zestawienie dotyczące osadzonego</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Zestawienie oddziału za okres</translation>
    </message>
    <message>
        <source>Blank checklist (paper form)</source>
        <translation>Pusta lista kontrolna (formularz papierowy)</translation>
    </message>
    <message>
        <source>Recovery sheet (administrator&apos;s password)</source>
        <translation>Arkusz odzyskiwania (hasło administratora)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Arkusz rejestracji stanowiska</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raport dostępu dla osoby, której dane dotyczą</translation>
    </message>
    <message>
        <source>Establishment report (central office)</source>
        <translation>Raport jednostki (biuro centralne)</translation>
    </message>
    <message>
        <source>National overview (central office)</source>
        <translation>Przegląd krajowy (biuro centralne)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Esta&amp;blishment:</source>
        <translation>&amp;Jednostka:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Szablon listy kontrolnej</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>S&amp;zablon:</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Central office certificate check code</source>
        <translation>Kod kontrolny certyfikatu centrali</translation>
    </message>
    <message>
        <source>Central office&apos;s check code (optio&amp;nal):</source>
        <translation>Kod kontrolny certyfikatu centrali (opcjo&amp;nalnie):</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Why and for whom (recorded in the audit log)</source>
        <translation>Dlaczego i dla kogo (zapisywane w dzienniku audytu)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Details of the reason</source>
        <translation>Szczegóły celu</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>e.g. security department, case conference</source>
        <translation>np. dział ochrony, narada w sprawie</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>&amp;Szczegóły:</translation>
    </message>
    <message>
        <source>Re&amp;cipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <source>Pri&amp;soner:</source>
        <translation>Os&amp;adzony:</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>O&amp;kres:</translation>
    </message>
    <message>
        <source>From a f&amp;ile…</source>
        <translation>Z pl&amp;iku…</translation>
    </message>
    <message>
        <source>Rec&amp;overy code:</source>
        <translation>&amp;Kod odzyskiwania:</translation>
    </message>
    <message>
        <source>Generate and pre&amp;view</source>
        <translation>&amp;Utwórz i pokaż podgląd</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktywny)</translation>
    </message>
    <message>
        <source>Checklist template file</source>
        <translation>Plik szablonu listy kontrolnej</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Szablony (*.json)</translation>
    </message>
    <message>
        <source>Choose a report.</source>
        <translation>Wybierz raport.</translation>
    </message>
    <message>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Wybierz osadzonego: wpisz nazwisko lub numer ewidencyjny i wybierz z listy.</translation>
    </message>
    <message>
        <source>Choose the observation from the list.</source>
        <translation>Wybierz obserwację z listy.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n strona</numerusform>
            <numerusform>%1 — %n strony</numerusform>
            <numerusform>%1 — %n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>The report was sent to the printer.</source>
        <translation>Raport wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Zapisać niezaszyfrowany plik PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
        <translation>Plik PDF NIE będzie zaszyfrowany: każdy, kto może otworzyć folder, może go przeczytać. Zapisz go tylko tam, gdzie pozwalają na to twoje instrukcje, i usuń, gdy nie będzie już potrzebny. Zapis jest odnotowywany w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Enable {user} with a new password</source>
        <translation>Włącz konto {user} z nowym hasłem</translation>
    </message>
    <message>
        <source>Reset the password of {user}</source>
        <translation>Zresetuj hasło użytkownika {user}</translation>
    </message>
    <message>
        <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
        <translation>Wpisz dwukrotnie hasło tymczasowe. {user} musi ustawić nowe przy następnym logowaniu.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Zresetuj hasło</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore the encrypted database from a backup</source>
        <translation>Przywróć zaszyfrowaną bazę danych z kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose a backup. An administrator&apos;s username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
        <translation>Wybierz kopię zapasową. Potrzebne są nazwa i hasło administratora z czasu wykonania kopii. Obecne pliki zostaną odłożone, nie usunięte.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Administrator username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Hasło administratora</translation>
    </message>
    <message>
        <source>There are no backups in the database folder.</source>
        <translation>W folderze bazy danych nie ma kopii zapasowych.</translation>
    </message>
    <message>
        <source>Administrator &amp;username:</source>
        <translation>&amp;Nazwa administratora:</translation>
    </message>
    <message>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Hasło administratora:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Choose a backup first.</source>
        <translation>Najpierw wybierz kopię zapasową.</translation>
    </message>
</context>
<context>
    <name>RestrictionButton</name>
    <message>
        <source>&amp;Lift restriction…</source>
        <translation>&amp;Uchyl ograniczenie…</translation>
    </message>
    <message>
        <source>Restr&amp;ict processing…</source>
        <translation>Ogranicz &amp;przetwarzanie…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ogranicz przetwarzanie</translation>
    </message>
    <message>
        <source>Lift the restriction</source>
        <translation>Uchyl ograniczenie</translation>
    </message>
    <message>
        <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
        <translation>Dlaczego przetwarzanie tych akt jest ograniczane? (zapisywane w aktach i w dzienniku audytu)</translation>
    </message>
    <message>
        <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
        <translation>Dlaczego ograniczenie jest uchylane? (zapisywane w aktach i w dzienniku audytu)</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retention decisions</source>
        <translation>Decyzje o przechowywaniu</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer osadzonego</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <source>Keep the file (until the next review)</source>
        <translation>Zachowaj akta (do następnej weryfikacji)</translation>
    </message>
    <message>
        <source>Anonymise the file</source>
        <translation>Zanonimizuj akta</translation>
    </message>
    <message>
        <source>Erase the file</source>
        <translation>Usuń akta</translation>
    </message>
    <message>
        <source>Keep the free text (checked: it names no one)</source>
        <translation>Zachowaj tekst (sprawdzony: nikogo nie wymienia)</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Zdecyduj</translation>
    </message>
    <message>
        <source>Erase re&amp;jected reports past their period…</source>
        <translation>Usuń &amp;odrzucone raporty po terminie…</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Decyzja:</translation>
    </message>
    <message>
        <source>&amp;Next review (keep):</source>
        <translation>&amp;Następna weryfikacja (zachowanie):</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the audit log):</source>
        <translation>&amp;Cel (zapisywany w dzienniku audytu):</translation>
    </message>
    <message>
        <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
        <translation>Decyzja dla akt {number}: {decision}. Tego nie można cofnąć. Kontynuować?</translation>
    </message>
    <message>
        <source>Decided: {decision}.</source>
        <translation>Zdecydowano: {decision}.</translation>
    </message>
    <message>
        <source>No rejected report is past its period.</source>
        <translation>Żaden odrzucony raport nie przekroczył okresu przechowywania.</translation>
    </message>
    <message>
        <source>Erase {count} rejected report(s) rejected before {day}?</source>
        <translation>Usunąć odrzucone raporty odrzucone przed {day} (liczba: {count})?</translation>
    </message>
    <message>
        <source>Rejected reports erased: {count}.</source>
        <translation>Usunięte odrzucone raporty: {count}.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <source>Review queue</source>
        <translation>Kolejka weryfikacji</translation>
    </message>
    <message>
        <source>Observations awaiting review, most urgent first</source>
        <translation>Obserwacje czekające na weryfikację, od najpilniejszych</translation>
    </message>
    <message>
        <source>Observation under review</source>
        <translation>Weryfikowana obserwacja</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Changes (side by side)</source>
        <translation>Zmiany (obok siebie)</translation>
    </message>
    <message>
        <source>Changes (text)</source>
        <translation>Zmiany (tekst)</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
        <translation>&amp;Komentarz lub powód (wymagany przy zwrocie, zmianie oceny, odrzuceniu):</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Komentarz lub powód</translation>
    </message>
    <message>
        <source>Grading after review</source>
        <translation>Ocena wiarygodności po weryfikacji</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>Prz&amp;yjmij</translation>
    </message>
    <message>
        <source>Re&amp;turn to author</source>
        <translation>Zwróć a&amp;utorowi</translation>
    </message>
    <message>
        <source>Re-grad&amp;e and accept</source>
        <translation>Zmień &amp;ocenę i przyjmij</translation>
    </message>
    <message>
        <source>Open prisoner&apos;s fi&amp;le</source>
        <translation>Otwórz &amp;akta osadzonego</translation>
    </message>
    <message>
        <source>C&amp;orrect (amend)…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <source>Classification: {level}.</source>
        <translation>Klauzula: {level}.</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Napisz poprawioną wersję z podaniem powodu; oryginał pozostaje w historii.</translation>
    </message>
    <message>
        <source>Reclassif&amp;y…</source>
        <translation>Z&amp;mień klauzulę…</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>%n obserwacja czeka na weryfikację</numerusform>
            <numerusform>%n obserwacje czekają na weryfikację</numerusform>
            <numerusform>%n obserwacji czeka na weryfikację</numerusform>
        </translation>
    </message>
    <message>
        <source>Give a reason for access to review this observation.</source>
        <translation>Podaj cel dostępu, aby zweryfikować tę obserwację.</translation>
    </message>
    <message>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
        <translation>Natychmiastowa: zagrożenie życia lub bezpośrednia szkoda. Sprawdź, czy zgłoszono to osobiście lub telefonicznie.</translation>
    </message>
    <message>
        <source>Officer&apos;s grade: {grade}</source>
        <translation>Ocena funkcjonariusza: {grade}</translation>
    </message>
    <message>
        <source>Accepted.</source>
        <translation>Przyjęto.</translation>
    </message>
    <message>
        <source>Returned to the author with your comment.</source>
        <translation>Zwrócono autorowi z twoim komentarzem.</translation>
    </message>
    <message>
        <source>Rejected with your reason.</source>
        <translation>Odrzucono z podanym powodem.</translation>
    </message>
    <message>
        <source>Re-graded and accepted.</source>
        <translation>Zmieniono ocenę i przyjęto.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Training scenario</source>
        <translation>Scenariusz szkoleniowy</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <source>Search fo&amp;r:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Szukany tekst</translation>
    </message>
    <message>
        <source>words from the facts or assessment, a name or a prison number</source>
        <translation>słowa z faktów lub oceny, nazwisko albo numer ewidencyjny</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>S&amp;zukaj</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Any urgency</source>
        <translation>Dowolna pilność</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <source>Indicator domain</source>
        <translation>Obszar wskaźników</translation>
    </message>
    <message>
        <source>&amp;Between</source>
        <translation>&amp;Między</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Pilność:</translation>
    </message>
    <message>
        <source>No results are shown without a reason for access.</source>
        <translation>Bez celu dostępu wyniki nie są pokazywane.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>Pierwszy %n wynik, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
            <numerusform>Pierwsze %n wyniki, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
            <numerusform>Pierwszych %n wyników, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>Indicator &amp;domain:</source>
        <translation>Obszar &amp;wskaźników:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Results; Enter opens the prisoner&apos;s file</source>
        <translation>Wyniki; Enter otwiera akta osadzonego</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <source>Any domain</source>
        <translation>Dowolny obszar</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>Znaleziono %n obserwację</numerusform>
            <numerusform>Znaleziono %n obserwacje</numerusform>
            <numerusform>Znaleziono %n obserwacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SensitiveQuestion</name>
    <message>
        <source>Words about religion, ethnicity or politics</source>
        <translation>Słowa o religii, pochodzeniu etnicznym lub polityce</translation>
    </message>
    <message>
        <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person&apos;s exact words); your supervisor will see that you were asked.</source>
        <translation>Zapisano:
{lines}

Czy to jest potrzebne do opisania zachowania? Religia, pochodzenie etniczne ani poglądy polityczne same w sobie nigdy nie są wskaźnikami. Proszę zostawić te słowa tylko wtedy, gdy są potrzebne (na przykład dosłowne słowa osoby); przełożony zobaczy, że padło to pytanie.</translation>
    </message>
    <message>
        <source>Necessary: keep and submit</source>
        <translation>Potrzebne: zostaw i wyślij</translation>
    </message>
    <message>
        <source>Change the wording</source>
        <translation>Zmień sformułowanie</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation>Ustawienia zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>radprev — create the encrypted database</source>
        <translation>radprev — tworzenie zaszyfrowanej bazy danych</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>Creating the encrypted database; measuring this computer&apos;s speed for the password key…</source>
        <translation>Tworzenie zaszyfrowanej bazy danych; pomiar szybkości komputera dla klucza hasła…</translation>
    </message>
</context>
<context>
    <name>SubjectDetailPage</name>
    <message>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Oddział / cela</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Termin weryfikacji akt</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograniczenie</translation>
    </message>
    <message>
        <source>Your reason for access</source>
        <translation>Twój cel dostępu</translation>
    </message>
    <message>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <source>New chec&amp;klist run</source>
        <translation>N&amp;owa lista kontrolna</translation>
    </message>
    <message>
        <source>Con&amp;tinue draft</source>
        <translation>&amp;Kontynuuj szkic</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>Edytuj &amp;dane…</translation>
    </message>
    <message>
        <source>Change &amp;reason…</source>
        <translation>&amp;Zmień cel…</translation>
    </message>
    <message>
        <source>&amp;Write my new observation before seeing earlier reports</source>
        <translation>N&amp;apiszę nową obserwację, zanim zobaczę wcześniejsze zapisy</translation>
    </message>
    <message>
        <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
        <translation>Czytanie wcześniejszych zapisów może wpłynąć na to, co napiszesz. Ukryte do czasu przekazania.</translation>
    </message>
    <message>
        <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
        <translation>Wcześniejsze zapisy są ukryte, dopóki nie napiszesz swojej obserwacji. Naciśnij „Nowa obserwacja” albo „Pokaż wcześniejsze zapisy”, jeśli chcesz tylko czytać.</translation>
    </message>
    <message>
        <source>&amp;Show earlier reports</source>
        <translation>Pokaż &amp;wcześniejsze zapisy</translation>
    </message>
    <message>
        <source>Observations, newest first</source>
        <translation>Obserwacje, od najnowszych</translation>
    </message>
    <message>
        <source>Selected observation</source>
        <translation>Wybrana obserwacja</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Wypełnione listy kontrolne</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Listy kontrolne</translation>
    </message>
    <message>
        <source>Changes to details</source>
        <translation>Zmiany danych</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Skierowania</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Przeniesienia</translation>
    </message>
    <message>
        <source>The file was not opened: no reason given.</source>
        <translation>Akt nie otwarto: nie podano celu dostępu.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Akta: {name}</translation>
    </message>
    <message>
        <source>Recorded at {est}: it arrived with the prisoner&apos;s file and is read-only here.</source>
        <translation>Zapisano w {est}: przyszło z teczką osadzonego i tutaj jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>Restricted: accuracy disputed</source>
        <translation>Ograniczone: kwestionowana prawidłowość</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>{at}: {who} changed {fields} — {reason}</source>
        <translation>{at}: {who} zmienił(a) {fields} — {reason}</translation>
    </message>
    <message>
        <source>No changes since the file was created.</source>
        <translation>Brak zmian od założenia akt.</translation>
    </message>
    <message>
        <source>{at}: {decision} by {who} (version {version}){comment}</source>
        <translation>{at}: {decision} — {who} (wersja {version}){comment}</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Weryfikacje</translation>
    </message>
    <message>
        <source>History of the observation of {when}</source>
        <translation>Historia obserwacji z {when}</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <source>Edit prisoner</source>
        <translation>Edytuj dane osadzonego</translation>
    </message>
    <message>
        <source>Add prisoner</source>
        <translation>Dodaj osadzonego</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <source>Why is this changed? (required)</source>
        <translation>Dlaczego to jest zmieniane? (wymagane)</translation>
    </message>
    <message>
        <source>&amp;Prison number:</source>
        <translation>&amp;Numer ewidencyjny:</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nazwis&amp;ko:</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Imiona:</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Rok urodzenia:</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation>&amp;Cela:</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Cela</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>&amp;Reason for change:</source>
        <translation>&amp;Powód zmiany:</translation>
    </message>
    <message>
        <source>Reason for change</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded:</source>
        <translation>Podobni osadzeni już zapisani:</translation>
    </message>
    <message>
        <source>Similar prisoners already recorded</source>
        <translation>Podobni osadzeni już zapisani</translation>
    </message>
    <message>
        <source>&amp;Open this file instead</source>
        <translation>&amp;Otwórz zamiast tego te akta</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner&apos;s rectification request on the details. The unit, cell and status can still be changed.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: numer ewidencyjny, nazwisko, imiona i rok urodzenia poprawia się tylko w odpowiedzi na wniosek osadzonego o sprostowanie danych. Oddział, celę i stan można nadal zmieniać.</translation>
    </message>
    <message>
        <source>{number} — {name}, born {year}, unit {unit}</source>
        <translation>{number} — {name}, ur. {year}, oddział {unit}</translation>
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
        <translation>Osadzeni</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <source>Find prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <source>name or prison number</source>
        <translation>nazwisko lub numer ewidencyjny</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>&amp;Add prisoner…</source>
        <translation>&amp;Dodaj osadzonego…</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>Otwórz &amp;akta</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message numerus="yes">
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n osadzony</numerusform>
            <numerusform>%n osadzonych</numerusform>
            <numerusform>%n osadzonych</numerusform>
        </translation>
    </message>
    <message>
        <source>Matching prisoners: scroll for more</source>
        <translation>Pasujący osadzeni: przewiń, aby zobaczyć więcej</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>What the last action did</source>
        <translation>Wynik ostatniej czynności</translation>
    </message>
    <message>
        <source>Export to the central office</source>
        <translation>Eksport do centrali</translation>
    </message>
    <message>
        <source>Central office:</source>
        <translation>Centrala:</translation>
    </message>
    <message>
        <source>Last export:</source>
        <translation>Ostatni eksport:</translation>
    </message>
    <message>
        <source>Next export due:</source>
        <translation>Termin następnego eksportu:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Oczekujące zmiany:</translation>
    </message>
    <message>
        <source>Awaiting receipt:</source>
        <translation>Czeka na potwierdzenie odbioru:</translation>
    </message>
    <message>
        <source>This workstation&apos;s check code:</source>
        <translation>Kod kontrolny tego stanowiska:</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>Eksportuj &amp;do folderu…</translation>
    </message>
    <message>
        <source>&amp;Re-send unacknowledged…</source>
        <translation>&amp;Wyślij ponownie niepotwierdzone…</translation>
    </message>
    <message>
        <source>&amp;Import receipt or bundle…</source>
        <translation>&amp;Importuj potwierdzenie lub pakiet referencyjny…</translation>
    </message>
    <message>
        <source>&amp;Trust central certificate…</source>
        <translation>&amp;Zaufaj certyfikatowi centrali…</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Dostarczenie</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Packages written</source>
        <translation>Zapisane pakiety</translation>
    </message>
    <message>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importuj pakiety…</translation>
    </message>
    <message>
        <source>Import a whole &amp;folder…</source>
        <translation>Importuj cały &amp;folder…</translation>
    </message>
    <message>
        <source>Write &amp;receipt…</source>
        <translation>Zapisz &amp;potwierdzenie odbioru…</translation>
    </message>
    <message>
        <source>Write reference &amp;bundle…</source>
        <translation>Zapisz pakiet &amp;referencyjny…</translation>
    </message>
    <message>
        <source>Write &amp;certificate…</source>
        <translation>Zapisz &amp;certyfikat…</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Ostatni pakiet</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Brakujące</translation>
    </message>
    <message>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <source>Failed imports</source>
        <translation>Nieudane importy</translation>
    </message>
    <message>
        <source>Last import</source>
        <translation>Ostatni import</translation>
    </message>
    <message>
        <source>Check code</source>
        <translation>Kod kontrolny</translation>
    </message>
    <message>
        <source>{est} — check code {fp}</source>
        <translation>{est} — kod kontrolny {fp}</translation>
    </message>
    <message>
        <source>This office&apos;s check code: {fp}</source>
        <translation>Kod kontrolny tej centrali: {fp}</translation>
    </message>
    <message>
        <source>Central office {est} trusted (check code {fp}).</source>
        <translation>Zaufano centrali {est} (kod kontrolny {fp}).</translation>
    </message>
    <message>
        <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation&apos;s enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
        <translation>Pakiet pochodzi ze stanowiska, które nie jest zarejestrowane ({est}).
Jego kod kontrolny to:
{fp}

Aby je zarejestrować, wpisz kod kontrolny wydrukowany na arkuszu rejestracji tego stanowiska (na arkuszu nazywa się on odciskiem):</translation>
    </message>
    <message>
        <source>Check code for the enrolment sheet: {fp}</source>
        <translation>Kod kontrolny do arkusza rejestracji: {fp}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Take in a transferred &amp;prisoner…</source>
        <translation>Przyjmij przeniesionego &amp;osadzonego…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <source>&amp;Show prisoners of every establishment</source>
        <translation>&amp;Pokaż osadzonych wszystkich jednostek</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ostatnie zdarzenie</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Stanowiska</translation>
    </message>
    <message>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <source>All prisoners</source>
        <translation>Wszyscy osadzeni</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Przeniesienia</translation>
    </message>
    <message>
        <source>One person, two files</source>
        <translation>Jedna osoba, dwie teczki</translation>
    </message>
    <message>
        <source>Sync — central office</source>
        <translation>Synchronizacja — centrala</translation>
    </message>
    <message>
        <source>Sync — export to the central office</source>
        <translation>Synchronizacja — eksport do centrali</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet (an administrator trusts it).</source>
        <translation>Nie zaufano jeszcze żadnemu certyfikatowi centrali (robi to administrator).</translation>
    </message>
    <message>
        <source>package {n}, {when}</source>
        <translation>pakiet {n}, {when}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>{when} — OVERDUE</source>
        <translation>{when} — ZALEGŁY</translation>
    </message>
    <message>
        <source>(no receipt after {days} days: {late})</source>
        <translation>(brak potwierdzenia odbioru po {days} dniach: {late})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>delivered {when}</source>
        <translation>dostarczono {when}</translation>
    </message>
    <message>
        <source>awaiting receipt</source>
        <translation>czeka na potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>(re-send)</source>
        <translation>(ponowne wysłanie)</translation>
    </message>
    <message>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Wybierz nośnik USB lub folder na pakiet</translation>
    </message>
    <message>
        <source>Package {n} written: {path}</source>
        <translation>Zapisano pakiet {n}: {path}</translation>
    </message>
    <message>
        <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
        <translation>Rekordy: {records}, wpisy dziennika audytu: {audit}; zaszyfrowane dla centrali.</translation>
    </message>
    <message>
        <source>More changes are waiting: export again.</source>
        <translation>Czekają kolejne zmiany: wykonaj eksport ponownie.</translation>
    </message>
    <message>
        <source>Writing the export package</source>
        <translation>Zapisywanie pakietu eksportu</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certyfikat centrali</translation>
    </message>
    <message>
        <source>Certificates (*.json)</source>
        <translation>Certyfikaty (*.json)</translation>
    </message>
    <message>
        <source>Export packages (*.age)</source>
        <translation>Pakiety eksportu (*.age)</translation>
    </message>
    <message>
        <source>Receipts and bundles (*.tar)</source>
        <translation>Potwierdzenia odbioru i pakiety referencyjne (*.tar)</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Pliki do importu</translation>
    </message>
    <message>
        <source>Stopped: {count} file(s) were not imported.</source>
        <translation>Przerwano: {count} plik(ów) nie zaimportowano.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <source>Folder with packages</source>
        <translation>Folder z pakietami</translation>
    </message>
    <message>
        <source>No export packages (*.age) in that folder.</source>
        <translation>W tym folderze nie ma pakietów eksportu (*.age).</translation>
    </message>
    <message>
        <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation&apos;s enrolment sheet.</source>
        <translation>{file}: odrzucono — pochodzi ze stanowiska, które nie jest jeszcze zarejestrowane ({est}). Administrator rejestruje je po porównaniu jego kodu kontrolnego z arkuszem rejestracji tego stanowiska.</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: odrzucono — {reason}</translation>
    </message>
    <message>
        <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
        <translation>{file}: import NIEUDANY — dziennik audytu pakietu przeczy wpisom tego stanowiska, które biuro już posiada.</translation>
    </message>
    <message>
        <source>The check code typed for the previous package was refused: {why}</source>
        <translation>Kod kontrolny wpisany dla poprzedniego pakietu został odrzucony: {why}</translation>
    </message>
    <message>
        <source>Enrol a new workstation?</source>
        <translation>Zarejestrować nowe stanowisko?</translation>
    </message>
    <message>
        <source>Workstation enrolled.</source>
        <translation>Stanowisko zarejestrowano.</translation>
    </message>
    <message>
        <source>Folder for the receipt</source>
        <translation>Folder na potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>Receipt written: {path}</source>
        <translation>Zapisano potwierdzenie odbioru: {path}</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder na pakiet referencyjny</translation>
    </message>
    <message>
        <source>Reference bundle written: {path}</source>
        <translation>Zapisano pakiet referencyjny: {path}</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Zapisz certyfikat</translation>
    </message>
    <message>
        <source>Certificate written: {path}</source>
        <translation>Zapisano certyfikat: {path}</translation>
    </message>
</context>
<context>
    <name>TakeInDialog</name>
    <message>
        <source>Take in a transferred prisoner</source>
        <translation>Przyjęcie przeniesionego osadzonego</translation>
    </message>
    <message>
        <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner&apos;s earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
        <translation>Wybierz pakiet przeniesienia (radprev-transfer_….age) przesłany przez biuro centralne. Wcześniejsze zapisy osadzonego pozostają tylko do odczytu, oznaczone jednostką, która je utworzyła; nowe zapisy kontynuują tutaj tę samą teczkę.</translation>
    </message>
    <message>
        <source>Transfer bundle</source>
        <translation>Pakiet przeniesienia</translation>
    </message>
    <message>
        <source>Leave empty to keep the earlier number</source>
        <translation>Pozostaw puste, aby zachować wcześniejszy numer</translation>
    </message>
    <message>
        <source>No unit yet</source>
        <translation>Jeszcze bez oddziału</translation>
    </message>
    <message>
        <source>Transfer &amp;bundle:</source>
        <translation>P&amp;akiet przeniesienia:</translation>
    </message>
    <message>
        <source>&amp;Prison number here:</source>
        <translation>&amp;Numer ewidencyjny tutaj:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Przyjmij</translation>
    </message>
    <message>
        <source>Choose the transfer bundle.</source>
        <translation>Wybierz pakiet przeniesienia.</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <source>Offered to officers</source>
        <translation>Oferowany funkcjonariuszom</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Szablony list kontrolnych</translation>
    </message>
    <message>
        <source>&amp;Import template from a file…</source>
        <translation>&amp;Importuj szablon z pliku…</translation>
    </message>
    <message>
        <source>Import template from a file</source>
        <translation>Importuj szablon z pliku</translation>
    </message>
    <message>
        <source>&amp;Offer this version to officers</source>
        <translation>&amp;Oferuj tę wersję funkcjonariuszom</translation>
    </message>
    <message>
        <source>Offer this version to officers</source>
        <translation>Oferuj tę wersję funkcjonariuszom</translation>
    </message>
    <message>
        <source>Problems found in the template</source>
        <translation>Problemy znalezione w szablonie</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Import szablonu listy kontrolnej</translation>
    </message>
    <message>
        <source>Templates (*.json)</source>
        <translation>Szablony (*.json)</translation>
    </message>
    <message>
        <source>The template was not imported. Problems found:</source>
        <translation>Szablon nie został zaimportowany. Znalezione problemy:</translation>
    </message>
    <message>
        <source>This template version is already stored; nothing changed.</source>
        <translation>Ta wersja szablonu jest już zapisana; nic nie zmieniono.</translation>
    </message>
    <message>
        <source>Template {code} version {version} imported.</source>
        <translation>Zaimportowano szablon {code} w wersji {version}.</translation>
    </message>
    <message>
        <source>Choose a template version in the list first.</source>
        <translation>Najpierw wybierz wersję szablonu z listy.</translation>
    </message>
    <message>
        <source>Officers are now offered {code} version {version}.</source>
        <translation>Funkcjonariusze otrzymują teraz {code} w wersji {version}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
        <translation>SZKOLENIE — ćwiczenia na fikcyjnych scenariuszach. Nic tutaj nie jest prawdziwym zapisem.</translation>
    </message>
    <message>
        <source>Training mode</source>
        <translation>Tryb szkoleniowy</translation>
    </message>
    <message>
        <source>TRAINING — {title}</source>
        <translation>SZKOLENIE — {title}</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Your duty</source>
        <translation>Twoja służba</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Record what you saw and heard as you would on duty, then submit it.</source>
        <translation>Zapisz to, co widać i słychać, tak jak na służbie, a potem wyślij.</translation>
    </message>
    <message>
        <source>Feedback on your answer only: no prisoner is ever scored.</source>
        <translation>Uwagi dotyczą wyłącznie twojej odpowiedzi: żaden osadzony nie jest oceniany.</translation>
    </message>
    <message>
        <source>The observable facts</source>
        <translation>Fakty możliwe do zaobserwowania</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Training</source>
        <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>&amp;Practise</source>
        <translation>Ć&amp;wiczenia</translation>
    </message>
    <message>
        <source>&amp;Trainees</source>
        <translation>&amp;Szkoleni</translation>
    </message>
    <message>
        <source>Scenarios:</source>
        <translation>Scenariusze:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Scenariusze szkoleniowe</translation>
    </message>
    <message>
        <source>&amp;Start this exercise</source>
        <translation>&amp;Rozpocznij to ćwiczenie</translation>
    </message>
    <message>
        <source>What you will see and hear</source>
        <translation>Co zobaczysz i usłyszysz</translation>
    </message>
    <message>
        <source>Your exercises:</source>
        <translation>Twoje ćwiczenia:</translation>
    </message>
    <message>
        <source>Your exercises</source>
        <translation>Twoje ćwiczenia</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <source>&amp;Continue the exercise</source>
        <translation>&amp;Kontynuuj ćwiczenie</translation>
    </message>
    <message>
        <source>My training &amp;record…</source>
        <translation>Moja karta szkolenia (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Szkoleni</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Szkolony</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>Training &amp;record…</source>
        <translation>Karta szkolenia (P&amp;DF)…</translation>
    </message>
    <message>
        <source>The trainee&apos;s exercises</source>
        <translation>Ćwiczenia szkolonego</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Częste błędy</translation>
    </message>
    <message>
        <source>E&amp;xercises</source>
        <translation>Wykonane ćwiczen&amp;ia</translation>
    </message>
    <message>
        <source>Common mista&amp;kes</source>
        <translation>Częste &amp;błędy</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Jak dotąd bez błędów.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Zapisać niezaszyfrowany plik PDF?</translation>
    </message>
    <message>
        <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
        <translation>Plik PDF NIE będzie zaszyfrowany. Zapis zostanie odnotowany w dzienniku audytu.</translation>
    </message>
    <message>
        <source>Save the training record</source>
        <translation>Zapisz kartę szkolenia</translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation>Zapisano {name}</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <source>Create the training database</source>
        <translation>Utwórz szkoleniową bazę danych</translation>
    </message>
    <message>
        <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
        <translation>Ćwiczenia odbywają się w osobnej szkoleniowej bazie danych, w {folder}: nigdy w prawdziwej, nigdy nie są eksportowane, a każda drukowana strona ma napis SZKOLENIE — TO NIE JEST PRAWDZIWY ZAPIS. Zostaniesz jej administratorem: szkolonych (rola funkcjonariusz) i szkoleniowca dodasz na stronie Administracja.</translation>
    </message>
    <message>
        <source>Administrator&apos;s username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <source>Administrator&apos;s full name</source>
        <translation>Imię i nazwisko administratora</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Oddział szkoleniowy</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>The training database is ready. Its recovery code (shown once; keep it with the trainer&apos;s papers):

{code}</source>
        <translation>Szkoleniowa baza danych jest gotowa. Jej kod odzyskiwania (pokazywany raz; przechowuj go z dokumentami szkoleniowca):

{code}</translation>
    </message>
</context>
<context>
    <name>TrainingShell</name>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Record a transfer</source>
        <translation>Zapisz przeniesienie</translation>
    </message>
    <message>
        <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
        <translation>{name} opuszcza {here}. Przeniesienie trafi do następnego eksportu; biuro centralne prześle następnie teczkę jednostce przyjmującej.</translation>
    </message>
    <message>
        <source>&amp;To establishment (code):</source>
        <translation>&amp;Do jednostki (kod):</translation>
    </message>
    <message>
        <source>&amp;Date of the move:</source>
        <translation>D&amp;ata przeniesienia:</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notatka (opcjonalnie):</translation>
    </message>
    <message>
        <source>&amp;Record transfer</source>
        <translation>&amp;Zapisz przeniesienie</translation>
    </message>
</context>
<context>
    <name>TransfersTab</name>
    <message>
        <source>Record &amp;transfer…</source>
        <translation>Zapisz &amp;przeniesienie…</translation>
    </message>
    <message>
        <source>Release &amp;handover…</source>
        <translation>Przekazanie po &amp;zwolnieniu…</translation>
    </message>
    <message>
        <source>Transfers and handovers</source>
        <translation>Przeniesienia i przekazania</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Przeniesienia</translation>
    </message>
    <message>
        <source>{day}: from {src} to {dst}</source>
        <translation>{day}: z {src} do {dst}</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nie odnotowano przeniesienia.</translation>
    </message>
    <message>
        <source>Known as: {numbers}</source>
        <translation>Znany jako: {numbers}</translation>
    </message>
    <message>
        <source>Release handovers</source>
        <translation>Przekazania po zwolnieniu</translation>
    </message>
    <message>
        <source>{at}: to {who} (document {doc})</source>
        <translation>{at}: dla {who} (dokument {doc})</translation>
    </message>
    <message>
        <source>Handover written: {pdf} and {package}</source>
        <translation>Zapisano przekazanie: {pdf} i {package}</translation>
    </message>
</context>
<context>
    <name>TransfersToIssuePanel</name>
    <message>
        <source>&amp;Issue transfer bundle…</source>
        <translation>&amp;Wydaj pakiet przeniesienia…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Receiving workstations</source>
        <translation>Stanowiska przyjmujące</translation>
    </message>
    <message>
        <source>Transfers awaiting a bundle</source>
        <translation>Przeniesienia czekające na pakiet</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Folder na pakiet przeniesienia</translation>
    </message>
    <message>
        <source>Bundle {file} written for {est} ({n} records).</source>
        <translation>Zapisano pakiet {file} dla {est} (zapisów: {n}).</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Trust the central office certificate</source>
        <translation>Zaufaj certyfikatowi centrali</translation>
    </message>
    <message>
        <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
        <translation>Centrala: {est}. Wpisz kod kontrolny wydrukowany na arkuszu rejestracji (na arkuszu nazywa się on odciskiem). Każda grupa czterech znaków zmienia kolor na zielony, gdy zgadza się z certyfikatem.</translation>
    </message>
    <message>
        <source>Check code of the certificate</source>
        <translation>Kod kontrolny certyfikatu</translation>
    </message>
    <message>
        <source>Check code from the enrolment sheet</source>
        <translation>Kod kontrolny z arkusza rejestracji</translation>
    </message>
    <message>
        <source>The check codes match.</source>
        <translation>Kody kontrolne są zgodne.</translation>
    </message>
    <message>
        <source>The check codes do NOT match. Do not trust this certificate.</source>
        <translation>Kody kontrolne NIE są zgodne. Nie ufaj temu certyfikatowi.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Zresetuj &amp;hasło…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>W&amp;yłącz</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Włącz</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Un&amp;its and access…</source>
        <translation>Oddz&amp;iały i dostęp…</translation>
    </message>
    <message>
        <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
        <translation>Usunięcie lub wyłączenie konta kasuje jego hasło i od razu kończy jego otwarte sesje na wszystkich komputerach; magazyn centralny nie ma klucza do zmiany.</translation>
    </message>
    <message>
        <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
        <translation>Usunięcie konta szyfruje całą bazę danych nowym kluczem, więc usunięte hasło niczego już nie otworzy. Może to chwilę potrwać; okno pozostaje aktywne.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>must change password</source>
        <translation>musi zmienić hasło</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Jednostki</translation>
    </message>
    <message>
        <source>E&amp;stablishments and access…</source>
        <translation>Jednostk&amp;i i dostęp…</translation>
    </message>
    <message>
        <source>whole establishment</source>
        <translation>cała jednostka</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Najpierw wybierz konto z listy.</translation>
    </message>
    <message>
        <source>Account {user} added.</source>
        <translation>Dodano konto {user}.</translation>
    </message>
    <message>
        <source>The account&apos;s access was saved.</source>
        <translation>Zapisano dostęp konta.</translation>
    </message>
    <message>
        <source>The password was reset.</source>
        <translation>Hasło zostało zresetowane.</translation>
    </message>
    <message>
        <source>Disabling {user}</source>
        <translation>Wyłączanie konta {user}</translation>
    </message>
    <message>
        <source>Account {user} disabled; their open sessions were ended.</source>
        <translation>Konto {user} wyłączone; jego otwarte sesje zostały zakończone.</translation>
    </message>
    <message>
        <source>Disabling {user} and re-encrypting the database</source>
        <translation>Wyłączanie konta {user} i ponowne szyfrowanie bazy danych</translation>
    </message>
    <message>
        <source>Account {user} disabled; the database has a new key.</source>
        <translation>Konto {user} wyłączone; baza danych ma nowy klucz.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
        <translation>Usunąć konto {user}? Jego klucz zostanie usunięty, a cała baza danych zaszyfrowana nowym kluczem. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <source>Account {user} removed; the database has a new key.</source>
        <translation>Usunięto konto {user}; baza danych ma nowy klucz.</translation>
    </message>
    <message>
        <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
        <translation>Usunąć konto {user}? Jego hasło przestaje działać od razu, a jego otwarte sesje zostają zakończone. Tego nie można cofnąć.</translation>
    </message>
    <message>
        <source>Removing {user}</source>
        <translation>Usuwanie konta {user}</translation>
    </message>
    <message>
        <source>Account {user} removed; their open sessions were ended.</source>
        <translation>Konto {user} usunięte; jego otwarte sesje zostały zakończone.</translation>
    </message>
    <message>
        <source>Removing {user} and re-encrypting the database</source>
        <translation>Usuwanie konta {user} i ponowne szyfrowanie bazy danych</translation>
    </message>
</context>
<context>
    <name>WorkerJob</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>WorkerRunner</name>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
</context>
<context>
    <name>_FileField</name>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <source>logged in</source>
        <translation>zalogowanie</translation>
    </message>
    <message>
        <source>logged out</source>
        <translation>wylogowanie</translation>
    </message>
    <message>
        <source>locked the screen</source>
        <translation>zablokowanie ekranu</translation>
    </message>
    <message>
        <source>ended the recovery session</source>
        <translation>zakończenie sesji odzyskiwania</translation>
    </message>
    <message>
        <source>was told of failed login attempts</source>
        <translation>informacja o nieudanych próbach logowania</translation>
    </message>
    <message>
        <source>tried to log in with an unknown username</source>
        <translation>próba logowania nieznaną nazwą użytkownika</translation>
    </message>
    <message>
        <source>changed their password</source>
        <translation>zmiana własnego hasła</translation>
    </message>
    <message>
        <source>reset a colleague&apos;s password</source>
        <translation>zresetowanie hasła innego użytkownika</translation>
    </message>
    <message>
        <source>used the recovery code</source>
        <translation>użycie kodu odzyskiwania</translation>
    </message>
    <message>
        <source>added an account</source>
        <translation>dodanie konta</translation>
    </message>
    <message>
        <source>changed an account</source>
        <translation>zmiana konta</translation>
    </message>
    <message>
        <source>disabled an account</source>
        <translation>wyłączenie konta</translation>
    </message>
    <message>
        <source>enabled an account</source>
        <translation>włączenie konta</translation>
    </message>
    <message>
        <source>removed an account</source>
        <translation>usunięcie konta</translation>
    </message>
    <message>
        <source>created the encrypted database</source>
        <translation>utworzenie zaszyfrowanej bazy danych</translation>
    </message>
    <message>
        <source>gave the encrypted database a new key</source>
        <translation>nadanie zaszyfrowanej bazie danych nowego klucza</translation>
    </message>
    <message>
        <source>restored the database from a backup</source>
        <translation>odtworzenie bazy danych z kopii zapasowej</translation>
    </message>
    <message>
        <source>made a backup</source>
        <translation>wykonanie kopii zapasowej</translation>
    </message>
    <message>
        <source>checked the database</source>
        <translation>sprawdzenie bazy danych</translation>
    </message>
    <message>
        <source>changed the settings</source>
        <translation>zmiana ustawień</translation>
    </message>
    <message>
        <source>imported a checklist template</source>
        <translation>import szablonu listy kontrolnej</translation>
    </message>
    <message>
        <source>offered a checklist template version to officers</source>
        <translation>udostępnienie funkcjonariuszom wersji szablonu listy kontrolnej</translation>
    </message>
    <message>
        <source>added a prisoner</source>
        <translation>dodanie osadzonego</translation>
    </message>
    <message>
        <source>changed a prisoner&apos;s details</source>
        <translation>zmiana danych osadzonego</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s file</source>
        <translation>otwarcie akt osadzonego</translation>
    </message>
    <message>
        <source>opened a prisoner&apos;s details (no observation)</source>
        <translation>otwarcie danych osadzonego (bez obserwacji)</translation>
    </message>
    <message>
        <source>erased a prisoner&apos;s file</source>
        <translation>usunięcie akt osadzonego</translation>
    </message>
    <message>
        <source>erased a rejected report past its retention period</source>
        <translation>usunął odrzucony raport po upływie okresu przechowywania</translation>
    </message>
    <message>
        <source>restricted processing of a file</source>
        <translation>ograniczył przetwarzanie akt</translation>
    </message>
    <message>
        <source>lifted the restriction of a file</source>
        <translation>uchylił ograniczenie akt</translation>
    </message>
    <message>
        <source>recorded a rectification request or a dispute</source>
        <translation>zarejestrował(a) wniosek o sprostowanie lub zakwestionowanie</translation>
    </message>
    <message>
        <source>decided a rectification request or a dispute</source>
        <translation>rozstrzygnął(ęła) wniosek o sprostowanie lub zakwestionowanie</translation>
    </message>
    <message>
        <source>exported a person&apos;s data for their access request</source>
        <translation>wyeksportował(a) dane osoby na jej wniosek o dostęp</translation>
    </message>
    <message>
        <source>asked a data-protection question of the audit log</source>
        <translation>zadał pytanie o ochronę danych w dzienniku audytu</translation>
    </message>
    <message>
        <source>decided to keep a file after its review</source>
        <translation>decyzja o zachowaniu akt po weryfikacji</translation>
    </message>
    <message>
        <source>anonymised a prisoner&apos;s file</source>
        <translation>anonimizacja akt osadzonego</translation>
    </message>
    <message>
        <source>started an observation</source>
        <translation>rozpoczęcie obserwacji</translation>
    </message>
    <message>
        <source>changed a draft observation</source>
        <translation>zmiana szkicu obserwacji</translation>
    </message>
    <message>
        <source>discarded a draft observation</source>
        <translation>odrzucenie szkicu obserwacji</translation>
    </message>
    <message>
        <source>submitted an observation</source>
        <translation>przekazanie obserwacji</translation>
    </message>
    <message>
        <source>corrected an observation</source>
        <translation>korekta obserwacji</translation>
    </message>
    <message>
        <source>changed an observation&apos;s classification</source>
        <translation>zmiana klauzuli obserwacji</translation>
    </message>
    <message>
        <source>read an observation to review it</source>
        <translation>odczyt obserwacji do weryfikacji</translation>
    </message>
    <message>
        <source>reviewed an observation</source>
        <translation>weryfikacja obserwacji</translation>
    </message>
    <message>
        <source>read who told an officer (restricted)</source>
        <translation>odczyt źródła informacji (zastrzeżone)</translation>
    </message>
    <message>
        <source>started a checklist</source>
        <translation>rozpoczęcie listy kontrolnej</translation>
    </message>
    <message>
        <source>opened a checklist</source>
        <translation>otwarcie listy kontrolnej</translation>
    </message>
    <message>
        <source>saved checklist answers</source>
        <translation>zapis odpowiedzi listy kontrolnej</translation>
    </message>
    <message>
        <source>completed a checklist</source>
        <translation>zakończenie listy kontrolnej</translation>
    </message>
    <message>
        <source>corrected a checklist</source>
        <translation>korekta listy kontrolnej</translation>
    </message>
    <message>
        <source>discarded an empty checklist</source>
        <translation>odrzucenie pustej listy kontrolnej</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s checklists</source>
        <translation>wyświetlenie list kontrolnych osadzonego</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s referrals</source>
        <translation>wyświetlenie skierowań osadzonego</translation>
    </message>
    <message>
        <source>listed a prisoner&apos;s transfers</source>
        <translation>wyświetlenie przeniesień osadzonego</translation>
    </message>
    <message>
        <source>listed the transfers awaiting a bundle</source>
        <translation>wyświetlenie przeniesień oczekujących na pakiet</translation>
    </message>
    <message>
        <source>made a report</source>
        <translation>sporządzenie raportu</translation>
    </message>
    <message>
        <source>looked at a report on screen</source>
        <translation>podgląd raportu na ekranie</translation>
    </message>
    <message>
        <source>printed a report</source>
        <translation>wydruk raportu</translation>
    </message>
    <message>
        <source>saved a report as an unencrypted PDF</source>
        <translation>zapis raportu jako niezaszyfrowanego pliku PDF</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>odczyt dziennika audytu</translation>
    </message>
    <message>
        <source>exported the audit log</source>
        <translation>eksport dziennika audytu</translation>
    </message>
    <message>
        <source>verified the audit log</source>
        <translation>sprawdzenie dziennika audytu</translation>
    </message>
    <message>
        <source>wrote an export package</source>
        <translation>zapis pakietu eksportu</translation>
    </message>
    <message>
        <source>imported a receipt</source>
        <translation>import potwierdzenia odbioru</translation>
    </message>
    <message>
        <source>wrote a receipt</source>
        <translation>zapis potwierdzenia odbioru</translation>
    </message>
    <message>
        <source>imported a reference bundle</source>
        <translation>import pakietu referencyjnego</translation>
    </message>
    <message>
        <source>wrote a reference bundle</source>
        <translation>zapis pakietu referencyjnego</translation>
    </message>
    <message>
        <source>imported an export package</source>
        <translation>import pakietu eksportu</translation>
    </message>
    <message>
        <source>refused a package</source>
        <translation>odrzucenie pakietu</translation>
    </message>
    <message>
        <source>could not import a package</source>
        <translation>nieudany import pakietu</translation>
    </message>
    <message>
        <source>trusted the central office certificate</source>
        <translation>uznanie certyfikatu centrali za zaufany</translation>
    </message>
    <message>
        <source>created the central office keys</source>
        <translation>utworzenie kluczy centrali</translation>
    </message>
    <message>
        <source>wrote the central office certificate</source>
        <translation>zapis certyfikatu centrali</translation>
    </message>
    <message>
        <source>set who receives the central backups</source>
        <translation>ustalenie odbiorcy kopii zapasowych centrali</translation>
    </message>
    <message>
        <source>enrolled a workstation</source>
        <translation>rejestracja stanowiska</translation>
    </message>
    <message>
        <source>resolved a sync conflict</source>
        <translation>rozstrzygnięcie konfliktu synchronizacji</translation>
    </message>
    <message>
        <source>looked at a sync conflict</source>
        <translation>podgląd konfliktu synchronizacji</translation>
    </message>
    <message>
        <source>looked at prisoners of every establishment</source>
        <translation>podgląd osadzonych wszystkich jednostek</translation>
    </message>
    <message>
        <source>generated demonstration data</source>
        <translation>wygenerowanie danych demonstracyjnych</translation>
    </message>
    <message>
        <source>granted access to a whole establishment</source>
        <translation>nadanie dostępu do całej jednostki</translation>
    </message>
    <message>
        <source>withdrew access to a whole establishment</source>
        <translation>cofnięcie dostępu do całej jednostki</translation>
    </message>
    <message>
        <source>found the audit log cut short or altered</source>
        <translation>wykrycie skrócenia lub zmiany dziennika audytu</translation>
    </message>
    <message>
        <source>deleted backups that removed accounts could open</source>
        <translation>usunięcie kopii zapasowych, które mogły otworzyć usunięte konta</translation>
    </message>
    <message>
        <source>looked at the dashboard</source>
        <translation>podgląd pulpitu</translation>
    </message>
    <message>
        <source>made a release handover for the probation service</source>
        <translation>przekazanie danych przy zwolnieniu dla służby kuratorskiej</translation>
    </message>
    <message>
        <source>looked at suggested links between files</source>
        <translation>podgląd proponowanych powiązań teczek</translation>
    </message>
    <message>
        <source>read an observation&apos;s earlier versions</source>
        <translation>odczyt wcześniejszych wersji obserwacji</translation>
    </message>
    <message>
        <source>read an observation</source>
        <translation>odczyt obserwacji</translation>
    </message>
    <message>
        <source>listed observations</source>
        <translation>wyświetlenie listy obserwacji</translation>
    </message>
    <message>
        <source>referred a prisoner to a programme</source>
        <translation>skierowanie osadzonego na program</translation>
    </message>
    <message>
        <source>changed a programme referral</source>
        <translation>zmiana skierowania na program</translation>
    </message>
    <message>
        <source>looked at the observations waiting for review</source>
        <translation>podgląd obserwacji oczekujących na weryfikację</translation>
    </message>
    <message>
        <source>searched the records</source>
        <translation>przeszukanie zapisów</translation>
    </message>
    <message>
        <source>linked two files as the same person</source>
        <translation>powiązanie dwóch teczek jako tej samej osoby</translation>
    </message>
    <message>
        <source>decided two files are different people</source>
        <translation>decyzja, że dwie teczki dotyczą różnych osób</translation>
    </message>
    <message>
        <source>undid a link between two files</source>
        <translation>cofnięcie powiązania dwóch teczek</translation>
    </message>
    <message>
        <source>looked for possible duplicates of a new prisoner</source>
        <translation>sprawdzenie możliwych duplikatów nowego osadzonego</translation>
    </message>
    <message>
        <source>listed prisoners</source>
        <translation>wyświetlenie listy osadzonych</translation>
    </message>
    <message>
        <source>searched for prisoners</source>
        <translation>wyszukiwanie osadzonych</translation>
    </message>
    <message>
        <source>completed a training exercise</source>
        <translation>ukończenie ćwiczenia szkoleniowego</translation>
    </message>
    <message>
        <source>started a training exercise</source>
        <translation>rozpoczęcie ćwiczenia szkoleniowego</translation>
    </message>
    <message>
        <source>prepared a practice database</source>
        <translation>przygotowanie bazy ćwiczeniowej</translation>
    </message>
    <message>
        <source>issued a transfer bundle to another establishment</source>
        <translation>wydanie pakietu przeniesienia do innej jednostki</translation>
    </message>
    <message>
        <source>created the key for transfers</source>
        <translation>utworzenie klucza przeniesień</translation>
    </message>
    <message>
        <source>took in a prisoner from another establishment</source>
        <translation>przyjęcie osadzonego z innej jednostki</translation>
    </message>
    <message>
        <source>recorded a prisoner&apos;s transfer</source>
        <translation>odnotowanie przeniesienia osadzonego</translation>
    </message>
    <message>
        <source>started disabling an account</source>
        <translation>rozpoczęcie wyłączania konta</translation>
    </message>
    <message>
        <source>started removing an account</source>
        <translation>rozpoczęcie usuwania konta</translation>
    </message>
    <message>
        <source>prisoner</source>
        <extracomment>The kinds of object an entry names (&quot;prisoner 01JD…&quot;).</extracomment>
        <translation>osadzony</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>lista kontrolna</translation>
    </message>
    <message>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <source>checklist template</source>
        <translation>szablon listy kontrolnej</translation>
    </message>
    <message>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
    <message>
        <source>database</source>
        <translation>baza danych</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>kopia zapasowa</translation>
    </message>
    <message>
        <source>reference bundle</source>
        <translation>pakiet referencyjny</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>central office keys</source>
        <translation>klucze centrali</translation>
    </message>
    <message>
        <source>file</source>
        <translation>plik</translation>
    </message>
    <message>
        <source>prisoners</source>
        <translation>osadzeni</translation>
    </message>
    <message>
        <source>observations</source>
        <translation>obserwacje</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>trainee</source>
        <translation>osoba szkolona</translation>
    </message>
    <message>
        <source>training exercise</source>
        <translation>ćwiczenie szkoleniowe</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a whole number: %1</source>
        <translation>to nie jest liczba całkowita: %1</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>musi mieścić się między %1 a %2</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): %1</source>
        <translation>to nie jest data (RRRR-MM-DD): %1</translation>
    </message>
    <message>
        <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
        <translation>to nie jest data ani godzina (RRRR-MM-DD lub RRRR-MM-DDTGG:MM): %1</translation>
    </message>
    <message>
        <source>note: %1 (%2)</source>
        <translation>uwaga: %1 (%2)</translation>
    </message>
    <message>
        <source>Imported: %1 version %2</source>
        <translation>Zaimportowano: %1 w wersji %2</translation>
    </message>
    <message>
        <source>Already stored: %1 version %2</source>
        <translation>Już zapisany: %1 w wersji %2</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <source>stored, not active</source>
        <translation>zapisany, nieaktywny</translation>
    </message>
    <message>
        <source>Never indicators:</source>
        <translation>Nigdy nie są wskaźnikami:</translation>
    </message>
    <message>
        <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
        <translation>%1 w%2 — wypełnienie %3 w%4 (%5, autor: %6)</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment.</source>
        <translation>Zapis obserwacji — nie jest oceną zagrożenia.</translation>
    </message>
    <message>
        <source>domain  observed  not observed  unknown  unanswered</source>
        <translation>obszar  zaobserw.  niezaobserw.  nie wiadomo  bez odpowiedzi</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Podsumowanie: %1</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Następna weryfikacja: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Zapisano %1.</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>Zakończono.</translation>
    </message>
    <message>
        <source>Amended: version %1.</source>
        <translation>Wprowadzono poprawkę: wersja %1.</translation>
    </message>
    <message>
        <source>No checklist runs.</source>
        <translation>Brak wypełnionych list kontrolnych.</translation>
    </message>
    <message>
        <source>%1  %2 answered  %3</source>
        <translation>%1  odpowiedzi: %2  %3</translation>
    </message>
    <message>
        <source>No drafts.</source>
        <translation>Brak szkiców.</translation>
    </message>
    <message>
        <source>Draft discarded.</source>
        <translation>Szkic odrzucono.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; save it as UTF-8</source>
        <translation>%1 to tekst UTF-16; zapisz go jako UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file</source>
        <translation>%1 nie jest plikiem tekstowym</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
        <translation>%1 nie jest tekstem UTF-8 (nie można odczytać bajtu %2); zapisz go jako UTF-8</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standardowe wejście</translation>
    </message>
    <message>
        <source>the first line of %1 is too long for a password</source>
        <translation>pierwszy wiersz %1 jest za długi na hasło</translation>
    </message>
    <message>
        <source>the first line of %1 holds control characters</source>
        <translation>pierwszy wiersz %1 zawiera znaki sterujące</translation>
    </message>
    <message>
        <source>%1 is too long for the %2 (at most %3 bytes)</source>
        <translation>%1 jest za długi na: %2 (najwyżej %3 bajtów)</translation>
    </message>
    <message>
        <source>no terminal to ask for the password: use --password-file</source>
        <translation>brak terminala, aby zapytać o hasło: użyj --password-file</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>no terminal to ask for the new password: use %1</source>
        <translation>brak terminala, aby zapytać o nowe hasło: użyj %1</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>%1 again: </source>
        <translation>%1 ponownie: </translation>
    </message>
    <message>
        <source>no user given: use --user</source>
        <translation>nie podano użytkownika: użyj --user</translation>
    </message>
    <message>
        <source>Username: </source>
        <translation>Nazwa użytkownika: </translation>
    </message>
    <message>
        <source>note: %1 failed login attempts since your last login</source>
        <translation>uwaga: nieudane próby logowania od ostatniego logowania: %1</translation>
    </message>
    <message>
        <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
        <translation>ostrzeżenie: plik vault.anchor, który chroni dziennik audytu przed skróceniem, zniknął, jest uszkodzony albo jest starszą kopią (zapisano w dzienniku; powiadom administratora i audytora)</translation>
    </message>
    <message>
        <source>warning: audit log: %1 (recorded in the log)</source>
        <translation>ostrzeżenie: dziennik audytu: %1 (zapisano w dzienniku)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>uwaga: %1</translation>
    </message>
    <message>
        <source>These are NOT indicators and must never be ticked as such: %1</source>
        <comment>; </comment>
        <translation>To NIE są wskaźniki i nigdy nie wolno ich tak zaznaczać: %1</translation>
    </message>
    <message>
        <source>%1 Add --yes to confirm without a terminal.</source>
        <translation>%1 Dodaj --yes, aby potwierdzić bez terminala.</translation>
    </message>
    <message>
        <source>%1 [y/N] </source>
        <translation>%1 [t/N] </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Szablon listy kontrolnej jest nieprawidłowy: %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>przerwano</translation>
    </message>
    <message>
        <source>the vault&apos;s database cannot be used (%1); `radprev doctor` says more</source>
        <translation>nie można użyć bazy danych sejfu (%1); więcej powie `radprev doctor`</translation>
    </message>
    <message>
        <source>; a crash report was written to %1</source>
        <translation>; raport o awarii zapisano w %1</translation>
    </message>
    <message>
        <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
        <translation>błąd wewnętrzny (%1)%2. Uruchom polecenie ponownie z --debug, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>%1%2 (see %3 --help)</source>
        <translation>%1%2 (zobacz %3 --help)</translation>
    </message>
    <message>
        <source>a command is needed (see radprev --help)</source>
        <translation>potrzebne jest polecenie (zobacz radprev --help)</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 text</source>
        <translation>argument %1 nie jest poprawnym tekstem UTF-8</translation>
    </message>
    <message>
        <source>radprev: %1</source>
        <translation>radprev: %1</translation>
    </message>
    <message>
        <source>note: %1 prisoner(s) with a similar name are already recorded</source>
        <translation>uwaga: zarejestrowano już osadzonych o podobnym nazwisku: %1</translation>
    </message>
    <message>
        <source>PRISON NO</source>
        <translation>NR EWID.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWISKO</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>ODDZ.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>REVIEW DUE</source>
        <translation>WERYFIKACJA DO</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(ograniczone)</translation>
    </message>
    <message>
        <source>(%1 in all)</source>
        <translation>(razem: %1)</translation>
    </message>
    <message>
        <source>no similar prisoner recorded</source>
        <translation>nie zarejestrowano podobnego osadzonego</translation>
    </message>
    <message>
        <source>%1  (%2, born %3)</source>
        <translation>%1  (%2, rok urodzenia %3)</translation>
    </message>
    <message>
        <source>unit %1 cell %2, %3, review due %4</source>
        <translation>oddział %1 cela %2, %3, weryfikacja do %4</translation>
    </message>
    <message>
        <source>, RESTRICTED</source>
        <translation>, OGRANICZONE</translation>
    </message>
    <message>
        <source>Observations: %1</source>
        <translation>Obserwacje: %1</translation>
    </message>
    <message>
        <source>- %1 [%2, %3, v%4, grade %5] %6</source>
        <translation>- %1 [%2, %3, w%4, ocena %5] %6</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction: %1</source>
        <translation>Sprostowania, zakwestionowania i ograniczenie: %1</translation>
    </message>
    <message>
        <source>- %1 %2 (%3): %4 %5</source>
        <translation>- %1 %2 (%3): %4 %5</translation>
    </message>
    <message>
        <source>Processing of %1 is restricted.</source>
        <translation>Przetwarzanie akt %1 jest ograniczone.</translation>
    </message>
    <message>
        <source>The restriction of %1 is lifted.</source>
        <translation>Ograniczenie akt %1 zostało uchylone.</translation>
    </message>
    <message>
        <source>Recorded as %1 (%2).</source>
        <translation>Zapisano jako %1 (%2).</translation>
    </message>
    <message>
        <source>Decided: %1.</source>
        <translation>Rozstrzygnięto: %1.</translation>
    </message>
    <message>
        <source>%1
%2  (pages: %3, document %4)</source>
        <translation>%1
%2  (strony: %3, dokument %4)</translation>
    </message>
    <message>
        <source>only one of --facts-file and --assessment-file can be &apos;-&apos;</source>
        <translation>tylko jedno z --facts-file i --assessment-file może być &apos;-&apos;</translation>
    </message>
    <message>
        <source>standard input cannot hold both the password and a text</source>
        <translation>standardowe wejście nie może zawierać jednocześnie hasła i tekstu</translation>
    </message>
    <message>
        <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
        <translation>NATYCHMIASTOWA: zgłoś teraz osobiście lub telefonicznie; nie czekaj na eksport.</translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>nic nie znaleziono</translation>
    </message>
    <message>
        <source>%1: classification %2</source>
        <translation>%1: klauzula %2</translation>
    </message>
    <message>
        <source>(next review %1)</source>
        <translation>(następna weryfikacja %1)</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 would be erased.</source>
        <translation>Odrzucone raporty odrzucone przed %2, które zostałyby usunięte: %1.</translation>
    </message>
    <message>
        <source>%1 rejected report(s) rejected before %2 erased.</source>
        <translation>Usunięte odrzucone raporty (odrzucone przed %2): %1.</translation>
    </message>
    <message>
        <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
        <translation>Osadzeni: %1, obserwacje: %2 (wersje: %3), weryfikacje: %4.</translation>
    </message>
    <message>
        <source>Demo accounts (for demonstrations only):</source>
        <translation>Konta demonstracyjne (tylko do pokazów):</translation>
    </message>
    <message>
        <source>%1 is a folder: give a file name for the PDF</source>
        <translation>%1 jest folderem: podaj nazwę pliku PDF</translation>
    </message>
    <message>
        <source>%1  (pages: %2, document %3)</source>
        <translation>%1  (strony: %2, dokument %3)</translation>
    </message>
    <message>
        <source>text, 1–%1 characters</source>
        <translation>tekst, 1–%1 znaków</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>names separated by ;, lowest first</source>
        <translation>nazwy rozdzielone znakiem ;, od najniższej</translation>
    </message>
    <message>
        <source>%1: %2–%3 each</source>
        <translation>%1: każda %2–%3</translation>
    </message>
    <message>
        <source>arrives with reference bundles</source>
        <translation>przychodzi w pakietach referencyjnych</translation>
    </message>
    <message>
        <source>default %1; allowed: %2</source>
        <translation>domyślnie %1; dozwolone: %2</translation>
    </message>
    <message>
        <source>%1 arrives with reference bundles; it is not set by hand</source>
        <translation>%1 przychodzi w pakietach referencyjnych; nie ustawia się tego ręcznie</translation>
    </message>
    <message>
        <source>%1 takes PART=NUMBER pairs, not %2</source>
        <translation>%1 przyjmuje pary CZĘŚĆ=LICZBA, a nie %2</translation>
    </message>
    <message>
        <source>%1 takes one value</source>
        <translation>%1 przyjmuje jedną wartość</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>(each part&apos;s default)</source>
        <translation>(domyślne dla każdej części)</translation>
    </message>
    <message>
        <source>Certificate written to %1
Fingerprint: %2</source>
        <translation>Certyfikat zapisano w %1
Odcisk: %2</translation>
    </message>
    <message>
        <source>Central office %1 trusted (fingerprint %2).</source>
        <translation>Centrala %1 uznana za zaufaną (odcisk %2).</translation>
    </message>
    <message>
        <source>Workstation %1/%2 enrolled.</source>
        <translation>Zarejestrowano stanowisko %1/%2.</translation>
    </message>
    <message>
        <source>No workstation is enrolled yet.</source>
        <translation>Żadne stanowisko nie jest jeszcze zarejestrowane.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
        <translation>ostatni pakiet %1  brakuje %2  kwarantanna %3  konflikty %4  nieudane importy %5  odcisk %6</translation>
    </message>
    <message>
        <source>note: more changes are waiting; run export again</source>
        <translation>uwaga: czekają kolejne zmiany; uruchom eksport ponownie</translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation>nie ma takiego pliku: %1</translation>
    </message>
    <message>
        <source>no package files found</source>
        <translation>nie znaleziono plików pakietów</translation>
    </message>
    <message>
        <source>radprev: %1: %2</source>
        <translation>radprev: %1: %2</translation>
    </message>
    <message>
        <source>radprev: %1: rejected: %2</source>
        <translation>radprev: %1: odrzucono: %2</translation>
    </message>
    <message>
        <source>radprev: %1: import FAILED: %2</source>
        <translation>radprev: %1: import NIEUDANY: %2</translation>
    </message>
    <message>
        <source>Workstation %1/%2: packages missing %3.</source>
        <translation>Stanowisko %1/%2: brakujące pakiety %3.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Niczego nie zaimportowano.</translation>
    </message>
    <message>
        <source>%1 packages, last %2, missing %3</source>
        <translation>pakiety: %1, ostatni %2, brakuje %3</translation>
    </message>
    <message>
        <source>Central office trusted: %1</source>
        <translation>Centrala zaufana: %1</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NIE</translation>
    </message>
    <message>
        <source>Last export: %1 (package %2)</source>
        <translation>Ostatni eksport: %1 (pakiet %2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Next export due: %1</source>
        <translation>Następny eksport do: %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ZALEGŁY</translation>
    </message>
    <message>
        <source>Changes waiting: %1</source>
        <translation>Oczekujące zmiany: %1</translation>
    </message>
    <message>
        <source>Awaiting receipt: %1</source>
        <comment>, </comment>
        <translation>Oczekuje na potwierdzenie odbioru: %1</translation>
    </message>
    <message>
        <source>(overdue: %1)</source>
        <comment>, </comment>
        <translation>(zaległe: %1)</translation>
    </message>
    <message>
        <source>central certificate</source>
        <translation>certyfikat centrali</translation>
    </message>
    <message>
        <source>workstation signing key</source>
        <translation>klucz podpisu stanowiska</translation>
    </message>
    <message>
        <source>package %1 line %2</source>
        <translation>pakiet %1 wiersz %2</translation>
    </message>
    <message>
        <source>Nothing is in quarantine.</source>
        <translation>Nic nie jest w kwarantannie.</translation>
    </message>
    <message>
        <source>package %1</source>
        <translation>pakiet %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>wersja %1</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Brak konfliktów.</translation>
    </message>
    <message>
        <source>--database is for --mode central only (workstations keep a vault file)</source>
        <translation>--database jest tylko dla --mode central (stanowiska mają plik sejfu)</translation>
    </message>
    <message>
        <source>a central office has no units: leave out --unit</source>
        <translation>biuro centralne nie ma oddziałów: pomiń --unit</translation>
    </message>
    <message>
        <source>Administrator password</source>
        <translation>Hasło administratora</translation>
    </message>
    <message>
        <source>Central store created on %1</source>
        <translation>Utworzono magazyn centralny w %1</translation>
    </message>
    <message>
        <source>Settings (no password) in %1; use --vault %1 with every command.</source>
        <translation>Ustawienia (bez hasła) w %1; używaj --vault %1 w każdym poleceniu.</translation>
    </message>
    <message>
        <source>a central store backup needs --identity-file and --into SETTINGS</source>
        <translation>kopia zapasowa magazynu centralnego wymaga --identity-file i --into SETTINGS</translation>
    </message>
    <message>
        <source>Backup %1 restored into %2; point central.json at it.</source>
        <translation>Kopię zapasową %1 odtworzono w %2; wskaż ją w central.json.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Training wing</source>
        <translation>Oddział szkoleniowy</translation>
    </message>
    <message>
        <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
        <translation>Utworzono szkoleniową bazę danych w %1
Dodaj osoby szkolone (rola officer) i szkoleniowca (rola trainer) poleceniem
  %2
Kod odzyskiwania szkoleniowej bazy danych:

    %3
</translation>
    </message>
    <message>
        <source>Prisoner: %1, %2 — prison number %3</source>
        <translation>Osadzony: %1, %2 — numer ewidencyjny %3</translation>
    </message>
    <message>
        <source>Record your observation as you would on duty, then ask for feedback:</source>
        <translation>Zapisz swoją obserwację tak jak na służbie, a potem poproś o informację zwrotną:</translation>
    </message>
    <message>
        <source>you have no open exercise: start one with `radprev training start`</source>
        <translation>nie masz otwartego ćwiczenia: rozpocznij je poleceniem `radprev training start`</translation>
    </message>
    <message>
        <source>Vault created in %1</source>
        <translation>Sejf utworzono w %1</translation>
    </message>
    <message>
        <source>Recovery code (shown once; print it and keep it in the safe):</source>
        <translation>Kod odzyskiwania (pokazywany raz; wydrukuj go i przechowuj w sejfie):</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Hasło dla %1</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>Dodano %1 (%2).</translation>
    </message>
    <message>
        <source>USERNAME</source>
        <translation>UŻYTKOWNIK</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>UNITS</source>
        <translation>ODDZIAŁY</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <source>, must change password</source>
        <translation>, musi zmienić hasło</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Obecne hasło: </translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Hasło zmieniono.</translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation>Hasło tymczasowe dla %1</translation>
    </message>
    <message>
        <source>Password of %1 reset; it must be changed at the next login.</source>
        <translation>Hasło %1 zresetowano; trzeba je zmienić przy następnym logowaniu.</translation>
    </message>
    <message>
        <source>%1 disabled.</source>
        <translation>Wyłączono %1.</translation>
    </message>
    <message>
        <source>%1 enabled; the new password must be changed at the next login.</source>
        <translation>Włączono %1; nowe hasło trzeba zmienić przy następnym logowaniu.</translation>
    </message>
    <message>
        <source>%1 removed; the vault was rekeyed.</source>
        <translation>Usunięto %1; zmieniono klucz sejfu.</translation>
    </message>
    <message>
        <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
        <translation>%1 usunięte; jego hasło niczego już nie otwiera, a jego otwarte sesje zostały zakończone.</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Kod odzyskiwania: </translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nowe hasło dla %1</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Ustawiono nowe hasło dla %1.</translation>
    </message>
    <message>
        <source>The vault has a new key; every key slot was rewrapped.</source>
        <translation>Sejf ma nowy klucz; wszystkie miejsca na klucze zaszyfrowano ponownie.</translation>
    </message>
    <message>
        <source>Audit log intact: %1 entries.</source>
        <translation>Dziennik audytu nienaruszony: wpisów %1.</translation>
    </message>
    <message>
        <source>Audit log BROKEN at entry %1: %2</source>
        <translation>Dziennik audytu PRZERWANY przy wpisie %1: %2</translation>
    </message>
    <message>
        <source>radprev: audit chain broken at entry %1: %2</source>
        <translation>radprev: łańcuch audytu przerwany przy wpisie %1: %2</translation>
    </message>
    <message>
        <source>%1 audit entries written to %2.</source>
        <translation>Wpisów audytu zapisanych w %2: %1.</translation>
    </message>
    <message>
        <source>--to must be a folder; %1 is not one</source>
        <translation>--to musi wskazywać folder; %1 nim nie jest</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Kopię zapasową zapisano w %1</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
        <translation>Zastąpić sejf w %1 kopią zapasową %2? W jej dzienniku audytu brakuje nieznanej liczby wpisów, które ma sejf (pozostaną w zastąpionej kopii).</translation>
    </message>
    <message>
        <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
        <translation>Zastąpić sejf w %1 kopią zapasową %2? W jej dzienniku audytu brakuje wpisów, które ma sejf: %3 (pozostaną w zastąpionej kopii).</translation>
    </message>
    <message>
        <source>radprev: restore cancelled; nothing was changed</source>
        <translation>radprev: przywracanie anulowano; niczego nie zmieniono</translation>
    </message>
    <message>
        <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
        <translation>Sejf przywrócono z %1; zastąpiony sejf zachowano w %2. Dziennik audytu utracił wpisy (%3); przywrócenie zapisano w nim wraz z tą liczbą.</translation>
    </message>
    <message>
        <source>give --unit (repeat for several) or --none</source>
        <translation>podaj --unit (powtórz dla kilku) albo --none</translation>
    </message>
    <message>
        <source>--unit and --none cannot be used together</source>
        <translation>--unit i --none nie mogą być użyte razem</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The vault&apos;s keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
        <translation>Klucze sejfu są właśnie zmieniane (usuwanie użytkownika lub zmiana klucza). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
        <translation>To konto nie może zapisywać w folderze sejfu %1; poproś administratora o poprawienie uprawnień. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The username or password is not right.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
        <translation>Magazyn centralny w PostgreSQL nie ma klucza sejfu: zmiany kluczy i kopie zapasowe wykonuje się na serwerze (radprev backup; docs/decisions/0011-postgresql-central-store.md).</translation>
    </message>
    <message>
        <source>Too many failed attempts: wait %1 s.</source>
        <translation>Zbyt wiele nieudanych prób: odczekaj %1 s.</translation>
    </message>
    <message>
        <source>This vault has no recovery slot.</source>
        <translation>Ten sejf nie ma miejsca na klucz odzyskiwania.</translation>
    </message>
    <message>
        <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
        <translation>Hasło jest poprawne, ale baza vault.db nie otwiera się kluczem, który ono odblokowuje: vault.db lub vault.keys zostały podmienione albo uszkodzone. Przywróć oba pliki z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
        <translation>Plik kluczy vault.keys został zmieniony poza radprev (jego pieczęć nie zgadza się z kluczem sejfu). Niczego nie otwarto. Przywróć vault.keys z kopii zapasowej albo zwróć się do administratora.</translation>
    </message>
    <message>
        <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault&apos;s. Restore vault.keys from a backup.</source>
        <translation>vault.keys zawiera miejsce na klucz, którego ten sejf nie zna; plik kluczy został zmieniony albo pomylony z plikiem innego sejfu. Przywróć vault.keys z kopii zapasowej.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
        <translation>Zbyt wiele nieudanych prób. Odczekaj %1 s przed kolejną próbą.</translation>
    </message>
    <message>
        <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
        <translation>W międzyczasie inne okno lub polecenie ponownie zaszyfrowało sejf. Zaloguj się ponownie, aby kontynuować.</translation>
    </message>
    <message>
        <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
        <translation>Zmiana klucza sejfu nie została dokończona; zaloguj się ponownie (jako administrator), aby ją dokończyć, a potem spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
        <translation>Plik kluczy vault.keys został zmieniony poza radprev; niczego nie zmieniono. Przywróć vault.keys z kopii zapasowej.</translation>
    </message>
    <message>
        <source>There is no key slot for %1.</source>
        <translation>Brak miejsca na klucz dla %1.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Obecne hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>The key slot changed meanwhile; try again.</source>
        <translation>Miejsce na klucz zmieniło się w międzyczasie; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
        <translation>Plik kluczy vault.keys został zmieniony poza radprev (jego pieczęć nie zgadza się z kluczem sejfu). Przywróć vault.keys z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The re-encrypted copy did not verify; nothing was changed.</source>
        <translation>Ponownie zaszyfrowana kopia nie przeszła weryfikacji; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The re-encrypted copy is incomplete; nothing was changed.</source>
        <translation>Ponownie zaszyfrowana kopia jest niepełna; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
        <translation>Baza danych jest nadal używana przez inne okno; zamknij je i spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>A vault or central store is already set up in %1.</source>
        <translation>W %1 jest już utworzony sejf lub magazyn centralny.</translation>
    </message>
    <message>
        <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
        <translation>Baza danych %1 zawiera już magazyn centralny; połącz się z nim za pomocą jego pliku ustawień zamiast tworzyć kolejny.</translation>
    </message>
    <message>
        <source>No central store is set up in %1.</source>
        <translation>W %1 nie utworzono magazynu centralnego.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <extracomment>Where the backup taken before this login upgraded the vault&apos;s schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
        <translation>To konto jest wyłączone. Zwróć się do administratora.</translation>
    </message>
    <message>
        <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office&apos;s own database login to upgrade it; until then it cannot be used from here.</source>
        <translation>Magazyn centralny utworzyła wcześniejsza wersja radprev (schemat %1; ta wersja potrzebuje %2). Administrator loguje się raz przez własny login bazy danych biura, aby go zaktualizować; do tego czasu nie można z niego korzystać z tego miejsca.</translation>
    </message>
    <message>
        <source>The screen is locked.</source>
        <translation>Ekran jest zablokowany.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Ekran jest zablokowany.</translation>
    </message>
    <message>
        <source>The password must not be the username.</source>
        <translation>Hasło nie może być nazwą użytkownika.</translation>
    </message>
    <message>
        <source>The password repeats too few different characters.</source>
        <translation>Hasło zawiera za mało różnych znaków.</translation>
    </message>
    <message>
        <source>The role %1 does not exist in a %2 vault.</source>
        <translation>Rola %1 nie istnieje w sejfie typu: %2.</translation>
    </message>
    <message>
        <source>The username %1 is already taken (or was used before).</source>
        <translation>Nazwa użytkownika %1 jest już zajęta (lub była używana wcześniej).</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>Nie ma oddziału %1.</translation>
    </message>
    <message>
        <source>The account %1 is disabled: enable it, which sets a new password.</source>
        <translation>Konto %1 jest wyłączone: włącz je, co ustawi nowe hasło.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Nowe hasło musi różnić się od obecnego.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Nadaj kontu co najmniej jedną rolę.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Hasło musi mieć co najmniej %1 znaków.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Nie możesz odebrać sobie roli administratora.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Nie możesz wyłączyć własnego konta.</translation>
    </message>
    <message>
        <source>There is no account named %1.</source>
        <translation>Nie ma konta o nazwie %1.</translation>
    </message>
    <message>
        <source>The account %1 is not disabled.</source>
        <translation>Konto %1 nie jest wyłączone.</translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation>Nie możesz usunąć własnego konta.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be removed.</source>
        <translation>Nie można usunąć ostatniego aktywnego administratora.</translation>
    </message>
    <message>
        <source>A username uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Nazwa użytkownika może zawierać tylko litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;.</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters or digits.</source>
        <translation>Kod jednostki to 1–16 liter lub cyfr.</translation>
    </message>
    <message>
        <source>A training vault is never made in the real vault&apos;s folder; choose another folder.</source>
        <translation>Sejfu szkoleniowego nigdy nie tworzy się w folderze prawdziwego sejfu; wybierz inny folder.</translation>
    </message>
    <message>
        <source>A vault already exists in %1.</source>
        <translation>W %1 istnieje już sejf.</translation>
    </message>
    <message>
        <source>Your password was set by an administrator: choose a new one before you go on.</source>
        <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server&apos;s, not a re-encryption (screens say which).</extracomment>
        <translation>Hasło ustawił administrator: przed dalszą pracą ustaw nowe.</translation>
    </message>
    <message>
        <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
        <translation>vault.keys i vault.db nie zgadzają się co do tego, czy to sejf szkoleniowy: jeden z nich podmieniono lub zmieniono. Niczego nie otwarto.</translation>
    </message>
    <message>
        <source>This central office&apos;s database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
        <translation>Baza danych tej centrali jest przechowywana na serwerze i nie ma kodu odzyskiwania. Administrator ponownie włączy Twoje konto z nowym hasłem tymczasowym (Administracja › Konta albo radprev user enable).</translation>
    </message>
    <message>
        <source>This account is disabled: an administrator enables it with a new password.</source>
        <translation>To konto jest wyłączone: administrator może je włączyć, ustawiając nowe hasło.</translation>
    </message>
    <message>
        <source>The backup&apos;s key file and database disagree about whether it is a training vault; it is not restored.</source>
        <translation>Plik kluczy i baza danych kopii zapasowej nie zgadzają się co do tego, czy to sejf szkoleniowy; kopii nie przywrócono.</translation>
    </message>
    <message>
        <source>This backup is of a training vault: it is never restored over a real vault.</source>
        <translation>To kopia sejfu szkoleniowego: nigdy nie przywraca się jej w miejsce prawdziwego sejfu.</translation>
    </message>
    <message>
        <source>This folder holds a training vault: a real vault&apos;s backup is never restored into it.</source>
        <translation>W tym folderze jest sejf szkoleniowy: nigdy nie przywraca się do niego kopii prawdziwego sejfu.</translation>
    </message>
    <message>
        <source>A username is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Nazwa użytkownika ma 2–32 znaki (litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;) i zaczyna się literą lub cyfrą.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
        <extracomment>SQLite&apos;s own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
        <translation>Baza danych vault.db jest uszkodzona (obcięta). Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Baza danych vault.db jest uszkodzona i nie da się jej odczytać. Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
        <translation>W folderze bazy danych brakuje pliku vault.db. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The backup could not be written or did not verify (%1).</source>
        <translation>Nie udało się zapisać kopii zapasowej albo nie przeszła weryfikacji (%1).</translation>
    </message>
    <message>
        <source>The backup did not pass its integrity check.</source>
        <translation>Kopia zapasowa nie przeszła kontroli integralności.</translation>
    </message>
    <message>
        <source>The backup is incomplete.</source>
        <translation>Kopia zapasowa jest niepełna.</translation>
    </message>
    <message>
        <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
        <translation>%1 nie jest kopią zapasową: potrzebne są razem vault.db i vault.keys.</translation>
    </message>
    <message>
        <source>The username or password does not open this backup.</source>
        <translation>Ta nazwa użytkownika lub hasło nie otwiera tej kopii zapasowej.</translation>
    </message>
    <message>
        <source>The backup&apos;s database does not open with its key file.</source>
        <translation>Baza danych kopii zapasowej nie otwiera się jej plikiem kluczy.</translation>
    </message>
    <message>
        <source>Only an administrator can restore a backup.</source>
        <translation>Tylko administrator może przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <source>The backup is damaged.</source>
        <translation>Kopia zapasowa jest uszkodzona.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>Not right</source>
        <translation>Nieprawidłowe</translation>
    </message>
    <message>
        <source>Account disabled</source>
        <translation>Konto wyłączone</translation>
    </message>
    <message>
        <source>Password too weak</source>
        <translation>Zbyt słabe hasło</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Baza danych jest uszkodzona</translation>
    </message>
    <message>
        <source>No database yet</source>
        <translation>Brak bazy danych</translation>
    </message>
    <message>
        <source>Database of a newer version</source>
        <translation>Baza danych z nowszej wersji</translation>
    </message>
    <message>
        <source>Database folder not writable</source>
        <translation>Brak prawa zapisu w folderze bazy danych</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Niedozwolone</translation>
    </message>
    <message>
        <source>Please check your input</source>
        <translation>Sprawdź wprowadzone dane</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Checklist template not valid</source>
        <translation>Nieprawidłowy szablon listy kontrolnej</translation>
    </message>
    <message>
        <source>Package refused</source>
        <translation>Pakiet odrzucony</translation>
    </message>
    <message>
        <source>Audit log broken</source>
        <translation>Dziennik audytu naruszony</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <source>Database problem</source>
        <translation>Problem z bazą danych</translation>
    </message>
    <message>
        <source>Cannot do this</source>
        <translation>Nie można tego zrobić</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <source>The checklist template is not valid:</source>
        <translation>Szablon listy kontrolnej jest nieprawidłowy:</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
        <translation>Coś poszło nie tak ({kind}). Nieudany krok niczego nie zmienił.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
    <message>
        <source>This is a real vault: training records come from a training vault.</source>
        <translation>To prawdziwy sejf: zapisy szkoleń pochodzą z sejfu szkoleniowego.</translation>
    </message>
    <message>
        <source>Observations need at least one subject.</source>
        <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
        <translation>Obserwacje wymagają co najmniej jednego osadzonego.</translation>
    </message>
    <message>
        <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
        <translation>Wybierz 0–1 000 000 osadzonych i 0–20 000 000 obserwacji.</translation>
    </message>
    <message>
        <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
        <translation>Zapis dotyczy: %1 jednostki %2, ale pakiet podpisało stanowisko jednostki %3: stanowisko może wysyłać tylko zapisy własnej jednostki, więc go nie zastosowano.</translation>
    </message>
    <message>
        <source>the file of a prisoner</source>
        <translation>teczki osadzonego</translation>
    </message>
    <message>
        <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
        <translation>Osadzony został przeniesiony z %1 do %2: teczkę prowadzi teraz (zmienia, weryfikuje, usuwa) %2, dlatego ta zmiana z %1 została odłożona, a nie zastosowana.</translation>
    </message>
    <message>
        <source>This record was made at %1 and arrived with the prisoner&apos;s file: it is history here and is not corrected or reviewed here.</source>
        <translation>Ten zapis utworzono w %1 i przyszedł z teczką osadzonego: tutaj jest historią i nie jest tu poprawiany ani weryfikowany.</translation>
    </message>
    <message>
        <source>The checklist template is not valid: %1</source>
        <translation>Szablon listy kontrolnej jest nieprawidłowy: %1</translation>
    </message>
    <message>
        <source>The training material is not valid: %1</source>
        <translation>Materiał szkoleniowy jest nieprawidłowy: %1</translation>
    </message>
    <message>
        <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
        <translation>Czy to jest potrzebne do opisania zachowania? (%1) Proszę potwierdzić, aby zostawić słowa bez zmian.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. Nothing was changed.</source>
        <translation>Dysk jest pełny: nie udało się zapisać %1. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No permission to write %1 in %2. Nothing was changed.</source>
        <translation>Brak uprawnień do zapisu %1 w %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Nothing was changed.</source>
        <translation>Folder %1 nie istnieje. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Nothing was changed.</source>
        <translation>%1 nie jest folderem. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Folderu dla %1 już nie ma (czy wyjęto pamięć USB?). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Nothing was changed.</source>
        <translation>%1 jest folderem, a nie plikiem. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2). Nothing was changed.</source>
        <translation>Nie udało się zapisać %1 (%2). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 jest folderem; zapisać można tylko zwykły plik. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 jest dowiązaniem; zapisać można tylko zwykły plik. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
        <translation>%1 nie jest plikiem; zapisać można tylko zwykły plik. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The translation file %1 is missing. Reinstall the application.</source>
        <translation>Brak pliku tłumaczenia %1. Zainstaluj aplikację ponownie.</translation>
    </message>
    <message>
        <source>The translation file %1 is damaged. Reinstall the application.</source>
        <translation>Plik tłumaczenia %1 jest uszkodzony. Zainstaluj aplikację ponownie.</translation>
    </message>
    <message>
        <source>There is no language %1. Available: %2.</source>
        <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators&apos; lands never touch the same lines). Hidden languages accepted on request (tests, translators&apos; previews).</extracomment>
        <translation>Nie ma języka %1. Dostępne: %2.</translation>
    </message>
    <message>
        <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
        <translation>Tłumaczenie na język %1 nie jest jeszcze kompletne, więc nie można go użyć. Dostępne: %2.</translation>
    </message>
    <message>
        <source>This is done at a workstation: the central office&apos;s prisoners and records come from the workstations&apos; packages.</source>
        <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations&apos; packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner&apos;s data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
        <translation>To robi się na stanowisku: osadzeni i zapisy centrali pochodzą z pakietów ze stanowisk.</translation>
    </message>
    <message>
        <source>This needs the %1 role.</source>
        <translation>To wymaga roli: %1.</translation>
    </message>
    <message>
        <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
        <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person&apos;s request. The grant code that reaches every establishment (central office only).</extracomment>
        <translation>W oddziałach, w których Pan/Pani pracuje, nie ma takiego osadzonego. Jeśli ta teczka jest potrzebna, proszę poprosić administratora o przydzielenie oddziału.</translation>
    </message>
    <message>
        <source>%1 must be %2.</source>
        <translation>%1 musi być typu %2.</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 ma więcej niż %2 znaków.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 jest puste.</translation>
    </message>
    <message>
        <source>%1 is shorter than %2 characters.</source>
        <translation>%1 ma mniej niż %2 znaków.</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries.</source>
        <translation>%1 ma więcej niż %2 pozycji.</translation>
    </message>
    <message>
        <source>%1 is below %2.</source>
        <translation>%1 jest mniejsze niż %2.</translation>
    </message>
    <message>
        <source>%1 is above %2.</source>
        <translation>%1 jest większe niż %2.</translation>
    </message>
    <message>
        <source>%1 is not one of %2.</source>
        <translation>%1 nie jest jedną z wartości: %2.</translation>
    </message>
    <message>
        <source>%1 does not have the expected form.</source>
        <translation>%1 nie ma oczekiwanej postaci.</translation>
    </message>
    <message>
        <source>%1 does not have the required value.</source>
        <translation>%1 nie ma wymaganej wartości.</translation>
    </message>
    <message>
        <source>%1 has fields that are not allowed.</source>
        <translation>%1 zawiera niedozwolone pola.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Brak: %1.</translation>
    </message>
    <message>
        <source>%1 breaks the rule %2.</source>
        <translation>%1 narusza regułę %2.</translation>
    </message>
    <message>
        <source>%1: the record does not match its schema.</source>
        <translation>%1: zapis nie zgadza się ze swoim schematem.</translation>
    </message>
    <message>
        <source>the file is too large for a checklist template</source>
        <translation>plik jest za duży na szablon listy kontrolnej</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>nie da się odczytać (%1)</translation>
    </message>
    <message>
        <source>is not a JSON file</source>
        <translation>nie jest plikiem JSON</translation>
    </message>
    <message>
        <source>is not a checklist template</source>
        <translation>nie jest szablonem listy kontrolnej</translation>
    </message>
    <message>
        <source>the template has no domains to print</source>
        <translation>szablon nie ma obszarów do wydrukowania</translation>
    </message>
    <message>
        <source>Give the reason for this report.</source>
        <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person&apos;s own request (LED Art. 14).</extracomment>
        <translation>Podaj cel tego raportu.</translation>
    </message>
    <message>
        <source>The reason is too long.</source>
        <translation>Cel jest za długi.</translation>
    </message>
    <message>
        <source>Unknown report action: %1.</source>
        <translation>Nieznana czynność raportu: %1.</translation>
    </message>
    <message>
        <source>The reason is too long (200 characters at most).</source>
        <translation>Cel jest za długi (najwyżej 200 znaków).</translation>
    </message>
    <message>
        <source>The recipient is too long (200 characters at most).</source>
        <translation>Odbiorca jest za długi (najwyżej 200 znaków).</translation>
    </message>
    <message>
        <source>Say who the report is for (recipient).</source>
        <translation>Wskaż, dla kogo jest raport (odbiorca).</translation>
    </message>
    <message>
        <source>The reason and the recipient are 200 characters at most.</source>
        <translation>Cel i odbiorca mogą mieć najwyżej 200 znaków.</translation>
    </message>
    <message>
        <source>A key fingerprint must be hexadecimal digits.</source>
        <translation>Odcisk klucza musi składać się z cyfr szesnastkowych.</translation>
    </message>
    <message>
        <source>The vault has no signing key.</source>
        <translation>Sejf nie ma klucza podpisu.</translation>
    </message>
    <message>
        <source>The vault&apos;s signing key is damaged.</source>
        <translation>Klucz podpisu sejfu jest uszkodzony.</translation>
    </message>
    <message>
        <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
        <translation>Nie udało się złożyć raportu (element jest za duży na stronę). Nie utworzono pliku PDF.</translation>
    </message>
    <message>
        <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
        <translation>To nie jest kod odzyskiwania (8 grup po 5 liter i cyfr).</translation>
    </message>
    <message>
        <source>A release handover is made together with its package: use Release handover in the prisoner&apos;s file, or `radprev handover`.</source>
        <translation>Przekazanie po zwolnieniu tworzy się razem z pakietem: użyj „Przekazanie po zwolnieniu” w teczce osadzonego albo `radprev handover`.</translation>
    </message>
    <message>
        <source>Give the recovery code.</source>
        <translation>Podaj kod odzyskiwania.</translation>
    </message>
    <message>
        <source>Choose an observation.</source>
        <translation>Wybierz obserwację.</translation>
    </message>
    <message>
        <source>Choose a prisoner.</source>
        <translation>Wybierz osadzonego.</translation>
    </message>
    <message>
        <source>Give the first day of the period.</source>
        <translation>Podaj pierwszy dzień okresu.</translation>
    </message>
    <message>
        <source>Give the last day of the period.</source>
        <translation>Podaj ostatni dzień okresu.</translation>
    </message>
    <message>
        <source>Choose an establishment.</source>
        <translation>Wybierz jednostkę.</translation>
    </message>
    <message>
        <source>Choose the question.</source>
        <translation>Wybierz pytanie.</translation>
    </message>
    <message>
        <source>Only a trainer prints another trainee&apos;s training record.</source>
        <translation>Zapis szkolenia innej osoby szkolonej drukuje tylko szkoleniowiec.</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <extracomment>Statuses of an observation version the office reports on.</extracomment>
        <translation>%1 nie jest datą (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>You do not work in unit %1: choose one of your units.</source>
        <translation>Nie pracujesz w oddziale %1: wybierz jeden ze swoich oddziałów.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Okres kończy się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>There is no unit %1 in this establishment.</source>
        <translation>W tej jednostce nie ma oddziału %1.</translation>
    </message>
    <message>
        <source>The %1 must be text.</source>
        <extracomment>The sensitive-term questions answered &quot;necessary&quot; when the run was sealed.</extracomment>
        <translation>Pole „%1” musi być tekstem.</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <translation>Pole „%1” ma więcej niż %2 znaków.</translation>
    </message>
    <message>
        <source>The %1 contains a character that is not allowed.</source>
        <translation>Pole „%1” zawiera niedozwolony znak.</translation>
    </message>
    <message>
        <source>The %1 must be a date like 2026-11-25.</source>
        <translation>Pole „%1” musi być datą, np. 2026-11-25.</translation>
    </message>
    <message>
        <source>date of the example for item %1</source>
        <translation>data przykładu dla punktu %1</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is in the future.</source>
        <translation>Data przykładu dla punktu %1 jest w przyszłości.</translation>
    </message>
    <message>
        <source>The date of the example for item %1 is too far back.</source>
        <translation>Data przykładu dla punktu %1 jest zbyt odległa.</translation>
    </message>
    <message>
        <source>Set the date of the next review.</source>
        <translation>Ustaw datę następnej weryfikacji.</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>data następnej weryfikacji</translation>
    </message>
    <message>
        <source>The next review date cannot be in the past.</source>
        <translation>Data następnej weryfikacji nie może być w przeszłości.</translation>
    </message>
    <message>
        <source>The next review date is more than three years ahead.</source>
        <translation>Data następnej weryfikacji przypada za więcej niż trzy lata.</translation>
    </message>
    <message>
        <source>Item %1 is not part of checklist %2 version %3.</source>
        <translation>Punkt %1 nie należy do listy kontrolnej %2 w wersji %3.</translation>
    </message>
    <message>
        <source>The answer for item %1 must be observed, not observed or unknown.</source>
        <translation>Odpowiedź dla punktu %1 musi brzmieć: zaobserwowano, nie zaobserwowano lub nie wiadomo.</translation>
    </message>
    <message>
        <source>example for item %1</source>
        <translation>przykład dla punktu %1</translation>
    </message>
    <message>
        <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
        <translation>Punkt %1: przykład i jego datę zapisuje się tylko wtedy, gdy punkt jest oznaczony jako zaobserwowany.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
        <translation>Punkt %1 oznaczono jako zaobserwowany: opisz konkretny przykład tego, co widziano lub słyszano.</translation>
    </message>
    <message>
        <source>Item %1 is marked observed: give the date of the example.</source>
        <translation>Punkt %1 oznaczono jako zaobserwowany: podaj datę przykładu.</translation>
    </message>
    <message>
        <source>An answer must be an AnswerInput.</source>
        <translation>Odpowiedź musi być typu AnswerInput.</translation>
    </message>
    <message>
        <source>Item %1 is answered twice.</source>
        <translation>Na punkt %1 udzielono dwóch odpowiedzi.</translation>
    </message>
    <message>
        <source>other explanations</source>
        <translation>inne wyjaśnienia</translation>
    </message>
    <message>
        <source>context notes</source>
        <translation>uwagi o kontekście</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>podsumowanie</translation>
    </message>
    <message>
        <source>Protective factors are marked both observed and &apos;none observed&apos;.</source>
        <translation>Czynniki ochronne oznaczono jednocześnie jako zaobserwowane i „nie zaobserwowano żadnego”.</translation>
    </message>
    <message>
        <source>Protective factors are a required section: mark at least one as observed, or answer &apos;none observed&apos;.</source>
        <translation>Czynniki ochronne to sekcja obowiązkowa: oznacz co najmniej jeden jako zaobserwowany albo odpowiedz „nie zaobserwowano żadnego”.</translation>
    </message>
    <message>
        <source>Other possible explanations are a required section: describe them, or answer &apos;none identified&apos;.</source>
        <translation>Inne możliwe wyjaśnienia to sekcja obowiązkowa: opisz je albo odpowiedz „nie wskazano żadnych”.</translation>
    </message>
    <message>
        <source>Other explanations are described and also marked &apos;none identified&apos;.</source>
        <translation>Inne wyjaśnienia są opisane, a jednocześnie zaznaczono „nie wskazano żadnych”.</translation>
    </message>
    <message>
        <source>Write a short summary before completing the checklist.</source>
        <translation>Przed zakończeniem listy kontrolnej napisz krótkie podsumowanie.</translation>
    </message>
    <message>
        <source>Item %1 is not in the template.</source>
        <translation>Punktu %1 nie ma w szablonie.</translation>
    </message>
    <message>
        <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not &apos;see above&apos; and not the item&apos;s wording.</source>
        <translation>Przykład do pozycji %1 proszę opisać własnymi słowami: co widziano lub słyszano, kiedy i gdzie — nie „patrz wyżej” i nie słowami pozycji.</translation>
    </message>
    <message>
        <source>checklist_run: %1</source>
        <translation>checklist_run: %1</translation>
    </message>
    <message>
        <source>the item %1 is answered twice</source>
        <translation>na punkt %1 udzielono dwóch odpowiedzi</translation>
    </message>
    <message>
        <source>%1 must be a date YYYY-MM-DD</source>
        <translation>%1 musi być datą RRRR-MM-DD</translation>
    </message>
    <message>
        <source>The checklist run to export no longer exists.</source>
        <translation>Wypełniona lista kontrolna do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>template %1 version %2 is not in the vault</source>
        <translation>szablonu %1 w wersji %2 nie ma w sejfie</translation>
    </message>
    <message>
        <source>the run used different template content than this vault holds</source>
        <translation>lista została wypełniona według innej treści szablonu niż ta w tym sejfie</translation>
    </message>
    <message>
        <source>item %1 is not in the template</source>
        <translation>punktu %1 nie ma w szablonie</translation>
    </message>
    <message>
        <source>item %1 is observed without a dated example</source>
        <translation>punkt %1 oznaczono jako zaobserwowany bez przykładu z datą</translation>
    </message>
    <message>
        <source>There is no such checklist run in the vault.</source>
        <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
        <translation>W sejfie nie ma takiej wypełnionej listy kontrolnej.</translation>
    </message>
    <message>
        <source>The checklist template %1 version %2 is not in the vault.</source>
        <translation>Szablonu listy kontrolnej %1 w wersji %2 nie ma w sejfie.</translation>
    </message>
    <message>
        <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
        <translation>Ta lista kontrolna jest zakończona i zapieczętowana; zamiast tego wprowadź poprawkę z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Only the author can change a draft checklist run.</source>
        <translation>Tylko autor może zmieniać szkic listy kontrolnej.</translation>
    </message>
    <message>
        <source>reason for the amendment</source>
        <translation>uzasadnienie poprawki</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Podaj uzasadnienie poprawki.</translation>
    </message>
    <message>
        <source>This checklist run is still a draft: edit it instead of amending it.</source>
        <translation>Ta lista kontrolna jest nadal szkicem: edytuj ją zamiast wprowadzać poprawkę.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor can amend a checklist run.</source>
        <translation>Poprawkę listy kontrolnej może wprowadzić tylko autor lub przełożony.</translation>
    </message>
    <message>
        <source>Unknown grading preset %1; known presets: %2.</source>
        <translation>Nieznany schemat oceny %1; znane schematy: %2.</translation>
    </message>
    <message>
        <source>Source grade %1 is not one of %2.</source>
        <translation>Ocena źródła %1 nie jest jedną z: %2.</translation>
    </message>
    <message>
        <source>Information grade %1 is not one of %2.</source>
        <translation>Ocena informacji %1 nie jest jedną z: %2.</translation>
    </message>
    <message>
        <source>Handling code %1 is not one of %2.</source>
        <translation>Kod zasad przekazywania %1 nie jest jednym z: %2.</translation>
    </message>
    <message>
        <source>Handling C needs the conditions of sharing written out.</source>
        <translation>Zasada C wymaga opisania warunków przekazywania.</translation>
    </message>
    <message>
        <source>The handling conditions are too long.</source>
        <translation>Warunki przekazywania są za długie.</translation>
    </message>
    <message>
        <source>Unknown reason for access %1; choose one of %2.</source>
        <translation>Nieznany cel dostępu %1; wybierz jeden z: %2.</translation>
    </message>
    <message>
        <source>The reason %1 is implied by a screen and cannot be chosen.</source>
        <translation>Cel %1 wynika z ekranu i nie można go wybrać.</translation>
    </message>
    <message>
        <source>Say in a few words why you open this file (reason &apos;other&apos;).</source>
        <translation>Napisz w kilku słowach, dlaczego otwierasz tę teczkę (cel „inny”).</translation>
    </message>
    <message>
        <source>The reason for access is limited to %1 characters.</source>
        <translation>Cel dostępu może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>A reason for access is required to open a file.</source>
        <translation>Otwarcie teczki wymaga podania celu dostępu.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or &quot;none identified&quot; — required, like the assessment, before the record is sealed. A level of the establishment&apos;s list (services/classification.py); &quot;&quot; = the lowest.</extracomment>
        <translation>Pole „%1” jest wymagane.</translation>
    </message>
    <message>
        <source>%1 is limited to %2 characters.</source>
        <translation>Pole „%1” może mieć najwyżej %2 znaków.</translation>
    </message>
    <message>
        <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
        <translation>%1 nie jest datą ani godziną (RRRR-MM-DD lub RRRR-MM-DDTGG:MM).</translation>
    </message>
    <message>
        <source>The event cannot be in the future.</source>
        <translation>Zdarzenie nie może być w przyszłości.</translation>
    </message>
    <message>
        <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not &apos;see the facts&apos; and not the checklist&apos;s wording.</source>
        <translation>Uzasadnienie do %1 proszę opisać własnymi słowami: co widziano lub słyszano, kiedy i gdzie — zdaniem, nie „patrz fakty” i nie słowami listy kontrolnej.</translation>
    </message>
    <message>
        <source>%1 is not an indicator code (like A3.2).</source>
        <translation>%1 nie jest kodem wskaźnika (np. A3.2).</translation>
    </message>
    <message>
        <source>Indicator %1 is listed twice.</source>
        <translation>Wskaźnik %1 podano dwa razy.</translation>
    </message>
    <message>
        <source>The evidence for %1</source>
        <translation>dowód dla %1</translation>
    </message>
    <message>
        <source>Indicator %1 is not in the active checklist template.</source>
        <translation>Wskaźnika %1 nie ma w aktywnym szablonie listy kontrolnej.</translation>
    </message>
    <message>
        <source>%1 is not a category of person.</source>
        <translation>%1 nie jest kategorią osoby.</translation>
    </message>
    <message>
        <source>A description</source>
        <translation>opis</translation>
    </message>
    <message>
        <source>A protective factor</source>
        <translation>czynnik ochronny</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Zdarzenie nie może się skończyć przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>The place</source>
        <translation>miejsce</translation>
    </message>
    <message>
        <source>The duty</source>
        <translation>służba</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>The assessment</source>
        <translation>ocena</translation>
    </message>
    <message>
        <source>The other explanations</source>
        <translation>Inne wyjaśnienia</translation>
    </message>
    <message>
        <source>Write your assessment: why it may matter, and the person&apos;s usual behaviour before.</source>
        <translation>Proszę wpisać ocenę: dlaczego może to mieć znaczenie i jak ta osoba zwykle zachowywała się wcześniej.</translation>
    </message>
    <message>
        <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer &apos;none identified&apos; after considering them.</source>
        <translation>Wymagane są inne możliwe wyjaśnienia: proszę je opisać (dług, konflikt, choroba, złe wieści…) albo po ich rozważeniu zaznaczyć „nie znaleziono”.</translation>
    </message>
    <message>
        <source>The source identity</source>
        <translation>tożsamość źródła</translation>
    </message>
    <message>
        <source>The action taken</source>
        <translation>podjęte działanie</translation>
    </message>
    <message>
        <source>The prisoner&apos;s account</source>
        <translation>relacja osadzonego</translation>
    </message>
    <message>
        <source>There is no such observation (it may have been erased).</source>
        <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
        <translation>Nie ma takiej obserwacji (mogła zostać usunięta).</translation>
    </message>
    <message>
        <source>Drafts are never exported.</source>
        <extracomment>The sensitive-term questions the writer answered &quot;necessary&quot; when sealing a record.</extracomment>
        <translation>Szkiców nigdy się nie eksportuje.</translation>
    </message>
    <message>
        <source>There is no such observation (drafts are visible to their author only).</source>
        <translation>Nie ma takiej obserwacji (szkice widzi tylko ich autor).</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may see the source identity.</source>
        <translation>Tożsamość źródła może zobaczyć tylko autor lub przełożony.</translation>
    </message>
    <message>
        <source>These fields cannot be changed: %1.</source>
        <translation>Tych pól nie można zmienić: %1.</translation>
    </message>
    <message>
        <source>This observation was submitted and is sealed; amend it with a reason.</source>
        <translation>Ta obserwacja została przekazana i jest zapieczętowana; wprowadź poprawkę z uzasadnieniem.</translation>
    </message>
    <message>
        <source>Only the author may edit a draft.</source>
        <translation>Szkic może edytować tylko autor.</translation>
    </message>
    <message>
        <source>A submitted observation cannot be discarded.</source>
        <translation>Przekazanej obserwacji nie można odrzucić.</translation>
    </message>
    <message>
        <source>This observation was already submitted.</source>
        <translation>Ta obserwacja została już przekazana.</translation>
    </message>
    <message>
        <source>Only the author may submit a draft.</source>
        <translation>Szkic może przekazać tylko autor.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Poprawka wymaga uzasadnienia.</translation>
    </message>
    <message>
        <source>A workstation grants access to its own establishment only.</source>
        <translation>Stanowisko nadaje dostęp tylko do własnej jednostki.</translation>
    </message>
    <message>
        <source>Give the establishment&apos;s code.</source>
        <translation>Proszę podać kod jednostki.</translation>
    </message>
    <message>
        <source>Say why the account needs this access.</source>
        <translation>Proszę podać, dlaczego konto potrzebuje tego dostępu.</translation>
    </message>
    <message>
        <source>The reason is limited to %1 characters.</source>
        <translation>Uzasadnienie może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>An amendment must change at least one field.</source>
        <translation>Poprawka musi zmieniać co najmniej jedno pole.</translation>
    </message>
    <message>
        <source>A draft is edited directly; only submitted observations are amended.</source>
        <translation>Szkic edytuje się bezpośrednio; poprawki wprowadza się tylko do przekazanych obserwacji.</translation>
    </message>
    <message>
        <source>Only the author or a supervisor may amend an observation.</source>
        <translation>Poprawkę obserwacji może wprowadzić tylko autor lub przełożony.</translation>
    </message>
    <message>
        <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Tej teczki nie można jeszcze zanonimizować: liczba zapisów niedostarczonych do centrali: %1. Wyeksportuj je, poczekaj na potwierdzenie odbioru i zdecyduj ponownie.</translation>
    </message>
    <message>
        <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
        <translation>Tej teczki nie można jeszcze usunąć: liczba zapisów niedostarczonych do centrali: %1. Wyeksportuj je, poczekaj na potwierdzenie odbioru i zdecyduj ponownie.</translation>
    </message>
    <message>
        <source>A retention decision needs a reason.</source>
        <translation>Decyzja o przechowywaniu wymaga uzasadnienia.</translation>
    </message>
    <message>
        <source>The reason is limited to 500 characters.</source>
        <translation>Uzasadnienie może mieć najwyżej 500 znaków.</translation>
    </message>
    <message>
        <source>%1 is not a decision; choose keep, anonymise or erase.</source>
        <translation>%1 nie jest decyzją; wybierz: zachowaj, zanonimizuj lub usuń.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 nie jest datą.</translation>
    </message>
    <message>
        <source>The new review date must be in the future.</source>
        <translation>Nowa data weryfikacji musi przypadać w przyszłości.</translation>
    </message>
    <message>
        <source>This file is already anonymised.</source>
        <translation>Ta teczka jest już zanonimizowana.</translation>
    </message>
    <message>
        <source>The review to export no longer exists.</source>
        <translation>Weryfikacja do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>review refers to an observation the vault does not hold.</source>
        <translation>weryfikacja dotyczy obserwacji, której nie ma w sejfie.</translation>
    </message>
    <message>
        <source>A page holds 1–1000 rows and starts at 0 or later.</source>
        <translation>Strona ma 1–1000 wierszy i zaczyna się od 0 lub dalej.</translation>
    </message>
    <message>
        <source>A comment is limited to %1 characters.</source>
        <translation>Komentarz może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>You cannot review your own observation; another supervisor must.</source>
        <translation>Nie można weryfikować własnej obserwacji; musi to zrobić inny przełożony.</translation>
    </message>
    <message>
        <source>This observation is %1; it is not awaiting review.</source>
        <translation>Status tej obserwacji: %1; nie oczekuje na weryfikację.</translation>
    </message>
    <message>
        <source>Returning needs a comment for the author.</source>
        <translation>Zwrot wymaga komentarza dla autora.</translation>
    </message>
    <message>
        <source>Rejecting needs a comment for the author.</source>
        <translation>Odrzucenie wymaga komentarza dla autora.</translation>
    </message>
    <message>
        <source>Re-grading needs a comment for the author.</source>
        <translation>Zmiana oceny wymaga komentarza dla autora.</translation>
    </message>
    <message>
        <source>There is no such review.</source>
        <translation>Nie ma takiej weryfikacji.</translation>
    </message>
    <message>
        <source>Give a reason for access before reading the record.</source>
        <translation>Przed odczytaniem zapisu podaj cel dostępu.</translation>
    </message>
    <message>
        <source>The auditor sees records&apos; metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
        <translation>Audytor widzi metadane zapisów i dziennik audytu, a nie to, co napisali funkcjonariusze: zamiast tego szukaj po nazwisku lub numerze osadzonego.</translation>
    </message>
    <message>
        <source>Type at least one letter or digit to search for.</source>
        <translation>Wpisz co najmniej jedną literę lub cyfrę do wyszukania.</translation>
    </message>
    <message>
        <source>The subject to export no longer exists.</source>
        <translation>Osadzony do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
        <translation>Numer ewidencyjny %1 jednostki %2 to w biurze centralnym inna teczka: analityk może powiązać obie teczki, jeśli dotyczą jednej osoby.</translation>
    </message>
    <message>
        <source>Prison number %1 of %2 is already another file in this vault.</source>
        <translation>Numer ewidencyjny %1 jednostki %2 to już inna teczka w tej bazie danych.</translation>
    </message>
    <message>
        <source>family name</source>
        <extracomment>The names of the name fields as errors say them (in the user&apos;s language).</extracomment>
        <translation>nazwisko</translation>
    </message>
    <message>
        <source>given names</source>
        <translation>imiona</translation>
    </message>
    <message>
        <source>The %1 is required.</source>
        <extracomment>The kinds of programme the issue names, until a reference bundle sends the country&apos;s list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
        <translation>Pole „%1” jest wymagane.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters.</source>
        <translation>Pole „%1” może mieć najwyżej %2 znaków.</translation>
    </message>
    <message>
        <source>The %1 contains control characters.</source>
        <translation>Pole „%1” zawiera znaki sterujące.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>Data nie może być z przyszłości.</translation>
    </message>
    <message>
        <source>The date cannot be before %1.</source>
        <translation>Data nie może być wcześniejsza niż %1.</translation>
    </message>
    <message>
        <source>%1 is not a programme of the list: %2.</source>
        <translation>%1 nie jest programem z listy: %2.</translation>
    </message>
    <message>
        <source>There is no such referral (it may have been erased).</source>
        <translation>Nie ma takiego skierowania (mogło zostać usunięte).</translation>
    </message>
    <message>
        <source>Referrals are recorded at the prison, not at the central office.</source>
        <translation>Skierowania zapisuje się w jednostce, nie w biurze centralnym.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; refer the prisoner there.</source>
        <translation>Ta teczka należy do innej jednostki; skieruj osadzonego tam.</translation>
    </message>
    <message>
        <source>This file was anonymised; nothing more is recorded in it.</source>
        <translation>Ta teczka została zanonimizowana; nic więcej się w niej nie zapisuje.</translation>
    </message>
    <message>
        <source>This referral was made at %1 and arrived with the prisoner&apos;s file: it is history here. Record a new referral instead.</source>
        <translation>To skierowanie utworzono w %1 i przyszło z teczką osadzonego: tutaj jest historią. Zapisz zamiast tego nowe skierowanie.</translation>
    </message>
    <message>
        <source>Only the officer who referred or a supervisor may update it.</source>
        <translation>Zmienić je może tylko funkcjonariusz, który skierował, lub przełożony.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2; it is closed.</source>
        <translation>Skierowanie o statusie %1 nie może przejść w %2; jest zamknięte.</translation>
    </message>
    <message>
        <source>A referral that is %1 cannot become %2 (next: %3).</source>
        <translation>Skierowanie o statusie %1 nie może przejść w %2 (następne: %3).</translation>
    </message>
    <message>
        <source>Nothing changes: choose the next status or write the outcome.</source>
        <translation>Nic się nie zmienia: wybierz następny status albo wpisz wynik.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, spaces and - &apos; . only (no emoji or symbols).</source>
        <translation>Pole „%1” może zawierać tylko litery, spacje oraz - &apos; . (bez emoji i symboli).</translation>
    </message>
    <message>
        <source>A prison number is 1–32 letters or digits (spaces, &apos;.&apos;, &apos;/&apos;, &apos;-&apos; allowed).</source>
        <translation>Numer ewidencyjny to 1–32 litery lub cyfry (dozwolone spacje, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <source>The birth year must be between 1900 and %1.</source>
        <translation>Rok urodzenia musi mieścić się między 1900 a %1.</translation>
    </message>
    <message>
        <source>There is no active unit %1 in this establishment.</source>
        <translation>W tej jednostce nie ma aktywnego oddziału %1.</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>cela</translation>
    </message>
    <message>
        <source>There is no such prisoner in the vault (it may have been erased).</source>
        <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
        <translation>W sejfie nie ma takiego osadzonego (teczka mogła zostać usunięta).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 in %2 is recorded.</source>
        <translation>Nie zapisano osadzonego o numerze ewidencyjnym %1 w %2.</translation>
    </message>
    <message>
        <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
        <translation>W biurze centralnym numer ewidencyjny podaje się z jednostką, np. PL-WAW1:%1 (numery są niepowtarzalne tylko w obrębie jednostki).</translation>
    </message>
    <message>
        <source>No prisoner with prison number %1 is recorded.</source>
        <translation>Nie zarejestrowano osadzonego o numerze ewidencyjnym %1.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded in this establishment; open that prisoner&apos;s file instead.</source>
        <translation>Numer ewidencyjny %1 jest już zarejestrowany w tej jednostce; zamiast tego otwórz teczkę tego osadzonego.</translation>
    </message>
    <message>
        <source>Say why the prisoner&apos;s details change.</source>
        <translation>Podaj, dlaczego zmieniają się dane osadzonego.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be changed.</source>
        <translation>Ta teczka została zanonimizowana i nie można jej zmienić.</translation>
    </message>
    <message>
        <source>Prison number %1 is already recorded.</source>
        <translation>Numer ewidencyjny %1 jest już zarejestrowany.</translation>
    </message>
    <message>
        <source>The record refers to a prisoner the vault does not hold.</source>
        <translation>Zapis dotyczy osadzonego, którego nie ma w sejfie.</translation>
    </message>
    <message>
        <source>the file is %1 bytes; a template may be at most %2</source>
        <translation>plik ma %1 bajtów; szablon może mieć najwyżej %2</translation>
    </message>
    <message>
        <source>Cannot read the template file %1: %2.</source>
        <translation>Nie można odczytać pliku szablonu %1: %2.</translation>
    </message>
    <message>
        <source>Unknown template origin %1.</source>
        <translation>Nieznane pochodzenie szablonu %1.</translation>
    </message>
    <message>
        <source>The template signature is too long.</source>
        <translation>Podpis szablonu jest za długi.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
        <translation>Szablon %1 w wersji %2 jest już zapisany z inną treścią. Nadaj zmienionemu szablonowi nowy numer wersji.</translation>
    </message>
    <message>
        <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
        <translation>Szablon %1 w wersji %2 jest tu zapisany z inną treścią niż przesłana przez biuro centralne.</translation>
    </message>
    <message>
        <source>There is no checklist template %1 in the vault.</source>
        <translation>W sejfie nie ma szablonu listy kontrolnej %1.</translation>
    </message>
    <message>
        <source>No checklist template is active; an administrator must choose one.</source>
        <translation>Żaden szablon listy kontrolnej nie jest aktywny; administrator musi go wybrać.</translation>
    </message>
    <message>
        <source>There is no such tombstone.</source>
        <translation>Nie ma takiego śladu usunięcia.</translation>
    </message>
    <message>
        <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
        <translation>To prawdziwy sejf: ćwiczenia wykonuje się tylko w sejfie szkoleniowym (Ćwicz na ekranie logowania lub `radprev training init`).</translation>
    </message>
    <message>
        <source>There is no such exercise.</source>
        <translation>Nie ma takiego ćwiczenia.</translation>
    </message>
    <message>
        <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
        <translation>Scenariusza %1 nie napisano jeszcze w języku %2; jest dostępny w: %3.</translation>
    </message>
    <message>
        <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
        <translation>Najpierw zapisz i przekaż obserwację o tym osadzonym; potem poproś o informację zwrotną.</translation>
    </message>
    <message>
        <source>Only the trainee completes their own exercise.</source>
        <translation>Własne ćwiczenie kończy tylko osoba szkolona.</translation>
    </message>
    <message>
        <source>Only a trainer sees other trainees&apos; exercises.</source>
        <translation>Ćwiczenia innych osób szkolonych widzi tylko szkoleniowiec.</translation>
    </message>
    <message>
        <source>There is no part %1 of %2.</source>
        <extracomment>Translation context of every label below (the Settings tab&apos;s own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
        <translation>Nie ma części %1 ustawienia %2.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>„%1”: wymagana liczba całkowita.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>„%1”: wartość musi mieścić się między %2 a %3.</translation>
    </message>
    <message>
        <source>%1 must be 1 to %2 characters.</source>
        <translation>„%1”: od 1 do %2 znaków.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>„%1”: dozwolone wartości: %2.</translation>
    </message>
    <message>
        <source>%1 must be %2 or %3.</source>
        <translation>„%1”: dozwolone %2 lub %3.</translation>
    </message>
    <message>
        <source>%1 are given per part.</source>
        <translation>„%1” podaje się dla każdej części osobno.</translation>
    </message>
    <message>
        <source>%1: there is no part %2.</source>
        <translation>„%1”: nie ma części %2.</translation>
    </message>
    <message>
        <source>Code lists must be an object of lists.</source>
        <translation>Listy kodów muszą być obiektem zawierającym listy.</translation>
    </message>
    <message>
        <source>A code list name is not valid.</source>
        <translation>Nazwa listy kodów jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The code list %1 is not a list.</source>
        <translation>Lista kodów %1 nie jest listą.</translation>
    </message>
    <message>
        <source>The code list %1 holds bad entries.</source>
        <translation>Lista kodów %1 zawiera nieprawidłowe pozycje.</translation>
    </message>
    <message>
        <source>%1: give 1 to %2 levels separated by &apos;;&apos;, lowest first, each 1 to %3 characters.</source>
        <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
        <translation>%1: podaj od 1 do %2 poziomów rozdzielonych „;”, od najniższego, każdy od 1 do %3 znaków.</translation>
    </message>
    <message>
        <source>%1 names %2 twice.</source>
        <translation>%1 wymienia %2 dwukrotnie.</translation>
    </message>
    <message>
        <source>There is no setting named %1.</source>
        <translation>Nie ma ustawienia o nazwie %1.</translation>
    </message>
    <message>
        <source>Writing reference bundles</source>
        <translation>Zapisywanie pakietów referencyjnych</translation>
    </message>
    <message>
        <source>The bundle part %1 is not valid JSON.</source>
        <translation>Część pakietu %1 nie jest poprawnym JSON.</translation>
    </message>
    <message>
        <source>Importing reference bundles</source>
        <translation>Import pakietów referencyjnych</translation>
    </message>
    <message>
        <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
        <translation>Zaimportowano już nowszy pakiet referencyjny (%1); pakiet %2 jest starszy i nie został zastosowany.</translation>
    </message>
    <message>
        <source>The bundle&apos;s profile or code lists are malformed.</source>
        <translation>Profil lub listy kodów w pakiecie są nieprawidłowe.</translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are not valid: %1</source>
        <translation>Ustawienia w pakiecie są nieprawidłowe: %1</translation>
    </message>
    <message>
        <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
        <translation>Szablon %1 w pakiecie został odrzucony: %2 Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>There is no such conflict.</source>
        <translation>Nie ma takiego konfliktu.</translation>
    </message>
    <message>
        <source>a hard link</source>
        <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
        <translation>dowiązaniem twardym</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>dowiązaniem symbolicznym</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>urządzeniem znakowym</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>urządzeniem blokowym</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folderem</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>kolejką FIFO</translation>
    </message>
    <message>
        <source>a contiguous file</source>
        <translation>plikiem ciągłym</translation>
    </message>
    <message>
        <source>a pax global header</source>
        <translation>globalnym nagłówkiem pax</translation>
    </message>
    <message>
        <source>a pax extended header</source>
        <translation>rozszerzonym nagłówkiem pax</translation>
    </message>
    <message>
        <source>a GNU long name</source>
        <translation>długą nazwą GNU</translation>
    </message>
    <message>
        <source>a GNU long link</source>
        <translation>długim dowiązaniem GNU</translation>
    </message>
    <message>
        <source>a GNU sparse file</source>
        <translation>plikiem rzadkim GNU</translation>
    </message>
    <message>
        <source>The file&apos;s archive has a malformed %1 field.</source>
        <translation>Archiwum pliku ma nieprawidłowe pole %1.</translation>
    </message>
    <message>
        <source>The file&apos;s archive is damaged (a header checksum is wrong).</source>
        <translation>Archiwum pliku jest uszkodzone (błędna suma kontrolna nagłówka).</translation>
    </message>
    <message>
        <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
        <translation>Plik nie jest archiwum POSIX ustar (inne formaty tar są odrzucane).</translation>
    </message>
    <message>
        <source>The file holds a part whose name is not plain ASCII.</source>
        <translation>Plik zawiera część o nazwie spoza zwykłego ASCII.</translation>
    </message>
    <message>
        <source>an entry of an unknown type</source>
        <translation>wpisem nieznanego typu</translation>
    </message>
    <message>
        <source>The file holds an entry %1 that is %2, not a file.</source>
        <translation>Plik zawiera wpis %1, który jest %2, a nie plikiem.</translation>
    </message>
    <message>
        <source>The file holds an entry %1 inside a folder.</source>
        <translation>Plik zawiera wpis %1 wewnątrz folderu.</translation>
    </message>
    <message>
        <source>The file holds an unexpected part %1.</source>
        <translation>Plik zawiera nieoczekiwaną część %1.</translation>
    </message>
    <message>
        <source>The part %1 is larger than allowed.</source>
        <translation>Część %1 jest większa niż dozwolono.</translation>
    </message>
    <message>
        <source>The file is truncated (its archive has no end marker).</source>
        <translation>Plik jest obcięty (archiwum nie ma znacznika końca).</translation>
    </message>
    <message>
        <source>The file holds too many parts.</source>
        <translation>Plik zawiera zbyt wiele części.</translation>
    </message>
    <message>
        <source>The file holds the part %1 twice.</source>
        <translation>Plik zawiera część %1 dwa razy.</translation>
    </message>
    <message>
        <source>The part %1 is truncated.</source>
        <translation>Część %1 jest obcięta.</translation>
    </message>
    <message>
        <source>The file holds data after the end of its archive.</source>
        <translation>Plik zawiera dane za końcem archiwum.</translation>
    </message>
    <message>
        <source>The file has no signed manifest.</source>
        <translation>Plik nie ma podpisanego manifestu.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 nie jest zwykłym plikiem.</translation>
    </message>
    <message>
        <source>%1 is larger than allowed (%2 bytes).</source>
        <translation>%1 jest większy niż dozwolono (%2 bajtów).</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>Nie można odczytać %1 (%2).</translation>
    </message>
    <message>
        <source>The manifest is not valid JSON.</source>
        <translation>Manifest nie jest poprawnym JSON.</translation>
    </message>
    <message>
        <source>The manifest is not a JSON object.</source>
        <translation>Manifest nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>The manifest holds text that is not valid Unicode.</source>
        <translation>Manifest zawiera tekst, który nie jest poprawnym Unicode.</translation>
    </message>
    <message>
        <source>The manifest holds numbers that are not integers.</source>
        <translation>Manifest zawiera liczby, które nie są całkowite.</translation>
    </message>
    <message>
        <source>The manifest is not in canonical form.</source>
        <translation>Manifest nie jest w postaci kanonicznej.</translation>
    </message>
    <message>
        <source>This is not a radprev file.</source>
        <translation>To nie jest plik radprev.</translation>
    </message>
    <message>
        <source>The manifest has no format version.</source>
        <translation>Manifest nie ma wersji formatu.</translation>
    </message>
    <message>
        <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
        <translation>Plik używa formatu w wersji %1; ta wersja radprev odczytuje najwyżej %2. Zainstaluj nowszą wersję.</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not valid.</source>
        <translation>Wersja formatu pliku jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The manifest signature is malformed.</source>
        <translation>Podpis manifestu jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The signature does not verify against %1: the file was altered or forged.</source>
        <translation>Podpis nie zgadza się z: %1 — plik zmieniono lub podrobiono.</translation>
    </message>
    <message>
        <source>The manifest does not list the parts.</source>
        <translation>Manifest nie wymienia części.</translation>
    </message>
    <message>
        <source>The parts in the file do not match the manifest.</source>
        <translation>Części w pliku nie zgadzają się z manifestem.</translation>
    </message>
    <message>
        <source>The manifest entry for %1 is malformed.</source>
        <translation>Wpis manifestu dla %1 jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The part %1 does not match its hash: it was altered.</source>
        <translation>Część %1 nie zgadza się ze swoim skrótem: została zmieniona.</translation>
    </message>
    <message>
        <source>The part %1 claims too many lines.</source>
        <translation>Część %1 deklaruje zbyt wiele wierszy.</translation>
    </message>
    <message>
        <source>The part %1 does not hold the number of lines listed.</source>
        <translation>Część %1 nie zawiera podanej liczby wierszy.</translation>
    </message>
    <message>
        <source>The file is not an encrypted radprev package.</source>
        <translation>Plik nie jest zaszyfrowanym pakietem radprev.</translation>
    </message>
    <message>
        <source>The package cannot be decrypted with this office&apos;s key: it was addressed to another office, or it is damaged or truncated.</source>
        <translation>Pakietu nie można odszyfrować kluczem tej centrali: był adresowany do innej centrali albo jest uszkodzony lub obcięty.</translation>
    </message>
    <message>
        <source>The package is damaged (its encryption layer is malformed).</source>
        <translation>Pakiet jest uszkodzony (nieprawidłowa warstwa szyfrowania).</translation>
    </message>
    <message>
        <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
        <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
        <translation>Skrzynka nadawcza zawiera zmianę rodzaju %1, której ta wersja nie umie wyeksportować. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The export&apos;s %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
        <translation>Część %1 eksportu przekroczyłaby limit rozmiaru; eksportuj mniej zmian naraz. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The package would exceed the size limit; nothing was changed.</source>
        <translation>Pakiet przekroczyłby limit rozmiaru; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
        <translation>Plik o nazwie %1 jest już w %2; najpierw go przenieś. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
        <translation>Żaden certyfikat centrali nie jest jeszcze zaufany. Najpierw administrator musi go zaufać (strona Synchronizacja lub `radprev central trust FILE --fingerprint HEX`).</translation>
    </message>
    <message>
        <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
        <translation>Folderu %1 nie ma (czy wyjęto pamięć USB?). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
        <translation>Nie udało się poprawnie odczytać %1 z nośnika (wadliwa pamięć?). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 did not read back correctly. Nothing was changed.</source>
        <translation>Nie udało się poprawnie odczytać %1. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The file is not a radprev package, receipt or bundle.</source>
        <translation>Plik nie jest pakietem, potwierdzeniem odbioru ani pakietem referencyjnym radprev.</translation>
    </message>
    <message>
        <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation&apos;s enrolment sheet, then enrol it and import again.</source>
        <translation>Pakiet pochodzi z niezarejestrowanego stanowiska (%1, odcisk %2). Porównaj odcisk z arkuszem rejestracji stanowiska, a następnie je zarejestruj i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The package is larger than allowed.</source>
        <translation>Pakiet jest większy niż dozwolono.</translation>
    </message>
    <message>
        <source>The file is not an export package.</source>
        <translation>Plik nie jest pakietem eksportu.</translation>
    </message>
    <message>
        <source>The manifest does not name the sender.</source>
        <translation>Manifest nie wskazuje nadawcy.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender is malformed.</source>
        <translation>Nadawca w manifeście jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sender key is malformed.</source>
        <translation>Klucz nadawcy w manifeście jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The manifest&apos;s sequence number is not valid.</source>
        <translation>Numer kolejny w manifeście jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The manifest&apos;s previous package hash is malformed.</source>
        <translation>Skrót poprzedniego pakietu w manifeście jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
        <translation>Pakiet utworzono dla innego certyfikatu centrali (odcisk odbiorcy nie zgadza się z tą centralą).</translation>
    </message>
    <message>
        <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
        <translation>Pakiet wskazuje zarejestrowane stanowisko, ale ma inny klucz: nie utworzyło go to stanowisko (podrobiony lub odtworzony pod jego nazwą).</translation>
    </message>
    <message>
        <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
        <translation>Pakiet wskazuje jednostkę %1, ale to stanowisko zarejestrowano dla %2: nie utworzyło go to stanowisko w zarejestrowanej postaci. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Enrolling a workstation</source>
        <translation>Rejestracja stanowiska</translation>
    </message>
    <message>
        <source>Importing export packages</source>
        <translation>Import pakietów eksportu</translation>
    </message>
    <message>
        <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
        <translation>Pakiet pochodzi z %1, jednostki, do której Twoje konto nie ma dostępu; zaimportuje go administrator lub analityk, który ma do niej dostęp. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
        <translation>Zaimportowano już inny pakiet numer %1 z tego stanowiska: ten jest powtórzeniem lub fałszerstwem (albo stanowisko przywrócono ze starej kopii zapasowej). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Package 1 names a previous package: the chain is broken.</source>
        <translation>Pakiet 1 wskazuje poprzedni pakiet: łańcuch jest przerwany.</translation>
    </message>
    <message>
        <source>Package %1 names no previous package: the chain is broken.</source>
        <translation>Pakiet %1 nie wskazuje poprzedniego pakietu: łańcuch jest przerwany.</translation>
    </message>
    <message>
        <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
        <translation>Pakiet %1 nie jest następnikiem zaimportowanego już pakietu %2 (łańcuch pakietów jest przerwany). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
        <translation>Zaimportowany już pakiet %1 nie jest następnikiem tego pakietu %2 (łańcuch pakietów jest przerwany). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>%1 is never done in a training vault: practice stays in the training vault.</source>
        <translation>%1 — tego nigdy nie robi się w sejfie szkoleniowym: ćwiczenia zostają w sejfie szkoleniowym.</translation>
    </message>
    <message>
        <source>%1 is done at the central office, not in this vault.</source>
        <translation>%1 — to robi się w centrali, nie w tym sejfie.</translation>
    </message>
    <message>
        <source>%1 is done at a workstation, not in this vault.</source>
        <translation>%1 — to robi się na stanowisku, nie w tym sejfie.</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Ten sejf nie ma klucza podpisu.</translation>
    </message>
    <message>
        <source>Managing the central office keys</source>
        <translation>Zarządzanie kluczami centrali</translation>
    </message>
    <message>
        <source>Setting the backup recipient</source>
        <translation>Ustawianie odbiorcy kopii zapasowej</translation>
    </message>
    <message>
        <source>The backup recipient is not an age key (age1…).</source>
        <translation>Odbiorca kopii zapasowej nie jest kluczem age (age1…).</translation>
    </message>
    <message>
        <source>Writing the central certificate</source>
        <translation>Zapisywanie certyfikatu centrali</translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation>Plik certyfikatu jest za duży.</translation>
    </message>
    <message>
        <source>The certificate is not valid JSON.</source>
        <translation>Certyfikat nie jest poprawnym JSON.</translation>
    </message>
    <message>
        <source>The certificate is not a JSON object.</source>
        <translation>Certyfikat nie jest obiektem JSON.</translation>
    </message>
    <message>
        <source>This is not a radprev central office certificate.</source>
        <translation>To nie jest certyfikat centrali radprev.</translation>
    </message>
    <message>
        <source>The certificate&apos;s format version is not supported.</source>
        <translation>Wersja formatu certyfikatu nie jest obsługiwana.</translation>
    </message>
    <message>
        <source>The certificate has missing or unexpected fields.</source>
        <translation>W certyfikacie brakuje pól lub są pola nieoczekiwane.</translation>
    </message>
    <message>
        <source>The certificate field %1 is malformed.</source>
        <translation>Pole certyfikatu %1 jest nieprawidłowe.</translation>
    </message>
    <message>
        <source>The certificate holds a malformed key.</source>
        <translation>Certyfikat zawiera nieprawidłowy klucz.</translation>
    </message>
    <message>
        <source>The certificate&apos;s signature does not verify: it was altered.</source>
        <translation>Podpis certyfikatu się nie zgadza: certyfikat zmieniono.</translation>
    </message>
    <message>
        <source>Trusting a central office certificate</source>
        <translation>Uznawanie certyfikatu centrali za zaufany</translation>
    </message>
    <message>
        <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
        <translation>Odcisk nie zgadza się z certyfikatem. Nie ufaj mu: poproś centralę o arkusz rejestracji i porównaj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The manifest&apos;s transfer key is malformed.</source>
        <translation>Klucz przeniesień w manifeście jest uszkodzony.</translation>
    </message>
    <message>
        <source>The fingerprint does not match the workstation&apos;s key. Do not enrol it: compare it with the workstation&apos;s enrolment sheet again. Nothing was changed.</source>
        <translation>Odcisk nie zgadza się z kluczem stanowiska. Nie rejestruj go: porównaj ponownie z arkuszem rejestracji stanowiska. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
        <translation>Ten identyfikator stanowiska jest już zarejestrowany z innym kluczem (lub klucz pod innym identyfikatorem). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Writing receipts</source>
        <translation>Zapisywanie potwierdzeń odbioru</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is not valid JSON.</source>
        <translation>Treść potwierdzenia odbioru nie jest poprawnym JSON.</translation>
    </message>
    <message>
        <source>The receipt&apos;s content is malformed.</source>
        <translation>Treść potwierdzenia odbioru jest nieprawidłowa.</translation>
    </message>
    <message>
        <source>The file is not a %1.</source>
        <translation>Plik nie jest typu: %1.</translation>
    </message>
    <message>
        <source>The file does not name its sender.</source>
        <translation>Plik nie wskazuje nadawcy.</translation>
    </message>
    <message>
        <source>The file was not signed by the central office this workstation trusts.</source>
        <translation>Pliku nie podpisała centrala, której ufa to stanowisko.</translation>
    </message>
    <message>
        <source>The file&apos;s sequence number is not valid.</source>
        <translation>Numer kolejny pliku jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Importing receipts</source>
        <translation>Import potwierdzeń odbioru</translation>
    </message>
    <message>
        <source>The consolidated view</source>
        <translation>Widok zbiorczy</translation>
    </message>
    <message>
        <source>not UTF-8 text (byte %1)</source>
        <translation>to nie jest tekst UTF-8 (bajt %1)</translation>
    </message>
    <message>
        <source>the key %1 appears twice</source>
        <translation>klucz %1 występuje dwa razy</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (line %2, column %3)</source>
        <translation>niepoprawny JSON: %1 (wiersz %2, kolumna %3)</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>niepoprawny JSON: %1</translation>
    </message>
    <message>
        <source>a template must be a JSON object</source>
        <translation>szablon musi być obiektem JSON</translation>
    </message>
    <message>
        <source>required key is missing</source>
        <translation>brak wymaganego klucza</translation>
    </message>
    <message>
        <source>unknown key (not part of the template format)</source>
        <translation>nieznany klucz (nie należy do formatu szablonu)</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>nieznany klucz</translation>
    </message>
    <message>
        <source>must be of type %1</source>
        <translation>musi być typu %1</translation>
    </message>
    <message>
        <source>text is longer than %1 characters</source>
        <translation>tekst ma więcej niż %1 znaków</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>tekst nie może być pusty</translation>
    </message>
    <message>
        <source>%1 does not have the required form %2</source>
        <translation>%1 nie ma wymaganej postaci %2</translation>
    </message>
    <message>
        <source>has more than %1 entries</source>
        <translation>ma więcej niż %1 pozycji</translation>
    </message>
    <message>
        <source>needs at least %1 entries</source>
        <translation>wymaga co najmniej %1 pozycji</translation>
    </message>
    <message>
        <source>entries must not repeat</source>
        <translation>pozycje nie mogą się powtarzać</translation>
    </message>
    <message>
        <source>unknown language %1</source>
        <translation>nieznany język %1</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 nie jest jedną z wartości: %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>musi mieć wartość %1</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 %3)</source>
        <translation>%1 jest poza zakresem (%2 %3)</translation>
    </message>
    <message>
        <source>does not meet the rule &apos;%1&apos;</source>
        <translation>nie spełnia reguły „%1”</translation>
    </message>
    <message>
        <source>missing text in a declared language</source>
        <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
        <translation>brak tekstu w zadeklarowanym języku</translation>
    </message>
    <message>
        <source>language not listed in $.languages</source>
        <translation>języka nie wymieniono w $.languages</translation>
    </message>
    <message>
        <source>code %1 is already used at %2</source>
        <translation>kod %1 jest już użyty w %2</translation>
    </message>
    <message>
        <source>an item of domain %1 must start with its code and a dot</source>
        <translation>punkt obszaru %1 musi zaczynać się od jego kodu i kropki</translation>
    </message>
    <message>
        <source>an item of a %1 domain must be of the same kind</source>
        <translation>punkt obszaru typu %1 musi być tego samego typu</translation>
    </message>
    <message>
        <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
        <translation>zastępuje %1 (%2); proszę opisać zachowanie, które ma znaczenie (przemoc, groźby, przymus, poparcie dla przemocy), albo umieścić to w non_indicators</translation>
    </message>
    <message>
        <source>at least one domain must be of kind indicator</source>
        <translation>co najmniej jeden obszar musi być typu indicator</translation>
    </message>
    <message>
        <source>a sample template must carry a notice that it is a sample to adapt</source>
        <translation>szablon wzorcowy musi zawierać informację, że jest wzorem do dostosowania</translation>
    </message>
    <message>
        <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
        <translation>wspomina o religii, pochodzeniu etnicznym lub narodowości (%1); punkt musi opisywać obserwowalne zachowanie — takie rzeczy wpisz w non_indicators</translation>
    </message>
    <message>
        <source>not representable as JSON: %1</source>
        <translation>nie da się zapisać jako JSON: %1</translation>
    </message>
    <message>
        <source>not valid JSON: nested too deeply</source>
        <translation>niepoprawny JSON: zbyt głębokie zagnieżdżenie</translation>
    </message>
    <message>
        <source>the template is %1 bytes; at most %2 are allowed</source>
        <translation>szablon ma %1 bajtów; dozwolone jest najwyżej %2</translation>
    </message>
    <message>
        <source>There is no training scenario %1. See `radprev training list`.</source>
        <translation>Nie ma scenariusza szkoleniowego %1. Zobacz `radprev training list`.</translation>
    </message>
    <message>
        <source>The key does not open this vault.</source>
        <extracomment>The machine setting that turns SQLite&apos;s wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4&apos;s default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
        <translation>Klucz nie otwiera tego sejfu.</translation>
    </message>
    <message>
        <source>The vault database could not be opened for writing.</source>
        <translation>Nie udało się otworzyć bazy danych sejfu do zapisu.</translation>
    </message>
    <message>
        <source>No vault in %1.</source>
        <translation>Brak sejfu w %1.</translation>
    </message>
    <message>
        <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
        <translation>W folderze sejfu brakuje pliku kluczy vault.keys; bez niego sejfu nie można otworzyć. Przywróć vault.keys z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
        <translation>Plik kluczy vault.keys jest uszkodzony lub był edytowany (%1); sejfu nie zmieniono. Przywróć vault.keys z kopii zapasowej.</translation>
    </message>
    <message>
        <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
        <extracomment>Python steps by migration name (without its number): run after that file&apos;s SQL.</extracomment>
        <translation>Magazyn centralny utworzyła nowsza wersja radprev (jego baza danych ma schemat %1; ta wersja obsługuje schematy najwyżej do %2); zainstaluj na tym komputerze tamtą wersję lub nowszą. W magazynie niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
        <translation>Ten sejf zapisała nowsza wersja radprev (schemat %1; ta wersja zna najwyżej %2). Zainstaluj nowszą wersję, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The vault folder %1 is not a folder.</source>
        <translation>Folder sejfu %1 nie jest folderem.</translation>
    </message>
    <message>
        <source>The vault folder %1 does not exist and this account cannot create it.</source>
        <translation>Folder sejfu %1 nie istnieje, a to konto nie może go utworzyć.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to add it to the &apos;%2&apos; group (sudo adduser USER %2), then log out and in again.</source>
        <translation>To konto nie może używać wspólnego folderu sejfu %1. Poproś dział IT o dodanie go do grupy „%2” (sudo adduser USER %2), a potem wyloguj się i zaloguj ponownie.</translation>
    </message>
    <message>
        <source>This account may not use the shared vault folder %1. Ask IT to give the workstation&apos;s users modify rights on it (the installer does).</source>
        <translation>To konto nie może używać wspólnego folderu sejfu %1. Poproś dział IT o nadanie użytkownikom stanowiska prawa modyfikacji (robi to instalator).</translation>
    </message>
    <message>
        <source>This account may not read and write the vault folder %1.</source>
        <translation>To konto nie może czytać ani zapisywać folderu sejfu %1.</translation>
    </message>
    <message>
        <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
        <translation>Brak czcionki raportów %1 w %2. Zainstaluj aplikację ponownie; nie utworzono pliku PDF.</translation>
    </message>
    <message>
        <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
        <translation>Nie można odczytać czcionki raportów %1. Zainstaluj aplikację ponownie; nie utworzono pliku PDF.</translation>
    </message>
    <message>
        <source>%1 is not installed (PostgreSQL client tools are needed).</source>
        <translation>%1 nie jest zainstalowany (potrzebne są narzędzia klienckie PostgreSQL).</translation>
    </message>
    <message>
        <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
        <translation>Kopie zapasowe odczytują hasło bazy danych z pliku haseł libpq: ustaw passfile w central.json (lub PGPASSFILE).</translation>
    </message>
    <message>
        <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
        <translation>Dla tej centrali nie ustawiono klucza kopii zapasowych: najpierw wskaż odbiorcę kopii (radprev central certificate --backup-recipient age1…).</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file name.</source>
        <translation>%1 już istnieje; wybierz nową nazwę pliku.</translation>
    </message>
    <message>
        <source>This computer&apos;s database login does not reach every establishment, so its backup would be incomplete. Take backups through the office&apos;s own login.</source>
        <translation>Login bazy danych tego komputera nie obejmuje wszystkich jednostek, więc kopia zapasowa byłaby niepełna. Kopie zapasowe wykonuj przez własny login biura.</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump nie powiódł się: %1</translation>
    </message>
    <message>
        <source>The backup key is not an age identity.</source>
        <translation>Klucz kopii zapasowych nie jest tożsamością age.</translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation>pg_restore nie powiódł się: %1</translation>
    </message>
    <message>
        <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
        <translation>Serwer odrzucił login %1 do bazy danych %2: plik haseł %3 potrzebuje wiersza dla tej bazy (host:port:%2:%1:hasło). Dodaj go i odtwórz ponownie; niczego nie odtworzono.</translation>
    </message>
    <message>
        <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
        <translation>Kopii zapasowej nie można odszyfrować tym kluczem (zły klucz albo uszkodzony plik).</translation>
    </message>
    <message>
        <source>The central office holds nothing of establishment %1.</source>
        <translation>Biuro centralne nie ma żadnych danych jednostki %1.</translation>
    </message>
    <message>
        <source>Reports by establishment are made at the central office.</source>
        <translation>Raporty według jednostek tworzy się w biurze centralnym.</translation>
    </message>
    <message>
        <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
        <translation>Jednostka %1 nie należy do jednostek, do których masz dostęp. Jeśli jej potrzebujesz, poproś administratora o nadanie dostępu.</translation>
    </message>
    <message>
        <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
        <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor&apos;s words are theirs, so the PDF&apos;s marking takes them into account.</extracomment>
        <translation>Osadzony został przetransportowany do innej jednostki: przekazanie przy zwolnieniu przygotowuje jednostka, która go zwalnia.</translation>
    </message>
    <message>
        <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
        <translation>Osadzony przebywa w jednostce. Przekazanie przy zwolnieniu przygotowuje się po zwolnieniu albo wcześniej, gdy potwierdzisz, że osadzony wkrótce wychodzi na wolność.</translation>
    </message>
    <message>
        <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
        <translation>Prawidłowość tej teczki jest kwestionowana, a jej przetwarzanie ograniczone: przekazania nie tworzy się, dopóki przełożony nie zniesie ograniczenia.</translation>
    </message>
    <message>
        <source>The referral to export no longer exists.</source>
        <translation>Skierowanie do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>a referral starts as proposed</source>
        <translation>skierowanie zaczyna się od statusu „zaproponowane”</translation>
    </message>
    <message>
        <source>the status steps are not in an allowed order</source>
        <translation>etapy statusu nie są w dozwolonej kolejności</translation>
    </message>
    <message>
        <source>the status steps are not in date order</source>
        <translation>etapy statusu nie są uporządkowane według dat</translation>
    </message>
    <message>
        <source>the status is not the last step of the history</source>
        <translation>status nie jest ostatnim etapem historii</translation>
    </message>
    <message>
        <source>Files are linked at the central office.</source>
        <translation>Teczki powiązuje się w biurze centralnym.</translation>
    </message>
    <message>
        <source>Say why you decided (it is kept in the audit log).</source>
        <translation>Podaj uzasadnienie decyzji (zostanie zapisane w dzienniku audytu).</translation>
    </message>
    <message>
        <source>These are the same file already.</source>
        <translation>To już jest ta sama teczka.</translation>
    </message>
    <message>
        <source>A decision about these two files exists (%1); undo it first.</source>
        <translation>Istnieje już decyzja o tych dwóch teczkach (%1); najpierw ją cofnij.</translation>
    </message>
    <message>
        <source>Say why the decision is undone.</source>
        <translation>Podaj, dlaczego decyzja jest cofana.</translation>
    </message>
    <message>
        <source>There is no such decision in force.</source>
        <translation>Nie ma takiej obowiązującej decyzji.</translation>
    </message>
    <message>
        <source>The transfer to export no longer exists.</source>
        <translation>Przeniesienie do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>a transfer is recorded at the establishment the prisoner leaves</source>
        <translation>przeniesienie zapisuje jednostka, którą osadzony opuszcza</translation>
    </message>
    <message>
        <source>a transfer goes to another establishment</source>
        <translation>przeniesienie prowadzi do innej jednostki</translation>
    </message>
    <message>
        <source>An establishment code is 1–16 letters, digits or &apos;-&apos; (e.g. PL-KRK1).</source>
        <extracomment>An establishment code as the central office enrols them (letters, digits, &apos;-&apos;). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
        <translation>Kod jednostki to 1–16 liter, cyfr lub &apos;-&apos; (np. PL-KRK1).</translation>
    </message>
    <message>
        <source>A transfer is recorded on or after the day it happens, not before.</source>
        <translation>Przeniesienie zapisuje się w dniu, w którym następuje, lub później, nie wcześniej.</translation>
    </message>
    <message>
        <source>The transfer date is too far in the past.</source>
        <translation>Data przeniesienia jest zbyt odległa.</translation>
    </message>
    <message>
        <source>The note is limited to %1 characters.</source>
        <translation>Notatka może mieć najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>A transfer is recorded at the prison the prisoner leaves.</source>
        <translation>Przeniesienie zapisuje jednostka, którą osadzony opuszcza.</translation>
    </message>
    <message>
        <source>The prisoner is already in this establishment: name the one they go to.</source>
        <translation>Osadzony już jest w tej jednostce: podaj jednostkę, do której trafia.</translation>
    </message>
    <message>
        <source>%1 is not one of the establishments the central office lists.</source>
        <translation>%1 nie jest jedną z jednostek z listy biura centralnego.</translation>
    </message>
    <message>
        <source>This file belongs to another establishment; it cannot be transferred here.</source>
        <translation>Ta teczka należy do innej jednostki; nie można jej tu przenieść.</translation>
    </message>
    <message>
        <source>This file was anonymised and cannot be transferred.</source>
        <translation>Ta teczka została zanonimizowana i nie można jej przenieść.</translation>
    </message>
    <message>
        <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
        <translation>Osadzony nie przebywa tu (status: %1); przenieść można tylko osadzonego, który przebywa w jednostce.</translation>
    </message>
    <message>
        <source>The recipient key file is too large to be an age key.</source>
        <translation>Plik klucza odbiorcy jest zbyt duży, by był kluczem age.</translation>
    </message>
    <message>
        <source>The recipient key file is not text.</source>
        <translation>Plik klucza odbiorcy nie jest plikiem tekstowym.</translation>
    </message>
    <message>
        <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
        <translation>To klucz prywatny: poproś kuratorską służbę sądową o klucz publiczny (wiersz zaczynający się od age1…). Przechowuj plik klucza prywatnego bezpiecznie.</translation>
    </message>
    <message>
        <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
        <translation>Plik klucza odbiorcy musi zawierać jeden klucz publiczny age (wiersz zaczynający się od age1…).</translation>
    </message>
    <message>
        <source>The recipient key file holds a damaged age key.</source>
        <translation>Plik klucza odbiorcy zawiera uszkodzony klucz age.</translation>
    </message>
    <message>
        <source>Say who the handover is for (the probation office).</source>
        <translation>Podaj, dla kogo jest przekazanie (zespół kuratorski).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>A file named %1 is already in %2.</source>
        <translation>Plik o nazwie %1 już jest w %2.</translation>
    </message>
    <message>
        <source>The package written to %1 cannot be read back.</source>
        <translation>Nie można odczytać pakietu zapisanego w %1.</translation>
    </message>
    <message>
        <source>The package written to %1 does not read back as written.</source>
        <translation>Pakiet zapisany w %1 odczytuje się inaczej, niż go zapisano.</translation>
    </message>
    <message>
        <source>This is not a release handover package.</source>
        <translation>To nie jest pakiet przekazania po zwolnieniu.</translation>
    </message>
    <message>
        <source>The handover package names no signing key.</source>
        <translation>Pakiet przekazania nie wskazuje klucza podpisu.</translation>
    </message>
    <message>
        <source>The handover package holds no readable content.</source>
        <translation>Pakiet przekazania nie zawiera czytelnej treści.</translation>
    </message>
    <message>
        <source>There is no such prisoner at the central office.</source>
        <extracomment>The record kinds a prisoner&apos;s file is made of, in the order they are taken in.</extracomment>
        <translation>W biurze centralnym nie ma takiego osadzonego.</translation>
    </message>
    <message>
        <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
        <translation>Żadne przeniesienie tego osadzonego nie dotarło do biura centralnego: najpierw jednostka, którą opuścił, musi je zapisać i wyeksportować.</translation>
    </message>
    <message>
        <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
        <translation>Żadne stanowisko %1 nie może jeszcze przyjąć teczki: każde podaje swój klucz przeniesień w pakietach eksportu. Poproś o jeden eksport (i zarejestruj stanowisko), potem wydaj pakiet ponownie.</translation>
    </message>
    <message>
        <source>The bundle written to %1 cannot be read back.</source>
        <translation>Nie można odczytać pakietu zapisanego w %1.</translation>
    </message>
    <message>
        <source>The bundle written to %1 does not read back as written.</source>
        <translation>Pakiet zapisany w %1 odczytuje się inaczej, niż go zapisano.</translation>
    </message>
    <message>
        <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
        <translation>To stanowisko nie ma jeszcze klucza przeniesień, więc nie można do niego zaadresować pakietu przeniesienia: wykonaj eksport (biuro centralne pozna klucz), potem poproś o pakiet.</translation>
    </message>
    <message>
        <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment&apos;s workstations (or it is damaged). Nothing was changed.</source>
        <translation>Ten pakiet przeniesienia nie jest zaadresowany do tego stanowiska: wydano go dla stanowisk innej jednostki (albo jest uszkodzony). Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The transfer bundle does not say whom and what it is for.</source>
        <translation>Pakiet przeniesienia nie mówi, dla kogo i czego dotyczy.</translation>
    </message>
    <message>
        <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
        <translation>Ten pakiet przeniesienia jest dla jednostki %1, nie dla %2. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The transfer bundle&apos;s transfer is malformed.</source>
        <translation>Opis przeniesienia w pakiecie jest uszkodzony.</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle: %2</source>
        <translation>Wiersz %1 pakietu przeniesienia: %2</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
        <translation>Wiersz %1 pakietu przeniesienia nie dotyczy przenoszonego osadzonego.</translation>
    </message>
    <message>
        <source>The transfer bundle must hold the prisoner&apos;s file header once.</source>
        <translation>Pakiet przeniesienia musi zawierać nagłówek teczki osadzonego dokładnie raz.</translation>
    </message>
    <message>
        <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
        <translation>Zaimportowano już inny pakiet przeniesienia o numerze %1 z tego biura centralnego: ten jest podrobiony albo powtórzony. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>A checklist template in the bundle was refused: %1</source>
        <translation>Odrzucono szablon listy kontrolnej z pakietu: %1</translation>
    </message>
    <message>
        <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
        <translation>Nie można przyjąć wiersza %1 pakietu przeniesienia: %2 Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Prison number %1 is already used here for another prisoner: give the prisoner&apos;s number at this establishment. Nothing was changed.</source>
        <translation>Numer ewidencyjny %1 jest tu już używany dla innego osadzonego: podaj numer osadzonego w tej jednostce. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>This is done at the central office.</source>
        <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
        <translation>To robi się w centrali.</translation>
    </message>
    <message>
        <source>The central database connection must use TLS: sslmode &apos;%1&apos; is not allowed (use one of %2).</source>
        <translation>Połączenie z centralną bazą danych musi używać TLS: sslmode &apos;%1&apos; jest niedozwolony (użyj jednego z: %2).</translation>
    </message>
    <message>
        <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
        <translation>Z centralną bazą danych trzeba łączyć się przez TCP z TLS (nazwa hosta lub adres, a nie lokalny folder gniazda).</translation>
    </message>
    <message>
        <source>The central database port must be a number from 1 to 65535, not %1.</source>
        <translation>Port centralnej bazy danych musi być liczbą od 1 do 65535, a nie %1.</translation>
    </message>
    <message>
        <source>The central database address must start with %1</source>
        <translation>Adres centralnej bazy danych musi zaczynać się od %1</translation>
    </message>
    <message>
        <source>The central database address is not valid.</source>
        <translation>Adres centralnej bazy danych jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
        <translation>Nie umieszczaj hasła w adresie bazy danych (trafiłoby do historii powłoki i list procesów): zapisz je w pliku haseł (passfile) lub wpisz, gdy pojawi się prośba.</translation>
    </message>
    <message>
        <source>The central database address needs a user, a host and a database name: %1</source>
        <translation>Adres centralnej bazy danych wymaga użytkownika, hosta i nazwy bazy danych: %1</translation>
    </message>
    <message>
        <source>The central database settings in %1 cannot be read.</source>
        <translation>Nie można odczytać ustawień centralnej bazy danych w %1.</translation>
    </message>
    <message>
        <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
        <translation>Ustawienia centralnej bazy danych w %1 są nieprawidłowe (hasło nigdy nie powinno się w nich znaleźć: użyj pliku haseł).</translation>
    </message>
    <message>
        <source>The central database settings in %1 lack host, dbname or user.</source>
        <translation>W ustawieniach centralnej bazy danych w %1 brakuje host, dbname lub user.</translation>
    </message>
    <message>
        <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
        <translation>Magazyn centralny zakończył tę sesję: konto zostało wyłączone lub usunięte albo jego serwer został zatrzymany lub uruchomiony ponownie. To, co zapisano wcześniej, zostaje zachowane. Wpisz hasło, aby zalogować się ponownie; dopóki serwer nie działa, logowanie to powie.</translation>
    </message>
    <message>
        <source>The server at %1 refused a connection without TLS.</source>
        <translation>Serwer %1 odrzucił połączenie bez TLS.</translation>
    </message>
    <message>
        <source>The server at %1 does not offer TLS; radprev never sends analysts&apos; data over an unencrypted connection.</source>
        <translation>Serwer %1 nie oferuje TLS; radprev nigdy nie przesyła danych analityków niezaszyfrowanym połączeniem.</translation>
    </message>
    <message>
        <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
        <translation>Serwer %1 nie uwierzytelnił połączenia metodą SCRAM-SHA-256 z powiązaniem kanału (channel binding); ustaw password_encryption = scram-sha-256 i użyj scram-sha-256 w pg_hba.conf (wiersze hostssl).</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server&apos;s in the central database settings.</source>
        <translation>Nie można odczytać pliku certyfikatu TLS %1 (sslrootcert): podaj w ustawieniach centralnej bazy danych ścieżkę certyfikatu, którym podpisano certyfikat serwera.</translation>
    </message>
    <message>
        <source>The TLS certificate of the server at %1 could not be verified.</source>
        <translation>Nie udało się zweryfikować certyfikatu TLS serwera %1.</translation>
    </message>
    <message>
        <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
        <translation>Brak hasła dla %1: zapisz je w pliku haseł libpq (passfile) wskazanym w ustawieniach centralnej bazy danych.</translation>
    </message>
    <message>
        <source>The central database refused the password for %1.</source>
        <translation>Centralna baza danych odrzuciła hasło dla %1.</translation>
    </message>
    <message>
        <source>The server at %1 has no database named %2.</source>
        <translation>Na serwerze %1 nie ma bazy danych o nazwie %2.</translation>
    </message>
    <message>
        <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
        <translation>Nie można połączyć się z centralną bazą danych %1: sprawdź, czy serwer działa oraz czy host i port są poprawne.</translation>
    </message>
    <message>
        <source>Give the reason for access first: every consultation of prisoners&apos; data is recorded with its purpose.</source>
        <translation>Najpierw proszę podać cel dostępu: każde przeglądanie danych osadzonych jest zapisywane wraz z celem.</translation>
    </message>
    <message>
        <source>The vault has no key for search terms; run radprev doctor.</source>
        <translation>Sejf nie ma klucza do szukanych słów; proszę uruchomić radprev doctor.</translation>
    </message>
    <message>
        <source>Choose the unit the prisoner is in.</source>
        <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
        <translation>Proszę wybrać oddział, w którym jest osadzony.</translation>
    </message>
    <message>
        <source>Give the period as two dates (YYYY-MM-DD).</source>
        <translation>Podaj okres jako dwie daty (RRRR-MM-DD).</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person&apos;s data.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: dopóki przełożony nie uchyli ograniczenia, jedynymi raportami o nich są raport dostępu osoby, której dane dotyczą, i eksport danych tej osoby.</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: pakiet przeniesienia nie zostanie wydany, dopóki jednostka nie uchyli ograniczenia.</translation>
    </message>
    <message>
        <source>Processing of this file is already restricted.</source>
        <translation>Przetwarzanie tych akt jest już ograniczone.</translation>
    </message>
    <message>
        <source>Processing of this file is not restricted.</source>
        <translation>Przetwarzanie tych akt nie jest ograniczone.</translation>
    </message>
    <message>
        <source>The classification must be one of: %1.</source>
        <translation>Klauzula musi być jedną z: %1.</translation>
    </message>
    <message>
        <source>Give the reason for the new classification.</source>
        <translation>Podaj powód nowej klauzuli.</translation>
    </message>
    <message>
        <source>A draft&apos;s author chooses its classification.</source>
        <translation>Klauzulę szkicu wybiera jego autor.</translation>
    </message>
    <message>
        <source>The text is too long (2,000 characters at most).</source>
        <translation>Tekst jest za długi (najwyżej 2000 znaków).</translation>
    </message>
    <message>
        <source>A request concerns the prisoner&apos;s details, an observation or a checklist run.</source>
        <translation>Wniosek dotyczy danych osadzonego, obserwacji lub wypełnionej listy kontrolnej.</translation>
    </message>
    <message>
        <source>Choose the outcome: rectified, refused or noted.</source>
        <translation>Wybierz wynik: sprostowano, odmówiono albo odnotowano.</translation>
    </message>
    <message>
        <source>Only a dispute is noted; a rectification is made or refused.</source>
        <translation>Odnotowuje się tylko zakwestionowanie; sprostowania się dokonuje albo odmawia.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Podaj uzasadnienie rozstrzygnięcia.</translation>
    </message>
    <message>
        <source>Name the amended version that made the correction (2 or more).</source>
        <translation>Podaj wersję poprawki, która wprowadziła sprostowanie (2 lub wyższą).</translation>
    </message>
    <message>
        <source>There is no version %1 of this record.</source>
        <translation>Nie ma wersji %1 tego zapisu.</translation>
    </message>
    <message>
        <source>Version %1 of the prisoner&apos;s details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
        <translation>Wersja %1 danych osadzonego nie poprawiła numeru ewidencyjnego, nazwiska, imion ani roku urodzenia po zarejestrowaniu wniosku (może to być zmiana oddziału, celi, stanu lub ograniczenia). Podaj wersję, która wprowadziła sprostowanie.</translation>
    </message>
    <message>
        <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
        <translation>Wersja %1 tego zapisu powstała przed zarejestrowaniem wniosku, więc nie może być sprostowaniem, o które prosiła osoba. Popraw zapis, a potem podaj wersję, którą utworzyła poprawka.</translation>
    </message>
    <message>
        <source>Choose rectification or dispute.</source>
        <translation>Wybierz sprostowanie albo zakwestionowanie.</translation>
    </message>
    <message>
        <source>Write what the person asks or contests.</source>
        <translation>Wpisz, o co osoba wnosi albo co kwestionuje.</translation>
    </message>
    <message>
        <source>There is no such request.</source>
        <translation>Nie ma takiego wniosku.</translation>
    </message>
    <message>
        <source>This request has already been decided.</source>
        <translation>Ten wniosek został już rozstrzygnięty.</translation>
    </message>
    <message>
        <source>The note to export no longer exists.</source>
        <translation>Adnotacja do eksportu już nie istnieje.</translation>
    </message>
    <message>
        <source>a note&apos;s kind, outcome and object do not fit together</source>
        <translation>rodzaj, wynik i przedmiot adnotacji do siebie nie pasują</translation>
    </message>
    <message>
        <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
        <translation>Przetwarzanie tych akt jest ograniczone: zapis poprawia się tylko w odpowiedzi na otwarty wniosek o jego sprostowanie. Przełożony najpierw rejestruje wniosek albo uchyla ograniczenie.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
        <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of &quot;damaged&quot; or a wrong password (decision 0034).</extracomment>
        <translation>Ten sejf utworzyła nowsza wersja radprev (jego plik kluczy vault.keys ma format %1; ta wersja odczytuje formaty najwyżej do %2); zainstaluj tamtą wersję lub nowszą. W sejfie niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
        <translation>Ten sejf utworzyła nowsza wersja radprev (jego plik kluczy vault.keys zapisuje %1, czego ta wersja nie zna); zainstaluj tamtą wersję lub nowszą. W sejfie niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>The record is malformed (a field has the wrong type or shape).</source>
        <extracomment>json.loads&apos; own decoder (no hook) and its scanner, for the audit lines.</extracomment>
        <translation>Zapis jest uszkodzony (pole ma niewłaściwy typ lub postać).</translation>
    </message>
    <message>
        <source>The record does not fit the vault (a constraint refused it).</source>
        <translation>Zapis nie pasuje do sejfu (odrzuciło go ograniczenie bazy).</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>I saw or heard it myself</source>
        <translation>Widziane lub słyszane osobiście</translation>
    </message>
    <message>
        <source>Overheard</source>
        <translation>Zasłyszane</translation>
    </message>
    <message>
        <source>Told by a prisoner</source>
        <translation>Przekazane przez osadzonego</translation>
    </message>
    <message>
        <source>Told by staff</source>
        <translation>Przekazane przez personel</translation>
    </message>
    <message>
        <source>Item or document found</source>
        <translation>Znaleziony przedmiot lub dokument</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Zwykła</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytetowa</translation>
    </message>
    <message>
        <source>Immediate (threat to life or imminent harm)</source>
        <translation>Natychmiastowa (zagrożenie życia lub bezpośrednia szkoda)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Przekazana</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Zwrócona</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Wyeksportowana</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Przebywa w jednostce</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Przeniesiony</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Zwolniony</translation>
    </message>
    <message>
        <source>Returned to the officer</source>
        <translation>Zwrócona funkcjonariuszowi</translation>
    </message>
    <message>
        <source>Re-graded</source>
        <translation>Zmieniona ocena</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Zachowano</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Zanonimizowano</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>funkcjonariusz</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>przełożony</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>audytor</translation>
    </message>
    <message>
        <source>analyst</source>
        <translation>analityk</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>szkoleniowiec</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>central office</source>
        <translation>centrala</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Zapis obserwacji</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Podsumowanie teczki osadzonego</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Podsumowanie oddziału za okres</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Lista kontrolna (formularz papierowy)</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Arkusz odzyskiwania sejfu</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Arkusz rejestracji stanowiska</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raport dostępu osoby, której dane dotyczą</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Raport jednostki</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Przegląd krajowy</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Przekazanie po zwolnieniu do kuratorskiej służby sądowej</translation>
    </message>
    <message>
        <source>Data-protection officer&apos;s report</source>
        <translation>Raport inspektora ochrony danych</translation>
    </message>
    <message>
        <source>Review of the file</source>
        <translation>Weryfikacja akt</translation>
    </message>
    <message>
        <source>New information to record</source>
        <translation>Nowa informacja do zapisania</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Nadzór</translation>
    </message>
    <message>
        <source>Request of the data subject</source>
        <translation>Żądanie osoby, której dane dotyczą</translation>
    </message>
    <message>
        <source>Other (explain)</source>
        <translation>Inny (wyjaśnij)</translation>
    </message>
    <message>
        <source>Own work queue</source>
        <translation>Własna kolejka zadań</translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED (&quot;accepted&quot;) would be one key of one dict.</extracomment>
        <translation>Zaproponowane</translation>
    </message>
    <message>
        <source>Accepted by the programme</source>
        <translation>Przyjęte do programu</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Odrzucone</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęte</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Zakończone przedwcześnie</translation>
    </message>
    <message>
        <source>Disengagement programme</source>
        <extracomment>The six kinds of programme (core/services/referrals.py) until a country&apos;s own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
        <translation>Program odchodzenia od ekstremizmu</translation>
    </message>
    <message>
        <source>Rehabilitation programme</source>
        <translation>Program resocjalizacyjny</translation>
    </message>
    <message>
        <source>Mentoring</source>
        <translation>Program mentorski</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Edukacja</translation>
    </message>
    <message>
        <source>Mental-health support</source>
        <translation>Wsparcie w zakresie zdrowia psychicznego</translation>
    </message>
    <message>
        <source>Religious counselling (chaplaincy)</source>
        <translation>Poradnictwo religijne (kapelan)</translation>
    </message>
    <message>
        <source>Routine: for the next review.</source>
        <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
        <translation>Zwykła: do następnej weryfikacji.</translation>
    </message>
    <message>
        <source>Priority: a supervisor should see it soon.</source>
        <translation>Priorytetowa: przełożony powinien zapoznać się wkrótce.</translation>
    </message>
    <message>
        <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
        <translation>Natychmiastowa: zagrożenie życia lub bezpośrednia szkoda; zgłoszona natychmiast osobiście lub telefonicznie.</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings&apos; keys).</extracomment>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <source>Other explanations considered</source>
        <translation>Rozważone inne wyjaśnienia</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Your duty at the time</source>
        <translation>Twoja funkcja w tym czasie</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Podjęte lub zalecane działania</translation>
    </message>
    <message>
        <source>Prisoner&apos;s own account</source>
        <translation>Relacja osadzonego</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Zaangażowane osoby</translation>
    </message>
    <message>
        <source>Evidence for the items ticked</source>
        <translation>Przykłady do zaznaczonych pozycji</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Zaobserwowane czynniki ochronne</translation>
    </message>
    <message>
        <source>Handling conditions</source>
        <translation>Warunki przekazywania</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Uwagi o kontekście i podatności</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <source>Evidence for %1</source>
        <extracomment>A checklist item&apos;s evidence field (&quot;answers.&lt;code&gt;&quot;).</extracomment>
        <translation>Przykład do %1</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <translation>3x5x2 (źródło 1–3, informacja A–E, zasady przekazywania P/C)</translation>
    </message>
    <message>
        <source>Reliable</source>
        <translation>Wiarygodne</translation>
    </message>
    <message>
        <source>Untested</source>
        <translation>Niesprawdzone</translation>
    </message>
    <message>
        <source>Not reliable</source>
        <translation>Niewiarygodne</translation>
    </message>
    <message>
        <source>Known directly to the source</source>
        <translation>Znane źródłu bezpośrednio</translation>
    </message>
    <message>
        <source>Known indirectly, corroborated</source>
        <translation>Znane pośrednio, potwierdzone</translation>
    </message>
    <message>
        <source>Known indirectly</source>
        <translation>Znane pośrednio</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Suspected to be false or malicious</source>
        <translation>Podejrzewane o fałsz lub złą wolę</translation>
    </message>
    <message>
        <source>Lawful sharing permitted</source>
        <translation>Dozwolone zgodne z prawem przekazywanie</translation>
    </message>
    <message>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Dozwolone zgodne z prawem przekazywanie na warunkach</translation>
    </message>
    <message>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralicji 6x6 (źródło A–F, informacja 1–6)</translation>
    </message>
    <message>
        <source>Completely reliable</source>
        <translation>Całkowicie wiarygodne</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Zwykle wiarygodne</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Dość wiarygodne</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Zwykle niewiarygodne</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Niewiarygodne</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Nie można ocenić wiarygodności</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Potwierdzone przez inne źródła</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Prawdopodobnie prawdziwe</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Możliwie prawdziwe</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Wątpliwe</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Nieprawdopodobne</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Nie można ocenić prawdziwości</translation>
    </message>
    <message>
        <source>Immediate</source>
        <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
        <translation>Natychmiastowa</translation>
    </message>
    <message>
        <source>training</source>
        <translation>szkoleniowy</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>The interrupted removal of %1 was finished.</source>
        <translation>Dokończono przerwane usuwanie %1.</translation>
    </message>
    <message>
        <source>The interrupted disabling of %1 was finished.</source>
        <translation>Dokończono przerwane wyłączanie %1.</translation>
    </message>
    <message>
        <source>%1 backup(s) under an older vault key were deleted.</source>
        <translation>Usunięto kopie zapasowe pod starszym kluczem sejfu: %1.</translation>
    </message>
    <message>
        <source>An interrupted key change could not be finished yet: %1</source>
        <translation>Przerwanej zmiany klucza nie udało się jeszcze dokończyć: %1</translation>
    </message>
    <message>
        <source>Reference bundle %1 was already imported; nothing changed.</source>
        <translation>Pakiet referencyjny %1 został już zaimportowany; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
        <translation>Zaimportowano pakiet referencyjny %1: szablony: %2, zmienione ustawienia: %3, listy kodów: %4.</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
        <translation>%1: pakiet %3 ze stanowiska %2 został już zaimportowany; niczego nie zmieniono (powtórzenie lub duplikat).</translation>
    </message>
    <message>
        <source>IMPORT FAILED: %1</source>
        <translation>IMPORT NIEUDANY: %1</translation>
    </message>
    <message>
        <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
        <translation>%1: zaimportowano pakiet %3 ze stanowiska %2: nowe %4, już znane %5, konflikty %6, w kwarantannie %7, wpisy audytu %8.</translation>
    </message>
    <message>
        <source>%1 of the quarantined records touch another establishment&apos;s files and were refused (a workstation may send its own establishment&apos;s records only).</source>
        <translation>Zapisy w kwarantannie dotyczące teczek innej jednostki i odrzucone: %1 (stanowisko może wysyłać tylko zapisy własnej jednostki).</translation>
    </message>
    <message>
        <source>It arrived after a later package (filled a gap).</source>
        <translation>Dotarł po późniejszym pakiecie (uzupełnił lukę).</translation>
    </message>
    <message>
        <source>Still missing from this workstation: %1.</source>
        <translation>Nadal brakuje z tego stanowiska: %1.</translation>
    </message>
    <message>
        <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
        <translation>Jego dziennik audytu przeczy wpisom, które centrala ma już dla tego stanowiska: sprzeczne wpisy trzymane są w kwarantannie; zwróć się do jednostki i inspektora ochrony danych (sync verify-audit).</translation>
    </message>
    <message>
        <source>  quarantined line %1 (%2 %3): %4</source>
        <translation>  w kwarantannie wiersz %1 (%2 %3): %4</translation>
    </message>
    <message>
        <source>Receipt %1 was already imported; nothing changed.</source>
        <translation>Potwierdzenie odbioru %1 zostało już zaimportowane; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
        <translation>Potwierdzenie odbioru %1: pakiety nowo potwierdzone jako dostarczone: %2.</translation>
    </message>
    <message>
        <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
        <translation>Jeszcze niepotwierdzone: %1 (wyślij je ponownie przez Eksport → wyślij ponownie, jeśli są zaległe).</translation>
    </message>
    <message>
        <source>Every package written has been confirmed.</source>
        <translation>Wszystkie zapisane pakiety zostały potwierdzone.</translation>
    </message>
    <message>
        <source>The central office holds different content for packages %1: tell the central office.</source>
        <translation>Centrala ma inną treść pakietów %1: powiadom centralę.</translation>
    </message>
    <message>
        <source>Transfer bundle %1 was already imported; nothing changed.</source>
        <translation>Pakiet przeniesienia %1 został już zaimportowany; niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
        <translation>Pakiet przeniesienia %1: teczka osadzonego %2 przyszła z %3 (%4); wcześniejsze zapisy są tylko do odczytu, nowe kontynuują tę samą teczkę.</translation>
    </message>
    <message>
        <source>%1 records differ from what this vault holds under the same id and version: this vault&apos;s copy was kept.</source>
        <translation>Zapisy (%1) różnią się od tych, które ta baza danych ma pod tym samym identyfikatorem i wersją: zachowano kopię z tej bazy danych.</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>Establishment</source>
        <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons&apos; records (the page hides the column on a workstation&apos;s vault).</extracomment>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Zapisano w</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
        <translation>Przy zatwierdzaniu funkcjonariusz został zapytany, czy te słowa o religii, pochodzeniu etnicznym lub polityce są potrzebne, i je zostawił: {words}</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The prisoner&apos;s details have not been changed since the file was opened.</source>
        <translation>Dane osadzonego nie były zmieniane od założenia teczki.</translation>
    </message>
    <message>
        <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
        <translation>Informacja dla osoby (dyrektywa (UE) 2016/680, art. 14)</translation>
    </message>
    <message>
        <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
        <translation>Termin przeglądu tej teczki: %1. Przy każdym przeglądzie przełożony decyduje, czy jest ona nadal potrzebna; teczka niepotrzebna jest anonimizowana lub usuwana.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Administrator danych</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
        <translation>Zapis tego, co funkcjonariusze widzieli i słyszeli, prowadzony, aby zapobiegać brutalnej radykalizacji w więzieniu i chronić osadzonych oraz personel. Nie jest to ocena ryzyka, a program nie podejmuje żadnych decyzji o nikim.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
        <translation>Zadania Służby Więziennej określone w prawie krajowym: zapobieganie przestępstwom i wykonywanie kar (dyrektywa (UE) 2016/680, art. 8).</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Okres przechowywania</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
        <translation>Funkcjonariusze i przełożeni jednostki oraz centrala Służby Więziennej (zaszyfrowanym pakietem USB). Każde inne udostępnienie jest wymienione poniżej.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Twoje prawa</translation>
    </message>
    <message>
        <source>You may ask the establishment&apos;s data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
        <translation>Możesz zwrócić się do inspektora ochrony danych jednostki o sprostowanie lub usunięcie swoich danych albo o ograniczenie ich przetwarzania. Masz prawo wnieść skargę do krajowego organu nadzorczego ds. ochrony danych.</translation>
    </message>
    <message>
        <source>Disclosures: where this data was sent</source>
        <translation>Udostępnienia: dokąd wysłano te dane</translation>
    </message>
    <message>
        <source>No disclosure of this file is recorded.</source>
        <translation>Nie odnotowano żadnego udostępnienia tej teczki.</translation>
    </message>
    <message>
        <source>USB package %1 to the central office (%2 records)</source>
        <translation>Pakiet USB %1 do centrali (rekordy: %2)</translation>
    </message>
    <message>
        <source>Release handover to %1</source>
        <translation>Przekazanie przy zwolnieniu: %1</translation>
    </message>
    <message>
        <source>Transfer to establishment %1</source>
        <translation>Przeniesienie do jednostki %1</translation>
    </message>
    <message>
        <source>Transfer bundle to establishment %1</source>
        <translation>Pakiet przeniesienia do jednostki %1</translation>
    </message>
    <message>
        <source>Report given to %1</source>
        <translation>Raport przekazany: %1</translation>
    </message>
    <message>
        <source>Copy of the person&apos;s data (JSON and PDF) given to %1</source>
        <translation>Kopia danych osoby (JSON i PDF) przekazana: %1</translation>
    </message>
    <message>
        <source>When</source>
        <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or &quot;other&quot; with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Udostępnienie</translation>
    </message>
    <message>
        <source>Redaction log</source>
        <translation>Rejestr pominięć</translation>
    </message>
    <message>
        <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
        <translation>Co pominięto w tym raporcie, aby chronić inne osoby, i gdzie. Pominiętych słów nie pokazano.</translation>
    </message>
    <message>
        <source>Nothing was withheld.</source>
        <translation>Niczego nie pominięto.</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Razy</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Values before the change</source>
        <translation>Wartości przed zmianą</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>Historia ocen wiarygodności</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>zaproponowana</translation>
    </message>
    <message>
        <source>re-graded</source>
        <translation>zmieniona</translation>
    </message>
    <message>
        <source>Ver.</source>
        <translation>Wer.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ocena wiarygodności</translation>
    </message>
    <message>
        <source>Rectification, disputes and restriction</source>
        <translation>Sprostowania, zakwestionowania i ograniczenie</translation>
    </message>
    <message>
        <source>No rectification, dispute or restriction is recorded.</source>
        <translation>Nie zarejestrowano sprostowania, zakwestionowania ani ograniczenia.</translation>
    </message>
    <message>
        <source>What was asked, or why</source>
        <translation>Czego żądano lub dlaczego</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <source>Data-subject access report</source>
        <translation>Raport dostępu osoby, której dane dotyczą</translation>
    </message>
    <message>
        <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
        <translation>Wszystko, co sejf zawiera o wskazanej niżej osobie, łącznie z historią zmian oraz informacją, kto przeglądał lub udostępniał teczkę. Tożsamość źródła zastrzeżonego nie jest ujawniana w celu ochrony osoby trzeciej.</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>File opened</source>
        <translation>Teczka założona</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Zanonimizowano</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Changes to the prisoner&apos;s details</source>
        <translation>Zmiany danych osadzonego</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>Obserwacje (%1)</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this prisoner.</source>
        <translation>O tym osadzonym niczego nie zarejestrowano.</translation>
    </message>
    <message>
        <source>Observation %1 of %2</source>
        <translation>Obserwacja %1 z %2</translation>
    </message>
    <message>
        <source>Earlier version %1 (replaced)</source>
        <translation>Wcześniejsza wersja %1 (zastąpiona)</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Wypełnione listy kontrolne</translation>
    </message>
    <message>
        <source>Audit trail: who consulted or disclosed this file</source>
        <translation>Ślad audytowy: kto przeglądał lub udostępniał tę teczkę</translation>
    </message>
    <message>
        <source>%1 entries, oldest first, including this report.</source>
        <translation>Wpisów: %1, od najstarszego, łącznie z tym raportem.</translation>
    </message>
    <message>
        <source>Checklist (paper form)</source>
        <translation>Lista kontrolna (formularz papierowy)</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Prisoner (name, prison number)</source>
        <translation>Osadzony (nazwisko, numer ewidencyjny)</translation>
    </message>
    <message>
        <source>Unit / cell</source>
        <translation>Oddział / cela</translation>
    </message>
    <message>
        <source>Completed by (name, staff code)</source>
        <translation>Wypełnił (nazwisko, numer służbowy)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
        <translation>Zaznacz „zaobserwowano” tylko z konkretnym przykładem i datą wpisanymi w liniach. Opisuj zachowanie, nigdy samą religię, pochodzenie etniczne czy narodowość.</translation>
    </message>
    <message>
        <source>Not indicators — do not record these as signs</source>
        <translation>To nie są wskaźniki — nie zapisuj ich jako sygnałów</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>zaobserwowano</translation>
    </message>
    <message>
        <source>not observed</source>
        <translation>nie zaobserwowano</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>nie wiadomo</translation>
    </message>
    <message>
        <source>Recorded for support, not as signs of risk.</source>
        <translation>Zapisywane w celu udzielenia wsparcia, nie jako sygnały zagrożenia.</translation>
    </message>
    <message>
        <source>Protective factors</source>
        <translation>Czynniki ochronne</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Nie zaobserwowano żadnego</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Uwagi o kontekście i podatności</translation>
    </message>
    <message>
        <source>Summary by the officer</source>
        <translation>Podsumowanie funkcjonariusza</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Termin następnej weryfikacji</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Podpis</translation>
    </message>
    <message>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>File review due</source>
        <translation>Termin weryfikacji teczki</translation>
    </message>
    <message>
        <source>Subject id</source>
        <translation>Identyfikator osadzonego</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Ograniczenie</translation>
    </message>
    <message>
        <source>Accuracy disputed: processing restricted.</source>
        <translation>Prawidłowość zakwestionowana: przetwarzanie ograniczone.</translation>
    </message>
    <message>
        <source>Proposed by the officer: %1</source>
        <translation>Zaproponowana przez funkcjonariusza: %1</translation>
    </message>
    <message>
        <source>Observation id</source>
        <translation>Identyfikator obserwacji</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <source>Officer&apos;s duty</source>
        <translation>Służba funkcjonariusza</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Zarejestrowano</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <source>How it was obtained</source>
        <translation>Sposób pozyskania</translation>
    </message>
    <message>
        <source>Source identity</source>
        <translation>Tożsamość źródła</translation>
    </message>
    <message>
        <source>Restricted — never printed.</source>
        <translation>Zastrzeżona — nigdy nie drukowana.</translation>
    </message>
    <message>
        <source>Grading (source / information / handling)</source>
        <translation>Ocena (źródło / informacja / przekazywanie)</translation>
    </message>
    <message>
        <source>Reason for this correction</source>
        <translation>Powód tej korekty</translation>
    </message>
    <message>
        <source>What was seen or heard (facts)</source>
        <translation>Co widziano lub słyszano (fakty)</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment (interpretation, kept apart from the facts)</source>
        <translation>Ocena funkcjonariusza (interpretacja, oddzielona od faktów)</translation>
    </message>
    <message>
        <source>No assessment given.</source>
        <translation>Nie podano oceny.</translation>
    </message>
    <message>
        <source>Other people involved</source>
        <translation>Inne osoby</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Indicators recorded, each with its evidence</source>
        <translation>Zapisane wskaźniki wraz z uzasadnieniem</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <source>Protective factors seen</source>
        <translation>Zaobserwowane czynniki ochronne</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nie zapisano.</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Podjęte lub zalecane działania</translation>
    </message>
    <message>
        <source>The prisoner&apos;s own account</source>
        <translation>Relacja osadzonego</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Weryfikacje</translation>
    </message>
    <message>
        <source>Versions of this record</source>
        <translation>Wersje tego zapisu</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Weryfikujący</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <source>New grade</source>
        <translation>Nowa ocena wiarygodności</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>pierwsza wersja</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <source>Legend: grading codes and urgency</source>
        <translation>Legenda: kody oceny wiarygodności i pilność</translation>
    </message>
    <message>
        <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
        <translation>Każda obserwacja jest oceniana na odrębnych osiach, nigdy łączonych w wynik: wiarygodność źródła, sposób pozyskania informacji i zasady jej przekazywania.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informacja</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Zasady przekazywania</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Zestaw %1</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Oś</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>No checklist has been completed for this prisoner.</source>
        <translation>Dla tego osadzonego nie wypełniono żadnej listy kontrolnej.</translation>
    </message>
    <message>
        <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
        <translation>Liczby odpowiedzi w każdym obszarze, pokazane obok siebie. Nie są sumowane i nie są wynikiem ani poziomem zagrożenia.</translation>
    </message>
    <message>
        <source>%1 (v%2), completed %3 by %4</source>
        <translation>%1 (w%2), wypełniona %3 przez %4</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <source>Not observed</source>
        <translation>Nie zaobserwowano</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nie wiadomo</translation>
    </message>
    <message>
        <source>Items observed, with the dated example</source>
        <translation>Zaobserwowane pozycje z datowanym przykładem</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Support and vulnerability (for support, not a sign of risk)</source>
        <translation>Wsparcie i podatność (do udzielenia wsparcia, nie oznaka ryzyka)</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>Nie wskazano</translation>
    </message>
    <message>
        <source>Context and vulnerability (for support)</source>
        <translation>Kontekst i podatność (dla wsparcia)</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Arkusz rejestracji stanowiska</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Workstation id</source>
        <translation>Identyfikator stanowiska</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>Identyfikator sejfu</translation>
    </message>
    <message>
        <source>Vault created</source>
        <translation>Sejf utworzono</translation>
    </message>
    <message>
        <source>Signing key of this vault (Ed25519)</source>
        <translation>Klucz podpisu tego sejfu (Ed25519)</translation>
    </message>
    <message>
        <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
        <translation>Biuro centralne porównuje ten odcisk z odciskiem pokazanym przy imporcie pierwszego pakietu z tego stanowiska.</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certyfikat biura centralnego</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
        <translation>Przed zaufaniem certyfikatowi porównaj ten odcisk z odciskiem podanym przez biuro centralne (radprev central trust PLIK --fingerprint HEX).</translation>
    </message>
    <message>
        <source>No central office certificate is trusted yet.</source>
        <translation>Nie zaufano jeszcze żadnemu certyfikatowi biura centralnego.</translation>
    </message>
    <message>
        <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
        <translation>Odcisk to kod kontrolny, który radprev pokazuje na stronie Synchronizacja: grupy po cztery litery i cyfry, które identyfikują klucz, nie ujawniając go.</translation>
    </message>
    <message>
        <source>How to confirm</source>
        <translation>Jak potwierdzić</translation>
    </message>
    <message>
        <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
        <translation>1. Odczytaj odciski na głos w grupach po cztery znaki albo porównaj je obok siebie.</translation>
    </message>
    <message>
        <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
        <translation>2. Każda grupa musi się zgadzać. Jeśli jedna się różni, przerwij: nie importuj klucza i mu nie ufaj.</translation>
    </message>
    <message>
        <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
        <translation>3. Obaj administratorzy podpisują poniżej; arkusz przechowuj z dokumentacją rejestracji.</translation>
    </message>
    <message>
        <source>Workstation administrator</source>
        <translation>Administrator stanowiska</translation>
    </message>
    <message>
        <source>Central office</source>
        <translation>Biuro centralne</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
        <translation>Zapis obserwacji — nie jest oceną zagrożenia. Ocenę specjalistyczną przeprowadza wyłącznie przeszkolony personel.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL RECORD</source>
        <translation>SZKOLENIE — TO NIE JEST PRAWDZIWY ZAPIS</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>Wydrukował %1, %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Source %1: %2</source>
        <translation>Źródło %1: %2</translation>
    </message>
    <message>
        <source>Information %1: %2</source>
        <translation>Informacja %1: %2</translation>
    </message>
    <message>
        <source>Handling %1: %2</source>
        <translation>Przekazywanie %1: %2</translation>
    </message>
    <message>
        <source>Conditions: %1</source>
        <translation>Warunki: %1</translation>
    </message>
    <message>
        <source>Observation record</source>
        <translation>Zapis obserwacji</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <source>Vault recovery sheet</source>
        <translation>Arkusz odzyskiwania sejfu</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrukcja</translation>
    </message>
    <message>
        <source>1. Keep this sheet sealed in an envelope in the establishment&apos;s safe.</source>
        <translation>1. Przechowuj ten arkusz w zapieczętowanej kopercie w sejfie jednostki.</translation>
    </message>
    <message>
        <source>2. Do not copy, photograph or type this code anywhere else.</source>
        <translation>2. Nie kopiuj, nie fotografuj i nigdzie nie przepisuj tego kodu.</translation>
    </message>
    <message>
        <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
        <translation>3. Za pomocą tego kodu administrator może ustawić nowe hasło, gdy wszystkie hasła administratorów zostaną utracone: radprev recover UŻYTKOWNIK.</translation>
    </message>
    <message>
        <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
        <translation>4. Każdy, kto ma ten kod i pliki sejfu, może odczytać cały sejf. Jeśli arkusz zaginie lub zobaczy go ktoś niepowołany, zawiadom dział ochrony i nadaj sejfowi nowy klucz (radprev rekey).</translation>
    </message>
    <message>
        <source>5. Destroy this sheet by shredding when it is replaced.</source>
        <translation>5. Po zastąpieniu arkusza zniszcz go w niszczarce.</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>Zapieczętował</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Envelope number</source>
        <translation>Numer koperty</translation>
    </message>
    <message>
        <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
        <translation>Kod przepisywany z kartki: tylko litery i cyfry; wielkość liter i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <comment>, </comment>
        <translation>Znany jako: %1</translation>
    </message>
    <message>
        <source>No transfer recorded.</source>
        <translation>Nie odnotowano przeniesienia.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Zapisał(a)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>No referral to a programme recorded.</source>
        <translation>Nie odnotowano skierowania do programu.</translation>
    </message>
    <message>
        <source>Reason (facts)</source>
        <translation>Powód (fakty)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <source>Reason and outcome</source>
        <translation>Powód i wynik</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Podjęte działanie</translation>
    </message>
    <message>
        <source>(officer: %1)</source>
        <translation>(funkcjonariusz: %1)</translation>
    </message>
    <message>
        <source>When / where</source>
        <translation>Kiedy / gdzie</translation>
    </message>
    <message>
        <source>Urgency / status</source>
        <translation>Pilność / status</translation>
    </message>
    <message>
        <source>Grading</source>
        <translation>Wiarygodność</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapis</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Nie zapisano weryfikacji.</translation>
    </message>
    <message>
        <source>Observed on</source>
        <translation>Data obserwacji</translation>
    </message>
    <message>
        <source>Prisoner&apos;s details</source>
        <translation>Dane osadzonego</translation>
    </message>
    <message>
        <source>Observation of %1, version %2</source>
        <translation>Obserwacja z %1, wersja %2</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>skorygowano</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Nie zapisano korekt.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Subject summary</source>
        <translation>Podsumowanie teczki osadzonego</translation>
    </message>
    <message>
        <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
        <translation>Wydrukowano razem z innymi teczkami (%1), które analityk uznał za dotyczące tej samej osoby.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
        <translation>Zarejestrowane obserwacje: %1 (zwykłe %2, priorytetowe %3, natychmiastowe %4); wypełnione listy kontrolne: %5.</translation>
    </message>
    <message>
        <source>First observation %1, latest %2.</source>
        <translation>Pierwsza obserwacja %1, ostatnia %2.</translation>
    </message>
    <message>
        <source>Timeline of observations</source>
        <translation>Chronologia obserwacji</translation>
    </message>
    <message>
        <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner&apos;s file shows them with their state.</source>
        <translation>Raporty zwrócone autorowi lub odrzucone przez przełożonego (%1) nie są tu drukowane ani liczone; akta osadzonego pokazują je wraz z ich stanem.</translation>
    </message>
    <message>
        <source>Checklist results by domain</source>
        <translation>Wyniki list kontrolnych według obszarów</translation>
    </message>
    <message>
        <source>Transfers between establishments</source>
        <translation>Przeniesienia między jednostkami</translation>
    </message>
    <message>
        <source>Reviews and re-grades</source>
        <translation>Weryfikacje i zmiany ocen</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>Historia korekt</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Wzorcowa obserwacja</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Częste błędy</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Jak dotąd bez błędów.</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>times</source>
        <translation>razy</translation>
    </message>
    <message>
        <source>in scenarios</source>
        <translation>w scenariuszach</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nieukończone</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Zaznaczone pozycje</translation>
    </message>
    <message>
        <source>How it is known</source>
        <translation>Sposób uzyskania informacji</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Karta szkolenia</translation>
    </message>
    <message>
        <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee&apos;s exercises are described.</source>
        <translation>Zapis ćwiczeń na fikcyjnych scenariuszach w bazie szkoleniowej. Nie mówi nic o żadnej rzeczywistej osobie i żaden osadzony nie jest oceniany: opisano tylko ćwiczenia osoby szkolonej.</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Szkolony</translation>
    </message>
    <message>
        <source>Exercises started</source>
        <translation>Rozpoczęte ćwiczenia</translation>
    </message>
    <message>
        <source>Exercises completed</source>
        <translation>Ukończone ćwiczenia</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>What the trainee recorded</source>
        <translation>Zapis osoby szkolonej</translation>
    </message>
    <message>
        <source>No exercise yet.</source>
        <translation>Nie ma jeszcze ćwiczeń.</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Podsumowanie oddziału za okres</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Szablon listy kontrolnej</translation>
    </message>
    <message>
        <source>Observations by urgency</source>
        <translation>Obserwacje według pilności</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>No observation in the period cites an indicator.</source>
        <translation>Żadna obserwacja z tego okresu nie wskazuje wskaźnika.</translation>
    </message>
    <message>
        <source>No workstation is enrolled.</source>
        <translation>Nie zarejestrowano żadnego stanowiska.</translation>
    </message>
    <message>
        <source>export overdue</source>
        <translation>eksport zaległy</translation>
    </message>
    <message>
        <source>missing %1</source>
        <comment>, </comment>
        <translation>brakuje: %1</translation>
    </message>
    <message>
        <source>receipt overdue</source>
        <translation>potwierdzenie odbioru zaległe</translation>
    </message>
    <message>
        <source>%1 in quarantine</source>
        <translation>%1 w kwarantannie</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 konfliktów</translation>
    </message>
    <message>
        <source>failed imports %1</source>
        <comment>, </comment>
        <translation>nieudane importy: %1</translation>
    </message>
    <message>
        <source>cannot receive transfers yet</source>
        <translation>nie może jeszcze przyjmować przeniesień</translation>
    </message>
    <message>
        <source>in order</source>
        <translation>w porządku</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Ostatni pakiet</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Awaiting receipt</source>
        <translation>Oczekuje na potwierdzenie odbioru</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Establishment report</source>
        <translation>Raport jednostki</translation>
    </message>
    <message>
        <source>Observations counted</source>
        <translation>Policzone obserwacje</translation>
    </message>
    <message>
        <source>Files held</source>
        <translation>Prowadzone teczki</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
        <translation>Obserwacje liczone są w jednostce, w której je zapisano, według dnia zdarzenia; raporty zwrócone i odrzucone nie są liczone.</translation>
    </message>
    <message>
        <source>Observations by indicator domain</source>
        <translation>Obserwacje według obszarów wskaźników</translation>
    </message>
    <message>
        <source>Referrals to programmes</source>
        <translation>Skierowania do programów</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now.</source>
        <translation>Skierowania wydane w okresie, według obecnego stanu.</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Skierowania</translation>
    </message>
    <message>
        <source>Transfers and files</source>
        <translation>Przeniesienia i teczki</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Liczba</translation>
    </message>
    <message>
        <source>Prisoners transferred in</source>
        <translation>Osadzeni przeniesieni do jednostki</translation>
    </message>
    <message>
        <source>Prisoners transferred out</source>
        <translation>Osadzeni przeniesieni z jednostki</translation>
    </message>
    <message>
        <source>New files opened</source>
        <translation>Nowo założone teczki</translation>
    </message>
    <message>
        <source>Files due for review on or before %1</source>
        <translation>Teczki do weryfikacji do dnia %1</translation>
    </message>
    <message>
        <source>Workstations</source>
        <translation>Stanowiska</translation>
    </message>
    <message>
        <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
        <translation>Obserwacja ze wskaźnikami z kilku obszarów jest liczona w każdym z nich. Liczby pokazano obok siebie; nie są wynikiem.</translation>
    </message>
    <message>
        <source>Observations citing each domain (all urgencies)</source>
        <translation>Obserwacje wskazujące dany obszar (wszystkie pilności)</translation>
    </message>
    <message>
        <source>Immediate items</source>
        <translation>Sprawy natychmiastowe</translation>
    </message>
    <message>
        <source>Facts (beginning)</source>
        <translation>Fakty (początek)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Wymieniono pierwsze %1 z %2.</translation>
    </message>
    <message>
        <source>Your units: %1</source>
        <comment>, </comment>
        <translation>Twoje oddziały: %1</translation>
    </message>
    <message>
        <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner&apos;s file shows them with their state.</source>
        <translation>Wersje robocze oraz raporty zwrócone autorowi lub odrzucone przez przełożonego nie są liczone: akta osadzonego pokazują je wraz z ich stanem.</translation>
    </message>
    <message>
        <source>No immediate items in this period.</source>
        <translation>Brak spraw natychmiastowych w tym okresie.</translation>
    </message>
    <message>
        <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
        <translation>Skierowania wydane w okresie, według obecnego stanu (tylko liczby, nigdy ocena punktowa).</translation>
    </message>
    <message>
        <source>New subject files</source>
        <translation>Nowe teczki</translation>
    </message>
    <message>
        <source>Subject files opened in the period: %1.</source>
        <translation>Teczki założone w okresie: %1.</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Założono</translation>
    </message>
    <message>
        <source>Overdue file reviews</source>
        <translation>Zaległe weryfikacje teczek</translation>
    </message>
    <message>
        <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
        <translation>Teczki z terminem weryfikacji do %1: %2. Dla każdej przełożony decyduje: zachować (z uzasadnieniem), zanonimizować lub usunąć.</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>A word quoted from the trainee&apos;s answer, in the language&apos;s quotation marks („%1“, „%1”…).</extracomment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>Your facts say what was seen and heard, without words of opinion.</source>
        <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
        <translation>Fakty opisują to, co widziano i słyszano, bez słów opinii.</translation>
    </message>
    <message>
        <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
        <translation>W faktach są słowa opinii: %1. Fakty mówią, co widziano lub słyszano; opinie należą do oceny, a czyjeś słowa cytuje się w cudzysłowie.</translation>
    </message>
    <message>
        <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
        <translation>Osoba, która przekazała informację (%1), została wymieniona poza zastrzeżonym polem źródła. Od tego zależy jej bezpieczeństwo: wpisuje się ją tylko w polu tożsamości źródła, które nigdy nie jest drukowane.</translation>
    </message>
    <message>
        <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
        <translation>Fakty wspominają %1. Czy to jest potrzebne do opisania zachowania?</translation>
    </message>
    <message>
        <source>You ticked %1 (%2): right.</source>
        <translation>Zaznaczono %1 (%2): słusznie.</translation>
    </message>
    <message>
        <source>You did not tick %1 (%2), which the facts support.</source>
        <translation>Nie zaznaczono %1 (%2), choć fakty to uzasadniają.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
        <translation>Zaznaczono %1 (%2). Tu to kwestia oceny: ani zaznaczenie, ani pominięcie nie jest błędem.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2), which the facts do not support.</source>
        <translation>Zaznaczono %1 (%2), czego fakty nie uzasadniają.</translation>
    </message>
    <message>
        <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
        <translation>Zaznaczono %1 (%2) na podstawie czegoś, co nigdy nie jest wskaźnikiem: %3.</translation>
    </message>
    <message>
        <source>You ticked no item: right, nothing in these facts is an indicator.</source>
        <translation>Nie zaznaczono żadnej pozycji: słusznie, nic w tych faktach nie jest wskaźnikiem.</translation>
    </message>
    <message>
        <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
        <translation>Przykład do %1 zawiera słowa opinii: %2. Przykład to konkretny, datowany opis tego, co widziano lub słyszano.</translation>
    </message>
    <message>
        <source>Urgency: %1. Right.</source>
        <translation>Pilność: %1. Słusznie.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; this needs %2.</source>
        <translation>Wybrano pilność: %1; ta sprawa wymaga: %2.</translation>
    </message>
    <message>
        <source>You chose the urgency %1; %2 is enough here.</source>
        <translation>Wybrano pilność: %1; tu wystarczy: %2.</translation>
    </message>
    <message>
        <source>You recorded how you know it as “%1”; here it is “%2”.</source>
        <translation>Jako sposób uzyskania informacji zapisano „%1”; tu jest to „%2”.</translation>
    </message>
    <message>
        <source>Grading: source %1, information %2. Right.</source>
        <translation>Ocena: źródło %1, informacja %2. Słusznie.</translation>
    </message>
    <message>
        <source>You graded the source %1; here it should be %2.</source>
        <translation>Źródło oceniono na %1; tu powinno być %2.</translation>
    </message>
    <message>
        <source>You graded the information %1; here it should be %2.</source>
        <translation>Informację oceniono na %1; tu powinno być %2.</translation>
    </message>
    <message>
        <source>This vault grades with another scale (%1); your grading was not compared.</source>
        <translation>Ten sejf używa innej skali ocen (%1); ocena nie została porównana.</translation>
    </message>
    <message>
        <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
        <translation>Ktoś to przekazał: proszę zapisać kto, w zastrzeżonym polu tożsamości źródła (nigdy nie drukowanym), by dział ochrony mógł ocenić źródło.</translation>
    </message>
    <message>
        <source>Your assessment weighs other possible explanations.</source>
        <translation>Ocena rozważa inne możliwe wyjaśnienia.</translation>
    </message>
    <message>
        <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
        <translation>Ocena nie rozważa żadnego innego wyjaśnienia. Zanim zachowanie uzna się za sygnał, trzeba zapytać, co jeszcze mogłoby je wyjaśnić.</translation>
    </message>
    <message>
        <source>Also worth weighing:</source>
        <translation>Warto też rozważyć:</translation>
    </message>
    <message>
        <source>You noted the context: %1 (%2).</source>
        <translation>Odnotowano kontekst: %1 (%2).</translation>
    </message>
    <message>
        <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
        <translation>Kontekst wart zapisania, dla wsparcia, a nigdy jako oznaka zagrożenia: %1 (%2).</translation>
    </message>
    <message>
        <source>You recorded the protective factor %1 (%2).</source>
        <translation>Zapisano czynnik ochronny %1 (%2).</translation>
    </message>
    <message>
        <source>You did not record the protective factor %1 (%2).</source>
        <translation>Nie zapisano czynnika ochronnego %1 (%2).</translation>
    </message>
    <message>
        <source>Not an indicator: %1.</source>
        <translation>To nie jest wskaźnik: %1.</translation>
    </message>
    <message>
        <source>Words of opinion in the facts</source>
        <extracomment>Short names of the points to improve, for the trainer&apos;s list of common mistakes.</extracomment>
        <translation>Słowa opinii w faktach</translation>
    </message>
    <message>
        <source>Informant named outside the restricted field</source>
        <translation>Informator wymieniony poza zastrzeżonym polem</translation>
    </message>
    <message>
        <source>Item missed</source>
        <translation>Pominięta pozycja</translation>
    </message>
    <message>
        <source>Item ticked that the facts do not support</source>
        <translation>Zaznaczona pozycja bez oparcia w faktach</translation>
    </message>
    <message>
        <source>Item ticked on the strength of a non-indicator</source>
        <translation>Pozycja zaznaczona na podstawie czegoś, co nie jest wskaźnikiem</translation>
    </message>
    <message>
        <source>Words of opinion in the evidence</source>
        <translation>Słowa opinii w przykładzie</translation>
    </message>
    <message>
        <source>Urgency too low</source>
        <translation>Zbyt niska pilność</translation>
    </message>
    <message>
        <source>Urgency too high</source>
        <translation>Zbyt wysoka pilność</translation>
    </message>
    <message>
        <source>How it is known recorded wrongly</source>
        <translation>Błędnie zapisany sposób uzyskania informacji</translation>
    </message>
    <message>
        <source>Source graded wrongly</source>
        <translation>Błędna ocena źródła</translation>
    </message>
    <message>
        <source>Information graded wrongly</source>
        <translation>Błędna ocena informacji</translation>
    </message>
    <message>
        <source>No other explanation weighed</source>
        <translation>Brak rozważenia innych wyjaśnień</translation>
    </message>
    <message>
        <source>Protective factor not recorded</source>
        <translation>Niezapisany czynnik ochronny</translation>
    </message>
    <message>
        <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
        <translation>Natychmiastowa oznacza: teraz powiadomić przełożonego, osobiście lub telefonicznie. Nie czekać na raport, weryfikację ani eksport.</translation>
    </message>
    <message>
        <source>Done well</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <source>To improve</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Warto wiedzieć</translation>
    </message>
    <message>
        <source>open referrals to programmes</source>
        <translation>otwarte skierowania do programów</translation>
    </message>
    <message>
        <source>closed referrals and their outcomes</source>
        <translation>zamknięte skierowania i ich wyniki</translation>
    </message>
    <message>
        <source>the facts of reviewed observations since %1</source>
        <translation>fakty ze zweryfikowanych obserwacji od %1</translation>
    </message>
    <message>
        <source>protective factors noted in reviewed observations</source>
        <translation>czynniki ochronne odnotowane w zweryfikowanych obserwacjach</translation>
    </message>
    <message>
        <source>officers&apos; assessments</source>
        <translation>oceny funkcjonariuszy</translation>
    </message>
    <message>
        <source>This extract holds, as the handover policy allows: %1.</source>
        <comment>; </comment>
        <translation>Ten wyciąg zawiera, zgodnie z zasadami przekazywania: %1.</translation>
    </message>
    <message>
        <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
        <translation>Nigdy nie są przekazywane: tożsamość źródła, obserwacje z zastrzeżonym źródłem oraz raporty zwrócone, odrzucone lub niezweryfikowane przez przełożonego.</translation>
    </message>
    <message>
        <source>No reviewed observation in the period.</source>
        <translation>Brak zweryfikowanych obserwacji w tym okresie.</translation>
    </message>
    <message>
        <source>Officer&apos;s assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Zapisano w</translation>
    </message>
    <message>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <source>No protective factor noted in reviewed observations.</source>
        <translation>W zweryfikowanych obserwacjach nie odnotowano czynnika ochronnego.</translation>
    </message>
    <message>
        <source>Protective factor</source>
        <translation>Czynnik ochronny</translation>
    </message>
    <message>
        <source>Last noted</source>
        <translation>Ostatnio odnotowano</translation>
    </message>
    <message>
        <source>Release handover to the probation service</source>
        <translation>Przekazanie po zwolnieniu do kuratorskiej służby sądowej</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Dla</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <source>Signed with workstation key</source>
        <translation>Podpisano kluczem stanowiska</translation>
    </message>
    <message>
        <source>Reviewed observations: what was seen or heard</source>
        <translation>Zweryfikowane obserwacje: fakty</translation>
    </message>
    <message>
        <source>National overview</source>
        <translation>Przegląd krajowy</translation>
    </message>
    <message>
        <source>Establishments</source>
        <translation>Jednostki</translation>
    </message>
    <message>
        <source>Workstations enrolled</source>
        <translation>Zarejestrowane stanowiska</translation>
    </message>
    <message>
        <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
        <translation>Obserwacje liczone są w jednostce, w której je zapisano, według dnia zdarzenia; raporty zwrócone i odrzucone nie są liczone. Jednostki wymieniono według kodu, bez rankingu.</translation>
    </message>
    <message>
        <source>Observations by establishment</source>
        <translation>Obserwacje według jednostek</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Referrals, transfers and reviews by establishment</source>
        <translation>Skierowania, przeniesienia i weryfikacje według jednostek</translation>
    </message>
    <message>
        <source>Referrals open</source>
        <translation>Skierowania otwarte</translation>
    </message>
    <message>
        <source>Referrals closed</source>
        <translation>Skierowania zamknięte</translation>
    </message>
    <message>
        <source>Transfers in</source>
        <translation>Przeniesienia do jednostki</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Przeniesienia z jednostki</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Weryfikacje do wykonania</translation>
    </message>
    <message>
        <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
        <comment>, </comment>
        <translation>Ten przegląd obejmuje tylko jednostki, do których masz dostęp (%1); pozostałe jednostki nie są liczone.</translation>
    </message>
    <message>
        <source>Observations per establishment (all urgencies)</source>
        <translation>Obserwacje w jednostkach (wszystkie pilności)</translation>
    </message>
    <message>
        <source>%1 of %2 workstations need attention.</source>
        <translation>Uwagi wymaga %1 z %2 stanowisk.</translation>
    </message>
    <message>
        <source>Read the file or a record in it</source>
        <translation>Odczytanie teczki lub zapisu w niej</translation>
    </message>
    <message>
        <source>Found the file in a search or a list</source>
        <translation>Teczka znaleziona w wyszukiwaniu lub na liście</translation>
    </message>
    <message>
        <source>Recorded or corrected the prisoner&apos;s details</source>
        <translation>Zapisanie lub poprawienie danych osadzonego</translation>
    </message>
    <message>
        <source>Wrote or corrected an observation</source>
        <translation>Zapisanie lub poprawienie obserwacji</translation>
    </message>
    <message>
        <source>Reviewed an observation</source>
        <translation>Weryfikacja obserwacji</translation>
    </message>
    <message>
        <source>Completed or corrected a checklist</source>
        <translation>Wypełnienie lub poprawienie listy kontrolnej</translation>
    </message>
    <message>
        <source>Made a report</source>
        <translation>Sporządzenie raportu</translation>
    </message>
    <message>
        <source>Gave data to another authority</source>
        <translation>Przekazanie danych innemu organowi</translation>
    </message>
    <message>
        <source>Sent to the central office</source>
        <translation>Wysłanie do centrali</translation>
    </message>
    <message>
        <source>Transfer to another establishment</source>
        <translation>Przeniesienie do innej jednostki</translation>
    </message>
    <message>
        <source>Referral to a programme</source>
        <translation>Skierowanie na program</translation>
    </message>
    <message>
        <source>Decision on keeping or erasing the file</source>
        <translation>Decyzja o zachowaniu lub usunięciu teczki</translation>
    </message>
    <message>
        <source>Decision whether two files are the same person</source>
        <translation>Decyzja, czy dwie teczki dotyczą tej samej osoby</translation>
    </message>
    <message>
        <source>Restriction, correction or dispute of the data</source>
        <translation>Ograniczenie, sprostowanie lub zakwestionowanie danych</translation>
    </message>
    <message>
        <source>Other recorded action on the file</source>
        <extracomment>Actions that never concern a prisoner&apos;s file (accounts, keys, the vault), and codes not in the table (an older build&apos;s, read from an imported log).</extracomment>
        <translation>Inna odnotowana czynność dotycząca teczki</translation>
    </message>
    <message>
        <source>[another prisoner]</source>
        <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting&apos;s value).</extracomment>
        <translation>[inny osadzony]</translation>
    </message>
    <message>
        <source>[source withheld]</source>
        <translation>[źródło pominięte]</translation>
    </message>
    <message>
        <source>Officer %1</source>
        <translation>Funkcjonariusz %1</translation>
    </message>
    <message>
        <source>Another prisoner&apos;s name</source>
        <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
        <translation>Nazwisko innego osadzonego</translation>
    </message>
    <message>
        <source>Identity of a restricted source</source>
        <translation>Tożsamość zastrzeżonego źródła</translation>
    </message>
    <message>
        <source>Name of an officer</source>
        <translation>Nazwisko funkcjonariusza</translation>
    </message>
    <message>
        <source>Who consulted this file</source>
        <translation>Kto przeglądał te akta</translation>
    </message>
    <message>
        <source>Consultations without a stated purpose</source>
        <translation>Wglądy bez podanego celu</translation>
    </message>
    <message>
        <source>Exports and disclosures in the period</source>
        <translation>Eksporty i ujawnienia w okresie</translation>
    </message>
    <message>
        <source>Files overdue for their review</source>
        <translation>Akta po terminie weryfikacji</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Dotyczy</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source>Reason for this report</source>
        <translation>Cel tego raportu</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Dni po terminie</translation>
    </message>
    <message>
        <source>Rectification request</source>
        <translation>Wniosek o sprostowanie</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>Zakwestionowanie</translation>
    </message>
    <message>
        <source>Processing restricted</source>
        <translation>Ograniczono przetwarzanie</translation>
    </message>
    <message>
        <source>Restriction lifted</source>
        <translation>Uchylono ograniczenie</translation>
    </message>
    <message>
        <source>open, not decided yet</source>
        <translation>otwarty, jeszcze nierozstrzygnięty</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>sprostowano</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odmówiono</translation>
    </message>
    <message>
        <source>noted beside the record</source>
        <translation>odnotowano przy zapisie</translation>
    </message>
    <message>
        <source>the prisoner&apos;s details</source>
        <translation>dane osadzonego</translation>
    </message>
    <message>
        <source>an observation</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <source>a checklist run</source>
        <translation>wypełniona lista kontrolna</translation>
    </message>
    <message>
        <source>rectified by version %1</source>
        <translation>sprostowano w wersji %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>odmówiono: %1</translation>
    </message>
    <message>
        <source>noted beside the record: %1</source>
        <translation>odnotowano przy zapisie: %1</translation>
    </message>
    <message>
        <source>not a request</source>
        <translation>to nie jest wniosek</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Przeniesienia</translation>
    </message>
</context>
<context>
    <name>safeguards</name>
    <message>
        <source>Is this necessary to describe the behaviour?</source>
        <extracomment>The gentle question (context &quot;safeguards&quot; of the catalogues).</extracomment>
        <translation>Czy to jest potrzebne do opisania zachowania?</translation>
    </message>
    <message>
        <source>Religious conversion or a change to a different faith</source>
        <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context &quot;safeguards&quot;).</extracomment>
        <translation>Zmiana wyznania lub przejście na inną wiarę</translation>
    </message>
    <message>
        <source>More religious practice, prayer or attendance at worship</source>
        <translation>Częstsze praktyki religijne, modlitwa lub udział w nabożeństwach</translation>
    </message>
    <message>
        <source>Fasting, diet or food rules</source>
        <translation>Post, dieta lub zasady żywienia</translation>
    </message>
    <message>
        <source>A beard, head covering or style of dress</source>
        <translation>Broda, nakrycie głowy lub sposób ubierania się</translation>
    </message>
    <message>
        <source>Having religious books or objects</source>
        <translation>Posiadanie książek lub przedmiotów religijnych</translation>
    </message>
    <message>
        <source>The language a person speaks</source>
        <translation>Język, którym posługuje się osoba</translation>
    </message>
    <message>
        <source>Nationality, ethnicity or skin colour</source>
        <translation>Obywatelstwo, pochodzenie etniczne lub kolor skóry</translation>
    </message>
    <message>
        <source>Lawful political opinions that do not advocate violence</source>
        <translation>Legalne poglądy polityczne, które nie nawołują do przemocy</translation>
    </message>
    <message>
        <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
        <translation>Modlitwa, samodzielna lub wspólna, nauczanie religijne, nabożeństwa lub kontakt z kapelanem lub imamem</translation>
    </message>
</context>
</TS>
