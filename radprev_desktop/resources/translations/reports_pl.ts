<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>reports</name>
    <message>
        <source>Data-subject access report</source>
        <translation>Raport dostępu osoby, której dane dotyczą</translation>
    </message>
    <message>
        <source>Prisoner</source>
        <translation>Osadzony</translation>
    </message>
    <message>
        <source>Changes to the prisoner's details</source>
        <translation>Zmiany danych osadzonego</translation>
    </message>
    <message>
        <source>Observations (%1)</source>
        <translation>Obserwacje (%1)</translation>
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
        <source>The prisoner's details have not been changed since the file was opened.</source>
        <translation>Dane osadzonego nie były zmieniane od założenia teczki.</translation>
    </message>
    <message>
        <source>Grade history</source>
        <translation>Historia ocen wiarygodności</translation>
    </message>
    <message>
        <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
        <translation>Wszystko, co sejf zawiera o wskazanej niżej osobie, łącznie z historią zmian oraz informacją, kto przeglądał lub udostępniał teczkę. Tożsamość źródła zastrzeżonego nie jest ujawniana w celu ochrony osoby trzeciej.</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this prisoner.</source>
        <translation>O tym osadzonym niczego nie zarejestrowano.</translation>
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
        <source>Values before the change</source>
        <translation>Wartości przed zmianą</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
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
        <source>Observation %1 of %2</source>
        <translation>Obserwacja %1 z %2</translation>
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
        <source>Earlier version %1 (replaced)</source>
        <translation>Wcześniejsza wersja %1 (zastąpiona)</translation>
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
        <source>Checklist (paper form)</source>
        <translation>Lista kontrolna (formularz papierowy)</translation>
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
        <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
        <translation>Zaznacz „zaobserwowano” tylko z konkretnym przykładem i datą wpisanymi w liniach. Opisuj zachowanie, nigdy samą religię, pochodzenie etniczne czy narodowość.</translation>
    </message>
    <message>
        <source>Recorded for support, not as signs of risk.</source>
        <translation>Zapisywane w celu udzielenia wsparcia, nie jako sygnały zagrożenia.</translation>
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
        <source>Protective factors</source>
        <translation>Czynniki ochronne</translation>
    </message>
    <message>
        <source>None observed</source>
        <translation>Nie zaobserwowano żadnego</translation>
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
        <source>Legend: grading codes and urgency</source>
        <translation>Legenda: kody oceny wiarygodności i pilność</translation>
    </message>
    <message>
        <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
        <translation>Każda obserwacja jest oceniana na odrębnych osiach, nigdy łączonych w wynik: wiarygodność źródła, sposób pozyskania informacji i zasady jej przekazywania.</translation>
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
        <source>Officer's duty</source>
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
        <source>What was seen or heard (facts)</source>
        <translation>Co widziano lub słyszano (fakty)</translation>
    </message>
    <message>
        <source>Officer's assessment (interpretation, kept apart from the facts)</source>
        <translation>Ocena funkcjonariusza (interpretacja, oddzielona od faktów)</translation>
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
        <source>Reason for the correction</source>
        <translation>Powód korekty</translation>
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
        <source>Reason for this correction</source>
        <translation>Powód tej korekty</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Niczego nie zapisano.</translation>
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
        <source>Indicators recorded, each with its evidence</source>
        <translation>Zapisane wskaźniki wraz z uzasadnieniem</translation>
    </message>
    <message>
        <source>Action taken or recommended</source>
        <translation>Podjęte lub zalecane działania</translation>
    </message>
    <message>
        <source>The prisoner's own account</source>
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
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
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
        <source>first version</source>
        <translation>pierwsza wersja</translation>
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
        <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
        <translation>Liczby odpowiedzi w każdym obszarze, pokazane obok siebie. Nie są sumowane i nie są wynikiem ani poziomem zagrożenia.</translation>
    </message>
    <message>
        <source>No checklist has been completed for this prisoner.</source>
        <translation>Dla tego osadzonego nie wypełniono żadnej listy kontrolnej.</translation>
    </message>
    <message>
        <source>%1 (v%2), completed %3 by %4</source>
        <translation>%1 (w%2), wypełniona %3 przez %4</translation>
    </message>
    <message>
        <source>None identified</source>
        <translation>Nie wskazano</translation>
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
        <source>Context and vulnerability (for support)</source>
        <translation>Kontekst i podatność (dla wsparcia)</translation>
    </message>
    <message>
        <source>Other possible explanations</source>
        <translation>Inne możliwe wyjaśnienia</translation>
    </message>
    <message>
        <source>Summary by the officer</source>
        <translation>Podsumowanie funkcjonariusza</translation>
    </message>
    <message>
        <source>Workstation enrolment sheet</source>
        <translation>Arkusz rejestracji stanowiska</translation>
    </message>
    <message>
        <source>Signing key of this vault (Ed25519)</source>
        <translation>Klucz podpisu tego sejfu (Ed25519)</translation>
    </message>
    <message>
        <source>Central office certificate</source>
        <translation>Certyfikat biura centralnego</translation>
    </message>
    <message>
        <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
        <translation>Biuro centralne porównuje ten odcisk z odciskiem pokazanym przy imporcie pierwszego pakietu z tego stanowiska.</translation>
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
        <source>Page %1 of %2</source>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Dokument %1</translation>
    </message>
    <message>
        <source>Printed by %1 at %2</source>
        <translation>Wydrukował %1, %2</translation>
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
        <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
        <translation>Kod przepisywany z kartki: tylko litery i cyfry; wielkość liter i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrukcja</translation>
    </message>
    <message>
        <source>1. Keep this sheet sealed in an envelope in the establishment's safe.</source>
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
        <source>Subject summary</source>
        <translation>Podsumowanie teczki osadzonego</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Timeline of observations</source>
        <translation>Chronologia obserwacji</translation>
    </message>
    <message>
        <source>Checklist results by domain</source>
        <translation>Wyniki list kontrolnych według obszarów</translation>
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
        <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
        <translation>Zarejestrowane obserwacje: %1 (zwykłe %2, priorytetowe %3, natychmiastowe %4); wypełnione listy kontrolne: %5.</translation>
    </message>
    <message>
        <source>No reviews recorded.</source>
        <translation>Nie zapisano weryfikacji.</translation>
    </message>
    <message>
        <source>No corrections recorded.</source>
        <translation>Nie zapisano korekt.</translation>
    </message>
    <message>
        <source>First observation %1, latest %2.</source>
        <translation>Pierwsza obserwacja %1, ostatnia %2.</translation>
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
        <source>Observed on</source>
        <translation>Data obserwacji</translation>
    </message>
    <message>
        <source>Prisoner's details</source>
        <translation>Dane osadzonego</translation>
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
        <source>Facts</source>
        <translation>Fakty</translation>
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
        <source>Assessment</source>
        <translation>Ocena funkcjonariusza</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Podjęte działanie</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Wskaźniki</translation>
    </message>
    <message>
        <source>Unit and period summary</source>
        <translation>Podsumowanie oddziału za okres</translation>
    </message>
    <message>
        <source>Observations by urgency</source>
        <translation>Obserwacje według pilności</translation>
    </message>
    <message>
        <source>Observations by indicator domain</source>
        <translation>Obserwacje według obszarów wskaźników</translation>
    </message>
    <message>
        <source>Immediate items</source>
        <translation>Sprawy natychmiastowe</translation>
    </message>
    <message>
        <source>New subject files</source>
        <translation>Nowe teczki</translation>
    </message>
    <message>
        <source>Overdue file reviews</source>
        <translation>Zaległe weryfikacje teczek</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
        <translation>Obserwacja ze wskaźnikami z kilku obszarów jest liczona w każdym z nich. Liczby pokazano obok siebie; nie są wynikiem.</translation>
    </message>
    <message>
        <source>Subject files opened in the period: %1.</source>
        <translation>Teczki założone w okresie: %1.</translation>
    </message>
    <message>
        <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
        <translation>Teczki z terminem weryfikacji do %1: %2. Dla każdej przełożony decyduje: zachować (z uzasadnieniem), zanonimizować lub usunąć.</translation>
    </message>
    <message>
        <source>No immediate items in this period.</source>
        <translation>Brak spraw natychmiastowych w tym okresie.</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Obserwacje</translation>
    </message>
    <message>
        <source>Observations citing each domain (all urgencies)</source>
        <translation>Obserwacje wskazujące dany obszar (wszystkie pilności)</translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Wymieniono pierwsze %1 z %2.</translation>
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
        <source>Facts (beginning)</source>
        <translation>Fakty (początek)</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Założono</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Termin weryfikacji</translation>
    </message>
    <message>
        <source>I saw or heard it myself</source>
        <translation>Sam(a) widziałem(-am) lub słyszałem(-am)</translation>
    </message>
    <message>
        <source>Overheard</source>
        <translation>Zasłyszane</translation>
    </message>
    <message>
        <source>Told by a prisoner</source>
        <translation>Od osadzonego</translation>
    </message>
    <message>
        <source>Told by staff</source>
        <translation>Od personelu</translation>
    </message>
    <message>
        <source>Item or document found</source>
        <translation>Znaleziony przedmiot lub dokument</translation>
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
        <source>Routine</source>
        <translation>Zwykła</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytetowa</translation>
    </message>
    <message>
        <source>Immediate</source>
        <translation>Natychmiastowa</translation>
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
        <translation>Przetransportowany</translation>
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
        <source>Routine: for the next review.</source>
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
        <translation>Podejrzenie fałszu lub złej woli</translation>
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
        <source>Completely reliable</source>
        <translation>Całkowicie wiarygodne</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Zazwyczaj wiarygodne</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Dość wiarygodne</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Zazwyczaj niewiarygodne</translation>
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
        <translation>Mało prawdopodobne</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Nie można ocenić prawdziwości</translation>
    </message>
    <message>
        <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
        <translation>Zapis obserwacji — nie jest oceną zagrożenia. Ocenę specjalistyczną przeprowadza wyłącznie przeszkolony personel.</translation>
    </message>
    <message>
        <source>workstation</source>
        <translation>stanowisko</translation>
    </message>
    <message>
        <source>central</source>
        <translation>biuro centralne</translation>
    </message>
    <message>
        <source>Context and vulnerability notes</source>
        <translation>Uwagi o kontekście i podatności</translation>
    </message>
    <message>
        <source>Your facts say what was seen and heard, without words of opinion.</source>
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
        <source>Words of opinion in the facts</source>
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
        <source>Training record</source>
        <translation>Karta szkolenia</translation>
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
        <source>Started</source>
        <translation>Rozpoczęto</translation>
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
        <source>not completed</source>
        <translation>nieukończone</translation>
    </message>
    <message>
        <source>What the trainee recorded</source>
        <translation>Co zapisał szkolony</translation>
    </message>
    <message>
        <source>Items ticked</source>
        <translation>Zaznaczone pozycje</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
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
        <source>Common mistakes</source>
        <translation>Częste błędy</translation>
    </message>
    <message>
        <source>Mistake</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>No mistake so far.</source>
        <translation>Jak dotąd bez błędów.</translation>
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
        <source>No exercise yet.</source>
        <translation>Nie ma jeszcze ćwiczeń.</translation>
    </message>
    <message>
        <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee's exercises are described.</source>
        <translation>Zapis ćwiczeń na fikcyjnych scenariuszach w sejfie szkoleniowym. Nie mówi nic o żadnej prawdziwej osobie i nie ocenia żadnego osadzonego: opisuje tylko ćwiczenia szkolonego.</translation>
    </message>
    <message>
        <source>TRAINING — NOT A REAL RECORD</source>
        <translation>SZKOLENIE — TO NIE JEST PRAWDZIWY ZAPIS</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Model observation</source>
        <translation>Wzorcowa obserwacja</translation>
    </message>
</context>
</TS>
