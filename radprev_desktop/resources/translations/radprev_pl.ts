<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../gui/about.py" line="+17"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database folder</source>
        <translation>Folder bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs and crash reports</source>
        <translation>Dzienniki i raporty awarii</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location line="+10"/>
        <source>About radprev</source>
        <translation>O programie radprev</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
        <translation>radprev — rejestr obserwacji dla funkcjonariuszy Służby Więziennej, działający bez sieci.
To rejestr obserwacji, a nie ocena ryzyka.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
        <translation>Licencje składników zewnętrznych: plik THIRD-PARTY-NOTICES.txt w folderze programu.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../gui/pages/admin.py" line="+96"/>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff code</source>
        <translation>Numer służbowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role: {role}</source>
        <translation>Rola: {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Units</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit {code}</source>
        <translation>Oddział {code}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This establishment has no units.</source>
        <translation>Ta jednostka nie ma oddziałów.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
        <translation>Wpisz dwukrotnie hasło tymczasowe i przekaż je tej osobie; przy pierwszym logowaniu musi ustawić własne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff code:</source>
        <translation>Numer &amp;służbowy:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type a username.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick at least one role.</source>
        <translation>Zaznacz co najmniej jedną rolę.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../core/settings_catalogue.py" line="+185"/>
        <source>Lock after idle (minutes)</source>
        <translation>Blokada po bezczynności (minuty)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Write new observations before seeing earlier reports (default)</source>
        <translation>Nowa obserwacja przed wglądem we wcześniejsze raporty (domyślnie)</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Classification marking</source>
        <translation>Klauzula</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grading preset</source>
        <translation>Skala oceny wiarygodności</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default language of reports</source>
        <translation>Domyślny język raportów</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backups kept</source>
        <translation>Liczba przechowywanych kopii zapasowych</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clear copied text after (seconds)</source>
        <translation>Czyść skopiowany tekst po (sekundy)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export to the central office every (days)</source>
        <translation>Eksport do centrali co (dni)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for a receipt (days)</source>
        <translation>Oczekiwanie na potwierdzenie odbioru (dni)</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Review a prisoner&apos;s file after (months)</source>
        <extracomment>Languages a report can be printed in (native names, not translated). After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
        <translation>Weryfikacja akt osadzonego po (miesiące)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review after release (months)</source>
        <translation>Weryfikacja po zwolnieniu (miesiące)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review after transfer (months)</source>
        <translation>Weryfikacja po przeniesieniu (miesiące)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
        <extracomment>Translation context of every label below (the Settings tab&apos;s own context). False: kept by another path (code lists arrive in reference bundles), not on the form. The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
        <translation>3x5x2 (źródło 1–3, informacja A–E, zasady przekazywania P/C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Admiralty 6x6 (source A–F, information 1–6)</source>
        <translation>Admiralicji 6x6 (źródło A–F, informacja 1–6)</translation>
    </message>
    <message>
        <location filename="../../gui/pages/admin.py" line="+483"/>
        <source>Administration sections</source>
        <translation>Sekcje administracji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acco&amp;unts</source>
        <translation>&amp;Konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings</source>
        <translation>Us&amp;tawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist &amp;templates</source>
        <translation>&amp;Szablony list kontrolnych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Backups</source>
        <translation>Kopie &amp;zapasowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <location filename="../../gui/setup_wizard.py" line="+137"/>
        <source>First administrator</source>
        <translation>Pierwszy administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
        <translation>Administrator zarządza kontami, ustawieniami i kopiami zapasowymi. Pozostałe konta dodaje się później.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Create the encrypted database</source>
        <translation>&amp;Utwórz zaszyfrowaną bazę danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Administrator username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator full name</source>
        <translation>Imię i nazwisko administratora</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../gui/app.py" line="+81"/>
        <source>radprev — TRAINING</source>
        <translation>radprev — SZKOLENIE</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{folder} holds a database that is not a training database; it is not opened.</source>
        <translation>{folder} zawiera bazę danych, która nie jest szkoleniową bazą danych; nie została otwarta.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../gui/pages/audit.py" line="+158"/>
        <source>User filter</source>
        <translation>Filtr użytkownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action filter</source>
        <translation>Filtr czynności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter from a date</source>
        <translation>Filtruj od daty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter up to a date</source>
        <translation>Filtruj do daty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show entries</source>
        <translation>Pokaż wpisy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export to JSON Lines…</source>
        <translation>Eksportuj do &amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to JSON Lines</source>
        <translation>Eksportuj do JSON Lines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Sprawdź łańcuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verify the hash chain</source>
        <translation>Sprawdź łańcuch skrótów</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Action:</source>
        <translation>C&amp;zynność:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the audit log is itself written to the audit log.</source>
        <translation>Samo przeglądanie dziennika audytu jest w nim zapisywane.</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>Pokazano %n wpis.</numerusform>
            <numerusform>Pokazano %n wpisy.</numerusform>
            <numerusform>Pokazano %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>Wyeksportowano %n wpis do {file}.</numerusform>
            <numerusform>Wyeksportowano %n wpisy do {file}.</numerusform>
            <numerusform>Wyeksportowano %n wpisów do {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpis.</numerusform>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpisy.</numerusform>
            <numerusform>Łańcuch skrótów jest nienaruszony: sprawdzono %n wpisów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
        <translation>Łańcuch skrótów jest PRZERWANY przy wpisie {seq}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location line="-254"/>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object</source>
        <translation>Obiekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for access</source>
        <translation>Cel dostępu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../gui/pages/admin.py" line="-78"/>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Utwórz kopię teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
        <translation>Kopie zapasowe to zaszyfrowane kopie w folderze bazy danych (backups), sprawdzane przez ich otwarcie. Przywrócenie jest proponowane na ekranie logowania, gdy bazy danych nie da się otworzyć, albo poleceniem radprev restore.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{n} KiB</source>
        <translation>{n} KiB</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup {name} written.</source>
        <translation>Zapisano kopię zapasową {name}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing a backup</source>
        <translation>Zapisywanie kopii zapasowej</translation>
    </message>
</context>
<context>
    <name>CapsLockWatcher</name>
    <message>
        <location filename="../../gui/widgets.py" line="+32"/>
        <source>Caps Lock warning</source>
        <translation>Ostrzeżenie o Caps Lock</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caps Lock is on.</source>
        <translation>Włączony jest Caps Lock.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../gui/change_password.py" line="+35"/>
        <location line="+24"/>
        <location line="+1"/>
        <source>Change password</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Your password was set by the administrator. Choose your own password before you continue.</source>
        <translation>Twoje hasło ustawił administrator. Zanim przejdziesz dalej, ustaw własne hasło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your current password, then the new one twice.</source>
        <translation>Wpisz obecne hasło, a potem dwukrotnie nowe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current password</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
</context>
<context>
    <name>CharacterCounter</name>
    <message>
        <location filename="../../gui/inputs.py" line="+142"/>
        <source>At most {n} characters.</source>
        <extracomment>The counter shows from this share of the limit on.</extracomment>
        <translation>Najwyżej {n} znaków.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
        <translation>Mieści się tylko {limit} znaków: pominięto {cut} wklejonych znaków (nadal są w schowku).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Limit reached: {limit} characters.</source>
        <translation>Osiągnięto limit: {limit} znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} of {limit} characters</source>
        <translation>{n} z {limit} znaków</translation>
    </message>
</context>
<context>
    <name>ChecklistRunnerPage</name>
    <message>
        <location filename="../../gui/pages/checklist_runner.py" line="+231"/>
        <source>Not indicators</source>
        <translation>To nie są wskaźniki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Protective factors: &amp;none observed</source>
        <translation>Czynniki &amp;ochronne: nie zaobserwowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other possible explanations (required)</source>
        <translation>Inne możliwe wyjaśnienia (wymagane)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
        <translation>np. długi, konflikt z innym osadzonym, złe wiadomości z domu, zdrowie psychiczne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None &amp;identified</source>
        <translation>&amp;Nie wskazano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context and vulnerability (for support, not a risk sign)</source>
        <translation>Kontekst i podatność (dla wsparcia, nie jako oznaka ryzyka)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Context notes</source>
        <translation>Uwagi o kontekście</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary and next review</source>
        <translation>Podsumowanie i następna weryfikacja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gui/texts/checklist_runs.py" line="+29"/>
        <source>Next review date</source>
        <translation>Data następnej weryfikacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>&amp;Podsumowanie:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;xt review:</source>
        <translation>Następna &amp;weryfikacja:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answers by domain</source>
        <translation>Odpowiedzi według obszarów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not observed</source>
        <translation>Nie zaobserwowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save progress (Ctrl+S)</source>
        <translation>Zapisz postęp (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complete (Ctrl+Enter)</source>
        <translation>&amp;Zakończ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;orrect (amend)…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction (required)</source>
        <translation>Powód korekty (wymagany)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save co&amp;rrection</source>
        <translation>Zapisz &amp;korektę</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Recorded for support, never as a sign of risk.</source>
        <translation>Zapisywane dla wsparcia, nigdy jako oznaka ryzyka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Protective factors (required)</source>
        <translation>Czynniki ochronne (wymagane)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>These are NOT indicators and must never be ticked as such:</source>
        <translation>To NIE są wskaźniki i nigdy nie wolno ich tak zaznaczać:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{title} (v{version}) — {name} ({number})</source>
        <translation>{title} (w. {version}) — {name} ({number})</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Correction saved as version {n}.</source>
        <translation>Korektę zapisano jako wersję {n}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../gui/texts/checklist_runs.py" line="-8"/>
        <source>completed and sealed</source>
        <translation>zakończona i zamknięta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered {done} of {total} items{state}. Unanswered items are recorded as unknown when you complete.</source>
        <translation>Odpowiedziano na {done} z {total} pozycji{state}. Pozycje bez odpowiedzi zostaną zapisane jako nieznane po zakończeniu.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Checklist progress saved.</source>
        <translation>Zapisano postęp listy kontrolnej.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
        <translation>To, co wprowadzono, zostało zachowane na czas blokady ekranu; nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Checklist completed.</source>
        <translation>Lista kontrolna zakończona.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gui/texts/versions.py" line="+50"/>
        <source>Protective factors</source>
        <translation>Czynniki ochronne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
        <translation>Zakończono. Następna weryfikacja: {date}. Liczby pokazują, jak odpowiedziano na pozycje w każdym obszarze; nie są wynikiem punktowym i nigdy się ich nie sumuje.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../gui/crash.py" line="+46"/>
        <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
        <translation>Raport awarii (bez żadnych danych osobowych) zapisano w:
{path}
Przekaż go działowi informatyki.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No crash report could be written.</source>
        <translation>Nie udało się zapisać raportu awarii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
        <translation>W programie radprev wystąpił nieoczekiwany błąd. To, co zapisano wcześniej, jest bezpieczne; ostatnia czynność mogła nie zostać wykonana. Zamknij radprev i uruchom go ponownie.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>radprev</source>
        <translation>radprev</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../gui/pages/dashboard.py" line="+31"/>
        <source>routine</source>
        <translation>zwykła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>priorytetowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immediate</source>
        <translation>natychmiastowa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gui/texts/checklist_runs.py" line="+2"/>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted</source>
        <translation>przekazana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted</source>
        <translation>przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>zwrócona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rejected</source>
        <translation>odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>wyeksportowana</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen or heard (start)</source>
        <translation>Fakty (początek)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My drafts</source>
        <translation>Moje szkice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You have no unfinished drafts.</source>
        <translation>Nie masz niedokończonych szkiców.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned to me</source>
        <translation>Zwrócone do mnie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing was returned to you.</source>
        <translation>Nic nie zostało ci zwrócone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Immediate items awaiting review</source>
        <translation>Natychmiastowe obserwacje czekające na weryfikację</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No immediate item is waiting for review.</source>
        <translation>Żadna natychmiastowa obserwacja nie czeka na weryfikację.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue reviews of prisoners&apos; files</source>
        <translation>Zaległe weryfikacje akt osadzonych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file is overdue for review.</source>
        <translation>Żadne akta nie czekają na zaległą weryfikację.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New observation</source>
        <translation>Nowa obserwacja</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Logged in as {name}.</source>
        <translation>Zalogowano jako {name}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your role has no observations of its own. Use the menu on the left (Administration, Audit log, Reports).</source>
        <translation>Twoja rola nie prowadzi własnych obserwacji. Skorzystaj z menu po lewej (Administracja, Dziennik audytu, Raporty).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your role has no observations of its own. The Training page shows the trainees&apos; exercises.</source>
        <translation>Twoja rola nie ma własnych obserwacji. Strona Szkolenie pokazuje ćwiczenia szkolonych.</translation>
    </message>
</context>
<context>
    <name>EstablishmentPage</name>
    <message>
        <location filename="../../gui/setup_wizard.py" line="-83"/>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The establishment this encrypted database belongs to, and its units.</source>
        <translation>Jednostka penitencjarna, do której należy ta zaszyfrowana baza danych, i jej oddziały.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Establishment code</source>
        <translation>Kod jednostki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example PL-WAW1</source>
        <translation>na przykład PL-WAW1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Establishment name</source>
        <translation>Nazwa jednostki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units, one per line: code = name</source>
        <translation>Oddziały, po jednym w wierszu: kod = nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A = Wing A
B = Wing B</source>
        <translation>A = Oddział A
B = Oddział B</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Na&amp;me:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Units (code = name, one per line):</source>
        <translation>&amp;Oddziały (kod = nazwa, po jednym w wierszu):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type the establishment code.</source>
        <translation>Wpisz kod jednostki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kod może zawierać tylko litery, cyfry i &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A unit code uses letters, digits and &apos;-&apos; only.</source>
        <translation>Kod oddziału może zawierać tylko litery, cyfry i &apos;-&apos;.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../gui/pages/audit.py" line="+57"/>
        <source>Export the audit log</source>
        <translation>Eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Give the recipient and the reason.</source>
        <translation>Podaj odbiorcę i powód.</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../gui/training_widgets.py" line="+224"/>
        <source>Feedback on your exercise</source>
        <translation>Uwagi do ćwiczenia</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location line="-44"/>
        <source>Feedback on your observation</source>
        <translation>Uwagi do obserwacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model observation</source>
        <translation>Wzorcowa obserwacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feed&amp;back</source>
        <translation>Uwa&amp;gi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model observation</source>
        <translation>W&amp;zorzec</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not completed yet: record and submit the observation.</source>
        <translation>Jeszcze nieukończone: zapisz i wyślij obserwację.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{code} — {title}: {good} done well, {improve} to improve.</source>
        <translation>{code} — {title}: dobrze: {good}, do poprawy: {improve}.</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <location filename="../../gui/grading_widget.py" line="+36"/>
        <source>Source grade</source>
        <extracomment>Error field names of the observations service that point into this widget.</extracomment>
        <translation>Ocena źródła</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information grade</source>
        <translation>Ocena informacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Handling</source>
        <translation>Zasady przekazywania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who may receive it, and on what conditions</source>
        <translation>Kto może to otrzymać i na jakich warunkach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conditions of sharing</source>
        <translation>Warunki przekazywania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditions:</source>
        <translation>Warunki:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Han&amp;dling (sharing):</source>
        <translation>&amp;Zasady przekazywania:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Sou&amp;rce is:</source>
        <translation>Ź&amp;ródło jest:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Information is:</source>
        <translation>&amp;Informacja jest:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../gui/guide.py" line="+66"/>
        <source>radprev — user guide</source>
        <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
        <translation>radprev — podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User guide</source>
        <translation>Podręcznik użytkownika</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Find in the guide</source>
        <translation>Szukaj w podręczniku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word to find, then Enter</source>
        <translation>szukane słowo, potem Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contents</source>
        <translation>S&amp;pis treści</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/pages/subject_detail.py" line="+102"/>
        <source>Versions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Versions side by side</source>
        <translation>Wersje obok siebie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changes as a text difference</source>
        <translation>Zmiany jako różnica tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Side by side</source>
        <translation>Obok siebie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text difference</source>
        <translation>Różnica tekstu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
        <translation>Wybierz jedną wersję, aby ją przeczytać, albo dwie (Ctrl+kliknięcie, Shift+strzałki), aby je porównać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back to the file</source>
        <translation>&amp;Wróć do akt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version {n} — {status}, {at}</source>
        <translation>Wersja {n} — {status}, {at}</translation>
    </message>
</context>
<context>
    <name>IndicatorPicker</name>
    <message>
        <location filename="../../gui/indicator_picker.py" line="+95"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator</source>
        <translation>Wskaźnik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>Uzasadnienie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What exactly did you see that fits this item?</source>
        <translation>Co dokładnie zobaczyłeś, co pasuje do tej pozycji?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence for the selected indicator</source>
        <translation>Uzasadnienie wybranego wskaźnika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;vidence:</source>
        <translation>&amp;Uzasadnienie:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No checklist template is installed.</source>
        <translation>Nie zainstalowano żadnego szablonu listy kontrolnej.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>From another template version</source>
        <translation>Z innej wersji szablonu</translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <location filename="../../gui/instance_lock.py" line="+50"/>
        <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other&apos;s work.</source>
        <translation>Ta zaszyfrowana baza danych jest już otwarta w programie radprev (proces {pid} na komputerze {host}). Przejdź do tamtego okna albo najpierw je zamknij: dwa okna na jednej bazie mogłyby nadpisać sobie nawzajem pracę.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
        <translation>Nie można utworzyć pliku blokady {path}. Sprawdź, czy do folderu można zapisywać.</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <location filename="../../gui/pages/checklist_runner.py" line="-673"/>
        <source>Observed</source>
        <translation>Zaobserwowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not observed</source>
        <translation>Nie zaobserwowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Example for {code}</source>
        <translation>Przykład dla {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (optional)</source>
        <translation>Uwaga (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A concrete example: what exactly was seen or heard (required)</source>
        <translation>Konkretny przykład: co dokładnie zobaczono lub usłyszano (wymagane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date of the example for {code}</source>
        <translation>Data przykładu dla {code}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example:</source>
        <translation>Przykład:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
</context>
<context>
    <name>Justification</name>
    <message>
        <location filename="../../gui/justification.py" line="+34"/>
        <source>Review of the file</source>
        <translation>Weryfikacja akt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New information to record</source>
        <translation>Nowa informacja do zapisania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision</source>
        <translation>Nadzór</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request of the data subject</source>
        <translation>Żądanie osoby, której dane dotyczą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other (explain)</source>
        <translation>Inny (wyjaśnij)</translation>
    </message>
</context>
<context>
    <name>JustificationDialog</name>
    <message>
        <location line="+17"/>
        <source>Reason for access</source>
        <translation>Cel dostępu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening a prisoner&apos;s file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
        <translation>Otwarcie akt osadzonego jest zapisywane w dzienniku audytu. Podaj cel dostępu; jest on pamiętany do wylogowania lub zablokowania ekranu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. weekly wing review</source>
        <translation>np. cotygodniowy przegląd oddziału</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>&amp;Szczegóły:</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../gui/lock.py" line="+167"/>
        <source>The application is locked</source>
        <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
        <translation>Aplikacja jest zablokowana</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Switch user…</source>
        <translation>&amp;Zmień użytkownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch user</source>
        <translation>Zmień użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Locked by {name} ({user}). Enter the password to unlock.</source>
        <translation>Zablokowane przez: {name} ({user}). Wpisz hasło, aby odblokować.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
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
        <location filename="../../gui/login_notices.py" line="+35"/>
        <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Przerwane wcześniej usuwanie konta {user} zostało dokończone: jego hasło nie otwiera już bazy danych.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
        <translation>Przerwane wcześniej wyłączanie konta {user} zostało dokończone: jego hasło nie otwiera już bazy danych.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>Usunięto %n kopię zapasową sporządzoną pod starszym kluczem (można ją było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
            <numerusform>Usunięto %n kopie zapasowe sporządzone pod starszym kluczem (można je było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
            <numerusform>Usunięto %n kopii zapasowych sporządzonych pod starszym kluczem (można je było jeszcze otworzyć hasłem usuniętego konta).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
        <translation>Nie udało się jeszcze dokończyć przerwanego usuwania lub wyłączania konta. Zaloguj się ponownie jako administrator później; do tego czasu szczegóły podaje polecenie „radprev doctor”.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisu — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisów — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
            <numerusform>Uwaga: na końcu dziennika audytu brakuje %n wpisów — dziennik został skrócony albo bazę danych zastąpiono starszą kopią. Zapisano to w dzienniku; powiadom administratora i audytora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>Uwaga: dziennik audytu zmieniono po jego zapisaniu (jeden z wpisów nie jest tym, który zapisano). Zapisano to w dzienniku; powiadom administratora i audytora.</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../gui/login.py" line="+85"/>
        <source>radprev — log in</source>
        <translation>radprev — logowanie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Observation log — log in</source>
        <translation>Rejestr obserwacji — logowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An observation log, not a risk assessment.</source>
        <translation>Rejestr obserwacji, a nie ocena ryzyka.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+81"/>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Forgot password…</source>
        <translation>Nie &amp;pamiętam hasła…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot password: use the recovery code</source>
        <translation>Nie pamiętam hasła: użyj kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a backup…</source>
        <translation>P&amp;rzywróć z kopii zapasowej…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a backup</source>
        <translation>Przywróć z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back to the real database</source>
        <translation>Powrót do prawdziwej &amp;bazy danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to the real database</source>
        <translation>Powrót do prawdziwej bazy danych</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise on training scenarios (training database)</source>
        <translation>Ćwiczenia na scenariuszach szkoleniowych (szkoleniowa baza danych)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Prac&amp;tise…</source>
        <translation>Ć&amp;wiczenia…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Demo accounts (throw-away demo database only)</source>
        <translation>Konta demonstracyjne (tylko jednorazowa baza demonstracyjna)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo accounts</source>
        <translation>Konta demonstracyjne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Double-click or press Enter on an account to fill it in.</source>
        <translation>Kliknij dwukrotnie konto lub naciśnij na nim Enter, aby je wpisać.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>An administrator can restore the encrypted database from a backup.</source>
        <translation>Administrator może przywrócić zaszyfrowaną bazę danych z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type your username and password.</source>
        <translation>Wpisz nazwę użytkownika i hasło.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the password…</source>
        <translation>Sprawdzanie hasła…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>You must choose a new password before you can continue.</source>
        <translation>Zanim przejdziesz dalej, musisz ustawić nowe hasło.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>You can try again now.</source>
        <translation>Możesz teraz spróbować ponownie.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundę.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekundy.</numerusform>
            <numerusform>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisu, który miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisów, które miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
            <numerusform>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. W jej dzienniku audytu brakuje %n wpisów, które miała baza; przywrócenie zapisano z tą liczbą. Zaloguj się.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encrypted database was restored from the backup. Log in.</source>
        <translation>Zaszyfrowaną bazę danych przywrócono z kopii zapasowej. Zaloguj się.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="+82"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prisoners</source>
        <translation>Osadzeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Review queue</source>
        <translation>Kolejka weryfikacji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administration</source>
        <translation>Administracja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prisoner&apos;s file</source>
        <translation>Akta osadzonego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <location line="+430"/>
        <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
        <translation>Ekran zablokuje się za {seconds} s. Porusz myszą lub naciśnij klawisz, aby pracować dalej; szkic i tak zostanie zachowany.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>You must choose a new password before you can continue.</source>
        <translation>Zanim przejdziesz dalej, musisz ustawić nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../gui/roles.py" line="+11"/>
        <source>officer</source>
        <translation>funkcjonariusz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supervisor</source>
        <translation>przełożony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auditor</source>
        <translation>audytor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>analyst</source>
        <translation>analityk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trainer</source>
        <translation>szkoleniowiec</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="-542"/>
        <source>Navigation</source>
        <extracomment>The navigation entry marked while a page outside the navigation is shown.</extracomment>
        <translation>Nawigacja</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Notice</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss notice</source>
        <translation>Zamknij powiadomienie</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Your draft was kept.</source>
        <translation>Szkic został zachowany.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Your role does not record observations.</source>
        <translation>Twoja rola nie zapisuje obserwacji.</translation>
    </message>
    <message>
        <location filename="../../gui/window_actions.py" line="+79"/>
        <source>&amp;File</source>
        <translation>P&amp;lik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Search…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;password…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;witch user…</source>
        <translation>Zmień &amp;użytkownika…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Go</source>
        <translation>Prz&amp;ejdź</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;About</source>
        <translation>&amp;O programie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{name} — {roles} — {code}</source>
        <translation>{name} — {roles} — {code}</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+23"/>
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Blokada za %n minutę</numerusform>
            <numerusform>Blokada za %n minuty</numerusform>
            <numerusform>Blokada za %n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locks in {sec} s</source>
        <translation>Blokada za {sec} s</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>central office</source>
        <translation>centrala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workstation</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>radprev — observation log — {code} ({mode})</source>
        <translation>radprev — rejestr obserwacji — {code} ({mode})</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+146"/>
        <source>Locking when the running task ends.</source>
        <translation>Blokada nastąpi po zakończeniu bieżącego zadania.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>What you had not yet saved in a prisoner&apos;s file is kept until you open that file again.</source>
        <translation>Niezapisane zmiany w aktach osadzonego są przechowywane do ponownego otwarcia tych akt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What you had not yet saved is back on screen.</source>
        <translation>Niezapisane zmiany wróciły na ekran.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/login_notices.py" line="-53"/>
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>Od ostatniego logowania była %n nieudana próba logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
            <numerusform>Od ostatniego logowania były %n nieudane próby logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
            <numerusform>Od ostatniego logowania było %n nieudanych prób logowania. Jeśli to nie ty, powiadom administratora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+28"/>
        <source>Your password was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Some changes are not saved. Close anyway and lose them?</source>
        <translation>Niektóre zmiany nie są zapisane. Zamknąć mimo to i je utracić?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
        <translation>Niezapisana korekta lub odpowiedź jest przechowywana tylko w pamięci (nie mogła zostać zachowana jako szkic). Zamknąć mimo to i ją utracić?</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A task is still running. Close the window when it has finished.</source>
        <translation>Zadanie wciąż trwa. Zamknij okno, gdy się zakończy.</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../gui/setup_wizard.py" line="-72"/>
        <source>Where will this computer be used?</source>
        <translation>Gdzie będzie używany ten komputer?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The choice cannot be changed later.</source>
        <translation>Tego wyboru nie można później zmienić.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Workstation in an establishment</source>
        <translation>&amp;Stanowisko w jednostce penitencjarnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Central office (imports packages from workstations)</source>
        <translation>&amp;Centrala (importuje pakiety ze stanowisk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central office</source>
        <translation>Centrala</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts&apos; computer.</source>
        <translation>Funkcjonariusze, przełożeni i audytorzy pracują na stanowisku; jego zapisy trafiają do centrali jako zaszyfrowane pliki na nośniku USB. Centralę wybierz tylko na komputerze analityków.</translation>
    </message>
</context>
<context>
    <name>ObservationEditorPage</name>
    <message>
        <location filename="../../gui/pages/observation_editor.py" line="+144"/>
        <source>Messages</source>
        <translation>Komunikaty</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
        <translation>Nigdy nie jest drukowane w zestawieniach. Zostaw puste, jeśli widziałeś to sam.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
        <translation>Wskaźniki: strzałki do poruszania, spacja do zaznaczania; wpisz kod lu&amp;b słowo, aby znaleźć wskaźnik. Każdy zaznaczony wskaźnik wymaga zdania z uzasadnieniem.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Why is it corrected? (required)</source>
        <translation>Dlaczego jest poprawiana? (wymagane)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Prisoner:</source>
        <translation>Osadzony:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or prison number, then Enter</source>
        <translation>nazwisko lub numer ewidencyjny, potem Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching prisoners</source>
        <translation>Pasujący osadzeni</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>When and where</source>
        <translation>Kiedy i gdzie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When did it happen</source>
        <translation>Kiedy to się stało</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/texts/versions.py" line="-18"/>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. wing A landing, yard, visits hall</source>
        <translation>np. korytarz oddziału A, spacerniak, sala widzeń</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../gui/texts/versions.py" line="+2"/>
        <source>Your duty at the time</source>
        <translation>Twoja funkcja w tym czasie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. landing officer, visits</source>
        <translation>np. oddziałowy, widzenia</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Place:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your d&amp;uty:</source>
        <translation>Twoja &amp;funkcja:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was seen or heard (facts)</source>
        <translation>Fakty (co zobaczono lub usłyszano)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was &amp;seen or heard — who, what, where, how. Put a person&apos;s exact words in &quot;quotation marks&quot;.</source>
        <translation>Fakty — kto, co, &amp;gdzie, jak. Dokładne słowa osoby ujmij w &quot;cudzysłów&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Describe only what you saw or heard yourself or were told.</source>
        <translation>Opisz tylko to, co sam zobaczyłeś lub usłyszałeś albo co ci przekazano.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer&apos;s assessment (your opinion)</source>
        <translation>Ocena funkcjonariusza (twoja opinia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer&apos;s &amp;assessment — why it may matter. What was this person&apos;s usual behaviour before? What other explanations are possible (debt, conflict, gang, mental health, grievance, bad news from home)?</source>
        <translation>&amp;Ocena funkcjonariusza — dlaczego to może mieć znaczenie. Jak ta osoba zwykle zachowywała się wcześniej? Jakie są inne możliwe wyjaśnienia (długi, konflikt, grupa przestępcza, zdrowie psychiczne, poczucie krzywdy, złe wiadomości z domu)?</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../gui/texts/versions.py" line="+5"/>
        <source>Officer&apos;s assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Usual behaviour before: …
Other possible explanations: …
Why it may matter: …</source>
        <translation>Zwykłe zachowanie wcześniej: …
Inne możliwe wyjaśnienia: …
Dlaczego to może mieć znaczenie: …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Question about wording</source>
        <translation>Pytanie o sformułowanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../gui/texts/versions.py" line="+5"/>
        <source>How you know it and grading</source>
        <translation>Skąd to wiesz i ocena wiarygodności</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How do you know it</source>
        <translation>Skąd to wiesz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who told you (restricted)</source>
        <translation>Kto ci przekazał (zastrzeżone)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>How do you &amp;know it:</source>
        <translation>Skąd to &amp;wiesz:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The grade is proposed from how you know it; change it if it does not fit.</source>
        <translation>Ocena jest proponowana na podstawie tego, skąd to wiesz; zmień ją, jeśli nie pasuje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
        <translation>Zgłoś to natychmiast osobiście lub telefonicznie — nie czekaj na eksport. Powiadom od razu dowódcę zmiany / dział ochrony, a potem dokończ ten zapis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Escalate now</source>
        <translation>Zgłoś natychmiast</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;When:</source>
        <translation>&amp;Kiedy:</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Who told you (restricted):</source>
        <translation>Kto ci przekazał (zastrzeżone):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Pilność:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indicators from the checklist (optional)</source>
        <translation>Wskaźniki z listy kontrolnej (opcjonalnie)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+8"/>
        <source>Protective factors seen</source>
        <translation>Zaobserwowane czynniki ochronne</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write &apos;none observed&apos; if you saw none.</source>
        <translation>Czynniki ochronne — po &amp;jednym w wierszu (kontakt z rodziną, praca, nauka, dobre relacje z personelem…). Wpisz &apos;nie zaobserwowano&apos;, jeśli nie było żadnych.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none observed</source>
        <translation>nie zaobserwowano</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gui/texts/versions.py" line="+9"/>
        <source>Other people involved</source>
        <translation>Inne zaangażowane osoby</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action and the prisoner&apos;s own account</source>
        <translation>Podjęte działania i relacja osadzonego</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gui/texts/versions.py" line="+2"/>
        <source>Action taken or recommended</source>
        <translation>Podjęte lub zalecane działania</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
        <translation>np. powiadomiono dział ochrony, zlecono przeszukanie celi, rozmowa z osadzonym</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../gui/texts/versions.py" line="+4"/>
        <source>Prisoner&apos;s own account</source>
        <translation>Relacja osadzonego</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>If you spoke with the prisoner: what did they say about it?</source>
        <translation>Jeśli rozmawiałeś z osadzonym: co o tym powiedział?</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>A&amp;ction taken:</source>
        <translation>Podjęte &amp;działania:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prisoner&apos;s own accoun&amp;t:</source>
        <translation>Relacja osadzo&amp;nego:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../gui/texts/versions.py" line="+4"/>
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Justification of the correction:</source>
        <translation>Uzasadnienie korekt&amp;y:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save draft (Ctrl+S)</source>
        <translation>Zapisz szkic (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+85"/>
        <source>Su&amp;bmit (Ctrl+Enter)</source>
        <translation>Przekaż (C&amp;trl+Enter)</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Ame&amp;nd…</source>
        <translation>Wprowadź korek&amp;tę…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Escalate now in person or by phone — do not wait for an export.</source>
        <translation>Zgłoś to natychmiast osobiście lub telefonicznie — nie czekaj na eksport.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person&apos;s exact words), keep it.</source>
        <translation>Napisałeś: {words}. Czy to jest potrzebne do opisu zachowania? Jeśli tak (na przykład dokładne słowa osoby), zostaw.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New observation — choose the prisoner</source>
        <translation>Nowa obserwacja — wybierz osadzonego</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>New observation — {name} ({number})</source>
        <translation>Nowa obserwacja — {name} ({number})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not saved yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+58"/>
        <source>Correction of an observation — {name} ({number})</source>
        <translation>Korekta obserwacji — {name} ({number})</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Draft observation — {name} ({number})</source>
        <translation>Szkic obserwacji — {name} ({number})</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../gui/texts/versions.py" line="+64"/>
        <source>Status: {status}, version {version}</source>
        <translation>Stan: {status}, wersja {version}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>returned by {who}: {comment}</source>
        <translation>zwrócona przez {who}: {comment}</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>Draft saved at {time}.</source>
        <translation>Szkic zapisano o {time}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft saved.</source>
        <translation>Szkic zapisano.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Draft saved automatically at {time}.</source>
        <translation>Szkic zapisano automatycznie o {time}.</translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Zapisz poprawioną wersję z uzasadnieniem; oryginał zostaje w historii.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lose (Esc)</source>
        <translation>Zamknij (E&amp;sc)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Su&amp;bmit correction (Ctrl+Enter)</source>
        <translation>Przekaż korek&amp;tę (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Observation (sealed) — {name} ({number})</source>
        <translation>Obserwacja (zamknięta) — {name} ({number})</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>sealed: it can only be corrected with a reason (Amend).</source>
        <translation>zamknięta: można ją tylko poprawić z podaniem powodu (Popraw).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Kept as an unfinished draft.</source>
        <translation>Zachowano jako niedokończony szkic.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
        <translation>Korekta została zachowana na czas blokady ekranu; nie została jeszcze przekazana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
        <translation>To, co wpisano, zostało zachowane na czas blokady ekranu; nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+10"/>
        <source>Submit and seal?</source>
        <translation>Przekazać i zamknąć?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit and seal</source>
        <translation>Przekaż i zamknij</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Submitted for review (version {version}).</source>
        <translation>Przekazano do weryfikacji (wersja {version}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Observation submitted. Escalate now in person or by phone.</source>
        <translation>Obserwację przekazano. Zgłoś to natychmiast osobiście lub telefonicznie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation submitted for review.</source>
        <translation>Obserwację przekazano do weryfikacji.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The correction is not submitted yet. Discard it?</source>
        <translation>Korekta nie została jeszcze przekazana. Odrzucić ją?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep what you typed as a draft?</source>
        <translation>Zachować to, co wpisałeś, jako szkic?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep as draft</source>
        <translation>Zachowaj jako szkic</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../gui/page.py" line="+101"/>
        <source>Unsaved changes</source>
        <extracomment>The guide&apos;s section for this page (Help → Guide, F1).</extracomment>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
        <translation>Części tego, co wpisałeś, nie można zachować jako szkicu (korekta jeszcze nieprzekazana albo odpowiedź bez przykładu). Odrzucić to?</translation>
    </message>
</context>
<context>
    <name>PasswordPair</name>
    <message>
        <location filename="../../gui/widgets.py" line="+14"/>
        <source>New password</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password again</source>
        <translation>Nowe hasło ponownie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password check</source>
        <translation>Sprawdzenie hasła</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Show passwords</source>
        <translation>Pokaż hasła</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nowe hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Powtórz je:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the new password, at least 10 characters.</source>
        <translation>Wpisz nowe hasło, co najmniej 10 znaków.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the password a second time.</source>
        <translation>Wpisz hasło po raz drugi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords are not the same.</source>
        <translation>Oba hasła nie są takie same.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is acceptable.</source>
        <translation>Hasło jest dopuszczalne.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../gui/pdf_preview.py" line="+112"/>
        <location line="+56"/>
        <source>No report generated yet.</source>
        <translation>Nie utworzono jeszcze raportu.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fit width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF (unencrypted)…</source>
        <translation>Zapisz jako PDF (niezaszyfrowany)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Report preview</source>
        <translation>Podgląd raportu</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print report</source>
        <translation>Drukuj raport</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <location filename="../../gui/people_list.py" line="+41"/>
        <source>Category of the person</source>
        <translation>Kategoria osoby</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. cellmate, visitor (wife), prison number</source>
        <translation>np. współosadzony, odwiedzający (żona), numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who (description)</source>
        <translation>Kto (opis)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>People involved (Delete removes)</source>
        <translation>Zaangażowane osoby (Delete usuwa)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cat&amp;egory:</source>
        <translation>K&amp;ategoria:</translation>
    </message>
</context>
<context>
    <name>ReasonGate</name>
    <message>
        <location filename="../../gui/justification.py" line="+65"/>
        <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
        <translation>Nazwiska są pokazywane dopiero, gdy podasz, do czego są ci potrzebne (cel dostępu jest zapisywany w dzienniku audytu).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the &amp;reason for access…</source>
        <translation>&amp;Podaj cel dostępu…</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <location filename="../../gui/record_picker.py" line="+45"/>
        <source>Find the prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or prison number</source>
        <translation>nazwisko lub numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching prisoners</source>
        <translation>Pasujący osadzeni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No names are shown without a reason for access.</source>
        <translation>Bez celu dostępu nazwiska nie są pokazywane.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No prisoner matches.</source>
        <translation>Żaden osadzony nie pasuje.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chosen: {who}</source>
        <translation>Wybrano: {who}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This prisoner has no observation yet.</source>
        <translation>Ten osadzony nie ma jeszcze żadnej obserwacji.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../gui/login.py" line="+12"/>
        <source>Forgot password — recovery code</source>
        <translation>Nie pamiętam hasła — kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
        <translation>Wpisz kod odzyskiwania z arkusza przechowywanego w sejfie, nazwę konta i nowe hasło. Użycie kodu odzyskiwania jest zapisywane w dzienniku audytu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Kod odzyskiwania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set new password</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the recovery code and the username.</source>
        <translation>Wpisz kod odzyskiwania i nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Password set</source>
        <translation>Hasło ustawione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password is set. Log in with it.</source>
        <translation>Nowe hasło jest ustawione. Zaloguj się nim.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../gui/setup_wizard.py" line="+124"/>
        <location line="+9"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
        <translation>Ten kod jest pokazywany tylko teraz. Pozwala ustawić nowe hasło, gdy wszystkie hasła administratorów zostaną utracone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment&apos;s safe. Do not store it on this computer.</source>
        <translation>Zapisz go lub wydrukuj arkusz odzyskiwania, zaklej w kopercie i przechowuj w sejfie jednostki. Nie zapisuj go na tym komputerze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print the recovery sheet…</source>
        <translation>&amp;Drukuj arkusz odzyskiwania…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery sheet</source>
        <translation>Drukuj arkusz odzyskiwania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have written down / printed it and stored it safely</source>
        <translation>Zapisałem / wydrukowałem kod i bezpiecznie go przechowuję</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have stored the recovery code safely</source>
        <translation>Bezpiecznie przechowuję kod odzyskiwania</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../gui/pages/reports.py" line="+67"/>
        <source>Observation record</source>
        <translation>Karta obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisoner summary</source>
        <translation>Zestawienie dotyczące osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit and period summary</source>
        <translation>Zestawienie oddziału za okres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank checklist (paper form)</source>
        <translation>Pusta lista kontrolna (formularz papierowy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery sheet (administrator&apos;s password)</source>
        <translation>Arkusz odzyskiwania (hasło administratora)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation enrolment sheet</source>
        <translation>Arkusz rejestracji stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-subject access report</source>
        <translation>Raport dostępu dla osoby, której dane dotyczą</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+5"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report:</source>
        <translation>&amp;Raport:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Pierwszy dzień</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last day</source>
        <translation>Ostatni dzień</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist template</source>
        <translation>Szablon listy kontrolnej</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Template:</source>
        <translation>S&amp;zablon:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Central office certificate check code</source>
        <translation>Kod kontrolny certyfikatu centrali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Central office&apos;s check code (optio&amp;nal):</source>
        <translation>Kod kontrolny certyfikatu centrali (opcjo&amp;nalnie):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report language</source>
        <translation>Język raportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As the administrator set it</source>
        <translation>Jak ustawił administrator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why and for whom (recorded in the audit log)</source>
        <translation>Dlaczego i dla kogo (zapisywane w dzienniku audytu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details of the reason</source>
        <translation>Szczegóły celu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recipient</source>
        <translation>Odbiorca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. security department, case conference</source>
        <translation>np. dział ochrony, narada w sprawie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details:</source>
        <translation>&amp;Szczegóły:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cipient:</source>
        <translation>Od&amp;biorca:</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Pri&amp;soner:</source>
        <translation>Os&amp;adzony:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Peri&amp;od:</source>
        <translation>O&amp;kres:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a f&amp;ile…</source>
        <translation>Z pl&amp;iku…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rec&amp;overy code:</source>
        <translation>&amp;Kod odzyskiwania:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Generate and pre&amp;view</source>
        <translation>&amp;Utwórz i pokaż podgląd</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (active)</source>
        <translation> (aktywny)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Checklist template file</source>
        <translation>Plik szablonu listy kontrolnej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates (*.json)</source>
        <translation>Szablony (*.json)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose a report.</source>
        <translation>Wybierz raport.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
        <translation>Wybierz osadzonego: wpisz nazwisko lub numer ewidencyjny i wybierz z listy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the observation from the list.</source>
        <translation>Wybierz obserwację z listy.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Making the report…</source>
        <translation>Tworzenie raportu…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n strona</numerusform>
            <numerusform>%1 — %n strony</numerusform>
            <numerusform>%1 — %n stron</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The report was sent to the printer.</source>
        <translation>Raport wysłano do drukarki.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save an unencrypted PDF?</source>
        <translation>Zapisać niezaszyfrowany plik PDF?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
        <translation>Plik PDF NIE będzie zaszyfrowany: każdy, kto może otworzyć folder, może go przeczytać. Zapisz go tylko tam, gdzie pozwalają na to twoje instrukcje, i usuń, gdy nie będzie już potrzebny. Zapis jest odnotowywany w dzienniku audytu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../gui/pages/admin.py" line="-423"/>
        <source>Enable {user} with a new password</source>
        <translation>Włącz konto {user} z nowym hasłem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the password of {user}</source>
        <translation>Zresetuj hasło użytkownika {user}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
        <translation>Wpisz dwukrotnie hasło tymczasowe. {user} musi ustawić nowe przy następnym logowaniu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset password</source>
        <translation>Zresetuj hasło</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gui/login.py" line="+12"/>
        <source>Restore the encrypted database from a backup</source>
        <translation>Przywróć zaszyfrowaną bazę danych z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a backup. An administrator&apos;s username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
        <translation>Wybierz kopię zapasową. Potrzebne są nazwa i hasło administratora z czasu wykonania kopii. Obecne pliki zostaną odłożone, nie usunięte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrator username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator password</source>
        <translation>Hasło administratora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no backups in the database folder.</source>
        <translation>W folderze bazy danych nie ma kopii zapasowych.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Administrator &amp;username:</source>
        <translation>&amp;Nazwa administratora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator &amp;password:</source>
        <translation>&amp;Hasło administratora:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a backup first.</source>
        <translation>Najpierw wybierz kopię zapasową.</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message>
        <location filename="../../gui/pages/review_queue.py" line="+64"/>
        <source>Review queue</source>
        <translation>Kolejka weryfikacji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Observations awaiting review, most urgent first</source>
        <translation>Obserwacje czekające na weryfikację, od najpilniejszych</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Observation under review</source>
        <translation>Weryfikowana obserwacja</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Observation</source>
        <translation>Obserwacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (side by side)</source>
        <translation>Zmiany (obok siebie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (text)</source>
        <translation>Zmiany (tekst)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
        <translation>&amp;Komentarz lub powód (wymagany przy zwrocie, zmianie oceny, odrzuceniu):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment or reason</source>
        <translation>Komentarz lub powód</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../gui/texts/versions.py" line="+11"/>
        <source>Grading after review</source>
        <translation>Ocena wiarygodności po weryfikacji</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Accept</source>
        <translation>Prz&amp;yjmij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;turn to author</source>
        <translation>Zwróć a&amp;utorowi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-grad&amp;e and accept</source>
        <translation>Zmień &amp;ocenę i przyjmij</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open prisoner&apos;s fi&amp;le</source>
        <translation>Otwórz &amp;akta osadzonego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;orrect (amend)…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Re&amp;ject</source>
        <translation>O&amp;drzuć</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write a corrected version with a reason; the original stays in the history.</source>
        <translation>Napisz poprawioną wersję z podaniem powodu; oryginał pozostaje w historii.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>%n obserwacja czeka na weryfikację</numerusform>
            <numerusform>%n obserwacje czekają na weryfikację</numerusform>
            <numerusform>%n obserwacji czeka na weryfikację</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give a reason for access to review this observation.</source>
        <translation>Podaj cel dostępu, aby zweryfikować tę obserwację.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{number} — {name}</source>
        <translation>{number} — {name}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
        <translation>Natychmiastowa: zagrożenie życia lub bezpośrednia szkoda. Sprawdź, czy zgłoszono to osobiście lub telefonicznie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Officer&apos;s grade: {grade}</source>
        <translation>Ocena funkcjonariusza: {grade}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Accepted.</source>
        <translation>Przyjęto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Returned to the author with your comment.</source>
        <translation>Zwrócono autorowi z twoim komentarzem.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rejected with your reason.</source>
        <translation>Odrzucono z podanym powodem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re-graded and accepted.</source>
        <translation>Zmieniono ocenę i przyjęto.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../gui/training_widgets.py" line="-113"/>
        <source>Training scenario</source>
        <translation>Scenariusz szkoleniowy</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../gui/pages/search.py" line="+54"/>
        <source>Search</source>
        <translation>Wyszukiwanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search fo&amp;r:</source>
        <translation>Sz&amp;ukaj:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search text</source>
        <translation>Szukany tekst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>words from the facts or assessment, a name or a prison number</source>
        <translation>słowa z faktów lub oceny, nazwisko albo numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search</source>
        <translation>S&amp;zukaj</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any urgency</source>
        <translation>Dowolna pilność</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Dowolny stan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indicator domain</source>
        <translation>Obszar wskaźników</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Between</source>
        <translation>&amp;Między</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From date</source>
        <translation>Data od</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To date</source>
        <translation>Data do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgenc&amp;y:</source>
        <translation>&amp;Pilność:</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No results are shown without a reason for access.</source>
        <translation>Bez celu dostępu wyniki nie są pokazywane.</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>Pierwszy %n wynik, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
            <numerusform>Pierwsze %n wyniki, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
            <numerusform>Pierwszych %n wyników, od najlepiej pasujących; przewiń, aby zobaczyć więcej.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-139"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indicator &amp;domain:</source>
        <translation>Obszar &amp;wskaźników:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Results; Enter opens the prisoner&apos;s file</source>
        <translation>Wyniki; Enter otwiera akta osadzonego</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any domain</source>
        <translation>Dowolny obszar</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <location line="+2"/>
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>Znaleziono %n obserwację</numerusform>
            <numerusform>Znaleziono %n obserwacje</numerusform>
            <numerusform>Znaleziono %n obserwacji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../gui/settings_form.py" line="+65"/>
        <source>&amp;Save settings</source>
        <translation>&amp;Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save settings</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The settings were saved.</source>
        <translation>Ustawienia zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../gui/setup_wizard.py" line="+35"/>
        <source>radprev — create the encrypted database</source>
        <translation>radprev — tworzenie zaszyfrowanej bazy danych</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Finish</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creating the encrypted database; measuring this computer&apos;s speed for the password key…</source>
        <translation>Tworzenie zaszyfrowanej bazy danych; pomiar szybkości komputera dla klucza hasła…</translation>
    </message>
</context>
<context>
    <name>SubjectDetailPage</name>
    <message>
        <location filename="../../gui/pages/subject_detail.py" line="+84"/>
        <source>Identity</source>
        <translation>Tożsamość</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit / cell</source>
        <translation>Oddział / cela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File review due</source>
        <translation>Termin weryfikacji akt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restriction</source>
        <translation>Ograniczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reason for access</source>
        <translation>Twój cel dostępu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New observation</source>
        <translation>&amp;Nowa obserwacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New chec&amp;klist run</source>
        <translation>N&amp;owa lista kontrolna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;tinue draft</source>
        <translation>&amp;Kontynuuj szkic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;mend…</source>
        <translation>Popra&amp;w…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Histor&amp;y</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit details…</source>
        <translation>Edytuj &amp;dane…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;reason…</source>
        <translation>&amp;Zmień cel…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Write my new observation before seeing earlier reports</source>
        <translation>N&amp;apiszę nową obserwację, zanim zobaczę wcześniejsze zapisy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
        <translation>Czytanie wcześniejszych zapisów może wpłynąć na to, co napiszesz. Ukryte do czasu przekazania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
        <translation>Wcześniejsze zapisy są ukryte, dopóki nie napiszesz swojej obserwacji. Naciśnij „Nowa obserwacja” albo „Pokaż wcześniejsze zapisy”, jeśli chcesz tylko czytać.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show earlier reports</source>
        <translation>Pokaż &amp;wcześniejsze zapisy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Observations, newest first</source>
        <translation>Obserwacje, od najnowszych</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected observation</source>
        <translation>Wybrana obserwacja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist runs</source>
        <translation>Wypełnione listy kontrolne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklists</source>
        <translation>Listy kontrolne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to details</source>
        <translation>Zmiany danych</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was not opened: no reason given.</source>
        <translation>Akt nie otwarto: nie podano celu dostępu.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>File: {name}</source>
        <translation>Akta: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restricted: accuracy disputed</source>
        <translation>Ograniczone: kwestionowana prawidłowość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{at}: {who} changed {fields} — {reason}</source>
        <translation>{at}: {who} zmienił(a) {fields} — {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No changes since the file was created.</source>
        <translation>Brak zmian od założenia akt.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>{at}: {decision} by {who} (version {version}){comment}</source>
        <translation>{at}: {decision} — {who} (wersja {version}){comment}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reviews</source>
        <translation>Weryfikacje</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>History of the observation of {when}</source>
        <translation>Historia obserwacji z {when}</translation>
    </message>
</context>
<context>
    <name>SubjectDialog</name>
    <message>
        <location filename="../../gui/pages/subjects.py" line="+63"/>
        <source>Edit prisoner</source>
        <translation>Edytuj dane osadzonego</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add prisoner</source>
        <translation>Dodaj osadzonego</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>not known</source>
        <translation>nieznany</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Why is this changed? (required)</source>
        <translation>Dlaczego to jest zmieniane? (wymagane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Prison number:</source>
        <translation>&amp;Numer ewidencyjny:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Family name:</source>
        <translation>Nazwis&amp;ko:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given names:</source>
        <translation>&amp;Imiona:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Birth year:</source>
        <translation>&amp;Rok urodzenia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cell:</source>
        <translation>&amp;Cela:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cell</source>
        <translation>Cela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason for change:</source>
        <translation>&amp;Powód zmiany:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason for change</source>
        <translation>Powód zmiany</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Similar prisoners already recorded:</source>
        <translation>Podobni osadzeni już zapisani:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similar prisoners already recorded</source>
        <translation>Podobni osadzeni już zapisani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open this file instead</source>
        <translation>&amp;Otwórz zamiast tego te akta</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{number} — {name}, born {year}, unit {unit}</source>
        <translation>{number} — {name}, ur. {year}, oddział {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>?</source>
        <translation>?</translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message>
        <location line="+94"/>
        <location line="+45"/>
        <source>Prisoners</source>
        <translation>Osadzeni</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Znajdź:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find prisoner by name or prison number</source>
        <translation>Znajdź osadzonego po nazwisku lub numerze ewidencyjnym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name or prison number</source>
        <translation>nazwisko lub numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Oddział:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add prisoner…</source>
        <translation>&amp;Dodaj osadzonego…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open file</source>
        <translation>Otwórz &amp;akta</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n osadzony</numerusform>
            <numerusform>%n osadzonych</numerusform>
            <numerusform>%n osadzonych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching prisoners: scroll for more</source>
        <translation>Pasujący osadzeni: przewiń, aby zobaczyć więcej</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../gui/pages/sync.py" line="+166"/>
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the last action did</source>
        <translation>Wynik ostatniej czynności</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to the central office</source>
        <translation>Eksport do centrali</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Central office:</source>
        <translation>Centrala:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last export:</source>
        <translation>Ostatni eksport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next export due:</source>
        <translation>Termin następnego eksportu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting:</source>
        <translation>Oczekujące zmiany:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting receipt:</source>
        <translation>Czeka na potwierdzenie odbioru:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This workstation&apos;s check code:</source>
        <translation>Kod kontrolny tego stanowiska:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export to folder…</source>
        <translation>Eksportuj &amp;do folderu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Re-send unacknowledged…</source>
        <translation>&amp;Wyślij ponownie niepotwierdzone…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import receipt or bundle…</source>
        <translation>&amp;Importuj potwierdzenie lub pakiet referencyjny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trust central certificate…</source>
        <translation>&amp;Zaufaj certyfikatowi centrali…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+60"/>
        <location line="+10"/>
        <source>Package</source>
        <translation>Pakiet</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Written</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Dostarczenie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Packages written</source>
        <translation>Zapisane pakiety</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Import packages…</source>
        <translation>&amp;Importuj pakiety…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a whole &amp;folder…</source>
        <translation>Importuj cały &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write &amp;receipt…</source>
        <translation>Zapisz &amp;potwierdzenie odbioru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write reference &amp;bundle…</source>
        <translation>Zapisz pakiet &amp;referencyjny…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write &amp;certificate…</source>
        <translation>Zapisz &amp;certyfikat…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>Establishment</source>
        <translation>Jednostka</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+13"/>
        <location line="+10"/>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Packages</source>
        <translation>Pakiety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last package</source>
        <translation>Ostatni pakiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing</source>
        <translation>Brakujące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantined</source>
        <translation>W kwarantannie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+46"/>
        <source>Conflicts</source>
        <translation>Konflikty</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Failed imports</source>
        <translation>Nieudane importy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last import</source>
        <translation>Ostatni import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check code</source>
        <translation>Kod kontrolny</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>{est} — check code {fp}</source>
        <translation>{est} — kod kontrolny {fp}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>This office&apos;s check code: {fp}</source>
        <translation>Kod kontrolny tej centrali: {fp}</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Central office {est} trusted (check code {fp}).</source>
        <translation>Zaufano centrali {est} (kod kontrolny {fp}).</translation>
    </message>
    <message>
        <location line="+87"/>
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
        <location line="+68"/>
        <source>Check code for the enrolment sheet: {fp}</source>
        <translation>Kod kontrolny do arkusza rejestracji: {fp}</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+9"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Otrzymano</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Show prisoners of every establishment</source>
        <translation>&amp;Pokaż osadzonych wszystkich jednostek</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth year</source>
        <translation>Rok urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last event</source>
        <translation>Ostatnie zdarzenie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workstations</source>
        <translation>Stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarantine</source>
        <translation>Kwarantanna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All prisoners</source>
        <translation>Wszyscy osadzeni</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sync — central office</source>
        <translation>Synchronizacja — centrala</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync — export to the central office</source>
        <translation>Synchronizacja — eksport do centrali</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No central office certificate is trusted yet (an administrator trusts it).</source>
        <translation>Nie zaufano jeszcze żadnemu certyfikatowi centrali (robi to administrator).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>package {n}, {when}</source>
        <translation>pakiet {n}, {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{when} — OVERDUE</source>
        <translation>{when} — ZALEGŁY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no receipt after {days} days: {late})</source>
        <translation>(brak potwierdzenia odbioru po {days} dniach: {late})</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+49"/>
        <location line="+3"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>delivered {when}</source>
        <translation>dostarczono {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>awaiting receipt</source>
        <translation>czeka na potwierdzenie odbioru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(re-send)</source>
        <translation>(ponowne wysłanie)</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Choose the USB stick or folder for the package</source>
        <translation>Wybierz nośnik USB lub folder na pakiet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Package {n} written: {path}</source>
        <translation>Zapisano pakiet {n}: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
        <translation>Rekordy: {records}, wpisy dziennika audytu: {audit}; zaszyfrowane dla centrali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More changes are waiting: export again.</source>
        <translation>Czekają kolejne zmiany: wykonaj eksport ponownie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Writing the export package</source>
        <translation>Zapisywanie pakietu eksportu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Central office certificate</source>
        <translation>Certyfikat centrali</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.json)</source>
        <translation>Certyfikaty (*.json)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export packages (*.age)</source>
        <translation>Pakiety eksportu (*.age)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts and bundles (*.tar)</source>
        <translation>Potwierdzenia odbioru i pakiety referencyjne (*.tar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files to import</source>
        <translation>Pliki do importu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder with packages</source>
        <translation>Folder z pakietami</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No export packages (*.age) in that folder.</source>
        <translation>W tym folderze nie ma pakietów eksportu (*.age).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation&apos;s enrolment sheet.</source>
        <translation>{file}: odrzucono — pochodzi ze stanowiska, które nie jest jeszcze zarejestrowane ({est}). Administrator rejestruje je po porównaniu jego kodu kontrolnego z arkuszem rejestracji tego stanowiska.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: odrzucono — {reason}</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
        <translation>{file}: import NIEUDANY — dziennik audytu pakietu przeczy wpisom tego stanowiska, które biuro już posiada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enrol a new workstation?</source>
        <translation>Zarejestrować nowe stanowisko?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Workstation enrolled.</source>
        <translation>Stanowisko zarejestrowano.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Folder for the receipt</source>
        <translation>Folder na potwierdzenie odbioru</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Receipt written: {path}</source>
        <translation>Zapisano potwierdzenie odbioru: {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the bundle</source>
        <translation>Folder na pakiet referencyjny</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reference bundle written: {path}</source>
        <translation>Zapisano pakiet referencyjny: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the certificate</source>
        <translation>Zapisz certyfikat</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Certificate written: {path}</source>
        <translation>Zapisano certyfikat: {path}</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../gui/pages/admin.py" line="+245"/>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offered to officers</source>
        <translation>Oferowany funkcjonariuszom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checklist templates</source>
        <translation>Szablony list kontrolnych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import template from a file…</source>
        <translation>&amp;Importuj szablon z pliku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import template from a file</source>
        <translation>Importuj szablon z pliku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer this version to officers</source>
        <translation>&amp;Oferuj tę wersję funkcjonariuszom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer this version to officers</source>
        <translation>Oferuj tę wersję funkcjonariuszom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found in the template</source>
        <translation>Problemy znalezione w szablonie</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import a checklist template</source>
        <translation>Import szablonu listy kontrolnej</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Templates (*.json)</source>
        <translation>Szablony (*.json)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The template was not imported. Problems found:</source>
        <translation>Szablon nie został zaimportowany. Znalezione problemy:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This template version is already stored; nothing changed.</source>
        <translation>Ta wersja szablonu jest już zapisana; nic nie zmieniono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template {code} version {version} imported.</source>
        <translation>Zaimportowano szablon {code} w wersji {version}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a template version in the list first.</source>
        <translation>Najpierw wybierz wersję szablonu z listy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Officers are now offered {code} version {version}.</source>
        <translation>Funkcjonariusze otrzymują teraz {code} w wersji {version}.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../gui/training_widgets.py" line="-46"/>
        <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
        <translation>SZKOLENIE — ćwiczenia na fikcyjnych scenariuszach. Nic tutaj nie jest prawdziwym zapisem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training mode</source>
        <translation>Tryb szkoleniowy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TRAINING — {title}</source>
        <translation>SZKOLENIE — {title}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your duty</source>
        <translation>Twoja służba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record what you saw and heard as you would on duty, then submit it.</source>
        <translation>Zapisz, co widziałeś i słyszałeś, tak jak na służbie, a potem wyślij.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Feedback on your answer only: no prisoner is ever scored.</source>
        <translation>Uwagi dotyczą wyłącznie twojej odpowiedzi: żaden osadzony nie jest oceniany.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The observable facts</source>
        <translation>Fakty możliwe do zaobserwowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../gui/pages/training.py" line="+114"/>
        <source>Training</source>
        <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Practise</source>
        <translation>Ć&amp;wiczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trainees</source>
        <translation>&amp;Szkoleni</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scenarios:</source>
        <translation>Scenariusze:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training scenarios</source>
        <translation>Scenariusze szkoleniowe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Start this exercise</source>
        <translation>&amp;Rozpocznij to ćwiczenie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What you will see and hear</source>
        <translation>Co zobaczysz i usłyszysz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your exercises:</source>
        <translation>Twoje ćwiczenia:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your exercises</source>
        <translation>Twoje ćwiczenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+38"/>
        <location line="+14"/>
        <source>Started</source>
        <translation>Rozpoczęto</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+52"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+41"/>
        <location line="+11"/>
        <source>To improve</source>
        <translation>Do poprawy</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Continue the exercise</source>
        <translation>&amp;Kontynuuj ćwiczenie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My training &amp;record…</source>
        <translation>Moja karta szkolenia (&amp;PDF)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Trainees</source>
        <translation>Szkoleni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainee</source>
        <translation>Szkolony</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Ukończone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done well</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training &amp;record…</source>
        <translation>Karta szkolenia (P&amp;DF)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The trainee&apos;s exercises</source>
        <translation>Ćwiczenia szkolonego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Common mistakes</source>
        <translation>Częste błędy</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E&amp;xercises</source>
        <translation>Wykonane ćwiczen&amp;ia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common mista&amp;kes</source>
        <translation>Częste &amp;błędy</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>completed</source>
        <translation>ukończone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No mistake so far.</source>
        <translation>Jak dotąd bez błędów.</translation>
    </message>
</context>
<context>
    <name>TrainingRecordDialog</name>
    <message>
        <location line="+80"/>
        <source>Save an unencrypted PDF?</source>
        <translation>Zapisać niezaszyfrowany plik PDF?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
        <translation>Plik PDF NIE będzie zaszyfrowany. Zapis zostanie odnotowany w dzienniku audytu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the training record</source>
        <translation>Zapisz kartę szkolenia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved {name}</source>
        <translation>Zapisano {name}</translation>
    </message>
</context>
<context>
    <name>TrainingSetupDialog</name>
    <message>
        <location filename="../../gui/training_setup.py" line="+46"/>
        <source>Create the training database</source>
        <translation>Utwórz szkoleniową bazę danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
        <translation>Ćwiczenia odbywają się w osobnej szkoleniowej bazie danych, w {folder}: nigdy w prawdziwej, nigdy nie są eksportowane, a każda drukowana strona ma napis SZKOLENIE — TO NIE JEST PRAWDZIWY ZAPIS. Zostaniesz jej administratorem: szkolonych (rola funkcjonariusz) i szkoleniowca dodasz na stronie Administracja.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Administrator&apos;s username</source>
        <translation>Nazwa użytkownika administratora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administrator&apos;s full name</source>
        <translation>Imię i nazwisko administratora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Username:</source>
        <translation>N&amp;azwa użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The training database is ready. Its recovery code (shown once; keep it with the trainer&apos;s papers):

{code}</source>
        <translation>Szkoleniowa baza danych jest gotowa. Jej kod odzyskiwania (pokazywany raz; przechowuj go z dokumentami szkoleniowca):

{code}</translation>
    </message>
</context>
<context>
    <name>TrainingShell</name>
    <message>
        <location filename="../../gui/training_shell.py" line="+60"/>
        <source>Scenario</source>
        <translation>Scenariusz</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <location filename="../../gui/pages/sync.py" line="-641"/>
        <source>Trust the central office certificate</source>
        <translation>Zaufaj certyfikatowi centrali</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
        <translation>Centrala: {est}. Wpisz kod kontrolny wydrukowany na arkuszu rejestracji (na arkuszu nazywa się on odciskiem). Każda grupa czterech znaków zmienia kolor na zielony, gdy zgadza się z certyfikatem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check code of the certificate</source>
        <translation>Kod kontrolny certyfikatu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Check code from the enrolment sheet</source>
        <translation>Kod kontrolny z arkusza rejestracji</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The check codes match.</source>
        <translation>Kody kontrolne są zgodne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check codes do NOT match. Do not trust this certificate.</source>
        <translation>Kody kontrolne NIE są zgodne. Nie ufaj temu certyfikatowi.</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../gui/pages/admin.py" line="-301"/>
        <source>Username</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units</source>
        <translation>Oddziały</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>Zresetuj &amp;hasło…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Disable</source>
        <translation>W&amp;yłącz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enable</source>
        <translation>&amp;Włącz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
        <translation>Usunięcie konta szyfruje całą bazę danych nowym kluczem, więc usunięte hasło niczego już nie otworzy. Może to chwilę potrwać; okno pozostaje aktywne.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>active</source>
        <translation>aktywne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>wyłączone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must change password</source>
        <translation>musi zmienić hasło</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose an account in the list first.</source>
        <translation>Najpierw wybierz konto z listy.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Account {user} added.</source>
        <translation>Dodano konto {user}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The password was reset.</source>
        <translation>Hasło zostało zresetowane.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Disabling {user} and re-encrypting the database</source>
        <translation>Wyłączanie konta {user} i ponowne szyfrowanie bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account {user} disabled; the database has a new key.</source>
        <translation>Konto {user} wyłączone; baza danych ma nowy klucz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
        <translation>Usunąć konto {user}? Jego klucz zostanie usunięty, a cała baza danych zaszyfrowana nowym kluczem. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account {user} removed; the database has a new key.</source>
        <translation>Usunięto konto {user}; baza danych ma nowy klucz.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Removing {user} and re-encrypting the database</source>
        <translation>Usuwanie konta {user} i ponowne szyfrowanie bazy danych</translation>
    </message>
</context>
<context>
    <name>WorkerJob</name>
    <message>
        <location filename="../../gui/workers.py" line="+72"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>WorkerRunner</name>
    <message>
        <location line="+59"/>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../gui/texts/audit_text.py" line="+18"/>
        <source>logged in</source>
        <translation>zalogowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logged out</source>
        <translation>wylogowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked the screen</source>
        <translation>zablokowanie ekranu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ended the recovery session</source>
        <translation>zakończenie sesji odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>was told of failed login attempts</source>
        <translation>informacja o nieudanych próbach logowania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tried to log in with an unknown username</source>
        <translation>próba logowania nieznaną nazwą użytkownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed their password</source>
        <translation>zmiana własnego hasła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reset a colleague&apos;s password</source>
        <translation>zresetowanie hasła innego użytkownika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used the recovery code</source>
        <translation>użycie kodu odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added an account</source>
        <translation>dodanie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed an account</source>
        <translation>zmiana konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disabled an account</source>
        <translation>wyłączenie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enabled an account</source>
        <translation>włączenie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed an account</source>
        <translation>usunięcie konta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created the encrypted database</source>
        <translation>utworzenie zaszyfrowanej bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gave the encrypted database a new key</source>
        <translation>nadanie zaszyfrowanej bazie danych nowego klucza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored the database from a backup</source>
        <translation>odtworzenie bazy danych z kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made a backup</source>
        <translation>wykonanie kopii zapasowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checked the database</source>
        <translation>sprawdzenie bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed the settings</source>
        <translation>zmiana ustawień</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>imported a checklist template</source>
        <translation>import szablonu listy kontrolnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offered a checklist template version to officers</source>
        <translation>udostępnienie funkcjonariuszom wersji szablonu listy kontrolnej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added a prisoner</source>
        <translation>dodanie osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a prisoner&apos;s details</source>
        <translation>zmiana danych osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened a prisoner&apos;s file</source>
        <translation>otwarcie akt osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erased a prisoner&apos;s file</source>
        <translation>usunięcie akt osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decided to keep a file after its review</source>
        <translation>decyzja o zachowaniu akt po weryfikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymised a prisoner&apos;s file</source>
        <translation>anonimizacja akt osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>started an observation</source>
        <translation>rozpoczęcie obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed a draft observation</source>
        <translation>zmiana szkicu obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded a draft observation</source>
        <translation>odrzucenie szkicu obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>submitted an observation</source>
        <translation>przekazanie obserwacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected an observation</source>
        <translation>korekta obserwacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read an observation to review it</source>
        <translation>odczyt obserwacji do weryfikacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewed an observation</source>
        <translation>weryfikacja obserwacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read who told an officer (restricted)</source>
        <translation>odczyt źródła informacji (zastrzeżone)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>started a checklist</source>
        <translation>rozpoczęcie listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened a checklist</source>
        <translation>otwarcie listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved checklist answers</source>
        <translation>zapis odpowiedzi listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed a checklist</source>
        <translation>zakończenie listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>corrected a checklist</source>
        <translation>korekta listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>discarded an empty checklist</source>
        <translation>odrzucenie pustej listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listed a prisoner&apos;s checklists</source>
        <translation>wyświetlenie list kontrolnych osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>made a report</source>
        <translation>sporządzenie raportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at a report on screen</source>
        <translation>podgląd raportu na ekranie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed a report</source>
        <translation>wydruk raportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saved a report as an unencrypted PDF</source>
        <translation>zapis raportu jako niezaszyfrowanego pliku PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>odczyt dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported the audit log</source>
        <translation>eksport dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verified the audit log</source>
        <translation>sprawdzenie dziennika audytu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote an export package</source>
        <translation>zapis pakietu eksportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported a receipt</source>
        <translation>import potwierdzenia odbioru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a receipt</source>
        <translation>zapis potwierdzenia odbioru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported a reference bundle</source>
        <translation>import pakietu referencyjnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrote a reference bundle</source>
        <translation>zapis pakietu referencyjnego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported an export package</source>
        <translation>import pakietu eksportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused a package</source>
        <translation>odrzucenie pakietu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could not import a package</source>
        <translation>nieudany import pakietu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trusted the central office certificate</source>
        <translation>uznanie certyfikatu centrali za zaufany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created the central office keys</source>
        <translation>utworzenie kluczy centrali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrote the central office certificate</source>
        <translation>zapis certyfikatu centrali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set who receives the central backups</source>
        <translation>ustalenie odbiorcy kopii zapasowych centrali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enrolled a workstation</source>
        <translation>rejestracja stanowiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved a sync conflict</source>
        <translation>rozstrzygnięcie konfliktu synchronizacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>looked at a sync conflict</source>
        <translation>podgląd konfliktu synchronizacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looked at prisoners of every establishment</source>
        <translation>podgląd osadzonych wszystkich jednostek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generated demonstration data</source>
        <translation>wygenerowanie danych demonstracyjnych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>prisoner</source>
        <translation>osadzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observation</source>
        <translation>obserwacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist</source>
        <translation>lista kontrolna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>package</source>
        <translation>pakiet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>checklist template</source>
        <translation>szablon listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>ustawienia</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../gui/errors.py" line="+17"/>
        <source>The username or password is not right.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recovery code is not right.</source>
        <translation>Kod odzyskiwania jest nieprawidłowy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current password is not right.</source>
        <translation>Obecne hasło jest nieprawidłowe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>To konto jest wyłączone. Zwróć się do administratora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen is locked.</source>
        <translation>Ekran jest zablokowany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vault is locked.</source>
        <translation>Ekran jest zablokowany.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password needs at least 10 characters.</source>
        <translation>Hasło musi mieć co najmniej 10 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password must not be the username.</source>
        <translation>Hasło nie może być nazwą użytkownika.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password repeats too few different characters.</source>
        <translation>Hasło zawiera za mało różnych znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new password must differ from the current one.</source>
        <translation>Nowe hasło musi różnić się od obecnego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the account at least one role.</source>
        <translation>Nadaj kontu co najmniej jedną rolę.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot take the administrator role from yourself.</source>
        <translation>Nie możesz odebrać sobie roli administratora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot disable your own account.</source>
        <translation>Nie możesz wyłączyć własnego konta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot remove your own account.</source>
        <translation>Nie możesz usunąć własnego konta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last active administrator cannot be removed.</source>
        <translation>Nie można usunąć ostatniego aktywnego administratora.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username uses letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; only.</source>
        <translation>Nazwa użytkownika może zawierać tylko litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An establishment code is 1–16 letters or digits.</source>
        <translation>Kod jednostki to 1–16 liter lub cyfr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username is 2–32 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and starts with a letter or digit.</source>
        <translation>Nazwa użytkownika ma 2–32 znaki (litery, cyfry, &apos;.&apos;, &apos;_&apos; lub &apos;-&apos;) i zaczyna się literą lub cyfrą.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
        <translation>Baza danych vault.db jest uszkodzona (obcięta). Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
        <translation>Baza danych vault.db jest uszkodzona i nie da się jej odczytać. Przywróć ją z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
        <translation>W folderze bazy danych brakuje pliku vault.db. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The username or password does not open this backup.</source>
        <translation>Ta nazwa użytkownika lub hasło nie otwiera tej kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator can restore a backup.</source>
        <translation>Tylko administrator może przywrócić kopię zapasową.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup is damaged.</source>
        <translation>Kopia zapasowa jest uszkodzona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The classification marking must be 1 to 60 characters.</source>
        <translation>Klauzula musi mieć od 1 do 60 znaków.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is still in use by another window; close it and retry.</source>
        <translation>Baza danych jest wciąż używana przez inne okno; zamknij je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not right</source>
        <translation>Nieprawidłowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account disabled</source>
        <translation>Konto wyłączone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password too weak</source>
        <translation>Zbyt słabe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is damaged</source>
        <translation>Baza danych jest uszkodzona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No database yet</source>
        <translation>Brak bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database of a newer version</source>
        <translation>Baza danych z nowszej wersji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database folder not writable</source>
        <translation>Brak prawa zapisu w folderze bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed</source>
        <translation>Niedozwolone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please check your input</source>
        <translation>Sprawdź wprowadzone dane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>Nie znaleziono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist template not valid</source>
        <translation>Nieprawidłowy szablon listy kontrolnej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package refused</source>
        <translation>Pakiet odrzucony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log broken</source>
        <translation>Dziennik audytu naruszony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file could not be written</source>
        <translation>Nie udało się zapisać pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database problem</source>
        <translation>Problem z bazą danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot do this</source>
        <translation>Nie można tego zrobić</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The checklist template is not valid:</source>
        <translation>Szablon listy kontrolnej jest nieprawidłowy:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
        <translation>Coś poszło nie tak ({kind}). Nieudany krok niczego nie zmienił.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../gui/texts/labels.py" line="+33"/>
        <source>I saw or heard it myself</source>
        <translation>Widziałem lub słyszałem to sam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overheard</source>
        <translation>Zasłyszane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told by a prisoner</source>
        <translation>Przekazane przez osadzonego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told by staff</source>
        <translation>Przekazane przez personel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item or document found</source>
        <translation>Znaleziony przedmiot lub dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Personel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routine</source>
        <translation>Zwykła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priorytetowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immediate (threat to life or imminent harm)</source>
        <translation>Natychmiastowa (zagrożenie życia lub bezpośrednia szkoda)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Przekazana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Przyjęta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Zwrócona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Odrzucona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Wyeksportowana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In custody</source>
        <translation>Przebywa w jednostce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred</source>
        <translation>Przeniesiony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released</source>
        <translation>Zwolniony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Zwróć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-grade</source>
        <translation>Zmień ocenę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reliable</source>
        <translation>Wiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untested</source>
        <translation>Niesprawdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not reliable</source>
        <translation>Niewiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known directly to the source</source>
        <translation>Znane źródłu bezpośrednio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly, corroborated</source>
        <translation>Znane pośrednio, potwierdzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Known indirectly</source>
        <translation>Znane pośrednio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not known</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected to be false or malicious</source>
        <translation>Podejrzewane o fałsz lub złą wolę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful sharing permitted</source>
        <translation>Dozwolone zgodne z prawem przekazywanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawful sharing permitted with conditions</source>
        <translation>Dozwolone zgodne z prawem przekazywanie na warunkach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completely reliable</source>
        <translation>Całkowicie wiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually reliable</source>
        <translation>Zwykle wiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fairly reliable</source>
        <translation>Dość wiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not usually reliable</source>
        <translation>Zwykle niewiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unreliable</source>
        <translation>Niewiarygodne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reliability cannot be judged</source>
        <translation>Nie można ocenić wiarygodności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed by other sources</source>
        <translation>Potwierdzone przez inne źródła</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probably true</source>
        <translation>Prawdopodobnie prawdziwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possibly true</source>
        <translation>Możliwie prawdziwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Doubtful</source>
        <translation>Wątpliwe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improbable</source>
        <translation>Nieprawdopodobne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Truth cannot be judged</source>
        <translation>Nie można ocenić prawdziwości</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Immediate</source>
        <translation>Natychmiastowa</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../gui/models/records.py" line="+29"/>
        <location line="+13"/>
        <source>Prison number</source>
        <translation>Numer ewidencyjny</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>Unit</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <location filename="../../gui/pages/subject_detail.py" line="-474"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../gui/pages/subject_detail.py" line="-2"/>
        <location filename="../../gui/texts/versions.py" line="-107"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../gui/pages/subject_detail.py" line="+1"/>
        <location filename="../../gui/texts/versions.py" line="+16"/>
        <source>Urgency</source>
        <translation>Pilność</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../gui/pages/subject_detail.py" line="+8"/>
        <location filename="../../gui/texts/versions.py" line="-10"/>
        <source>What was seen or heard</source>
        <translation>Fakty</translation>
    </message>
    <message>
        <location filename="../../gui/pages/subject_detail.py" line="-6"/>
        <location filename="../../gui/texts/checklist_runs.py" line="+2"/>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../gui/texts/versions.py" line="+11"/>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
</context>
</TS>
