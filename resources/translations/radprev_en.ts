<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to {file}.</source>
        <translation>
            <numerusform>%n entry exported to {file}.</numerusform>
            <numerusform>%n entries exported to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>The hash chain is intact: %n entry checked.</numerusform>
            <numerusform>The hash chain is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginNotices</name>
    <message numerus="yes">
        <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
        <translation>
            <numerusform>%n backup made under an older key was deleted (it could still be opened with a removed password).</numerusform>
            <numerusform>%n backups made under an older key were deleted (they could still be opened with a removed password).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
        <translation>
            <numerusform>Warning: %n entry at the end of the audit log is missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</numerusform>
            <numerusform>Warning: %n entries at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
        <translation>
            <numerusform>The encrypted database was restored from the backup. Its audit log lacks %n entry the database had; the restore is recorded with that number. Log in.</numerusform>
            <numerusform>The encrypted database was restored from the backup. Its audit log lacks %n entries the database had; the restore is recorded with that number. Log in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
        <translation>
            <numerusform>%n failed login attempt since your last login. If that was not you, tell the administrator.</numerusform>
            <numerusform>%n failed login attempts since your last login. If that was not you, tell the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Locks in %n min</source>
        <translation>
            <numerusform>Locks in %n min</numerusform>
            <numerusform>Locks in %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n page</numerusform>
            <numerusform>%1 — %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewQueuePage</name>
    <message numerus="yes">
        <source>%n observation(s) awaiting review</source>
        <translation>
            <numerusform>%n observation awaiting review</numerusform>
            <numerusform>%n observations awaiting review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n observation(s) found</source>
        <translation>
            <numerusform>%n observation found</numerusform>
            <numerusform>%n observations found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n results, best match first; scroll down for more.</source>
        <translation>
            <numerusform>The first %n result, best match first; scroll down for more.</numerusform>
            <numerusform>The first %n results, best match first; scroll down for more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubjectsPage</name>
    <message numerus="yes">
        <source>%n prisoner(s)</source>
        <translation>
            <numerusform>%n prisoner</numerusform>
            <numerusform>%n prisoners</numerusform>
        </translation>
    </message>
</context>
</TS>
