<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>About</name>
        <message>
            <source>Version</source>
            <translation>[Véŕšîöñ]</translation>
        </message>
        <message>
            <source>Database folder</source>
            <translation>[Ðàţàƀàšé föļðéŕ ···]</translation>
        </message>
        <message>
            <source>Logs and crash reports</source>
            <translation>[Ļöĝš àñð çŕàšĥ ŕépöŕţš ······]</translation>
        </message>
        <message>
            <source>Python</source>
            <translation>[Pýţĥöñ]</translation>
        </message>
        <message>
            <source>Qt</source>
            <translation>[Qţ]</translation>
        </message>
        <message>
            <source>SQLCipher</source>
            <translation>[ŠQĻÇîpĥéŕ ·]</translation>
        </message>
        <message>
            <source>System</source>
            <translation>[Šýšţém]</translation>
        </message>
    </context>
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About radprev</source>
            <translation>[Åƀöûţ ŕàðpŕév ···]</translation>
        </message>
        <message>
            <source>radprev — an offline observation log for prison officers.
This is an observation log, not a risk assessment.</source>
            <translation>[ŕàðpŕév — àñ öffļîñé öƀšéŕvàţîöñ ļöĝ föŕ pŕîšöñ öffîçéŕš.
Ţĥîš îš àñ öƀšéŕvàţîöñ ļöĝ, ñöţ à ŕîšķ àššéššméñţ.·········································]</translation>
        </message>
        <message>
            <source>Third-party licences: THIRD-PARTY-NOTICES.txt in the program folder.</source>
            <translation>[Ţĥîŕð-pàŕţý ļîçéñçéš: ŢĤÎŔÐ-PÅŔŢÝ-ÑÖŢÎÇÉŠ.ţxţ îñ ţĥé pŕöĝŕàm föļðéŕ. ·························]</translation>
        </message>
    </context>
    <context>
        <name>AccessDialog</name>
        <message>
            <source>Units and access of {user}</source>
            <translation>[Ûñîţš àñð àççéšš öf {user} ·····]</translation>
        </message>
        <message>
            <source>Establishments and access of {user}</source>
            <translation>[Éšţàƀļîšĥméñţš àñð àççéšš öf {user} ·········]</translation>
        </message>
        <message>
            <source>Officers and supervisors see and write only the prisoners of the units ticked here. Reaching every prisoner of the establishment is a separate grant, recorded in the audit log with its reason.</source>
            <translation>[Öffîçéŕš àñð šûpéŕvîšöŕš šéé àñð ŵŕîţé öñļý ţĥé pŕîšöñéŕš öf ţĥé ûñîţš ţîçķéð ĥéŕé. Ŕéàçĥîñĝ évéŕý pŕîšöñéŕ öf ţĥé éšţàƀļîšĥméñţ îš à šépàŕàţé ĝŕàñţ, ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ ŵîţĥ îţš ŕéàšöñ. ··········································································]</translation>
        </message>
        <message>
            <source>At the central office an account reads the files, records and counts of the establishments listed here (their codes; * for every establishment), as they arrive in the workstations' packages. Every change of access is recorded in the audit log with its reason.</source>
            <translation>[Åţ ţĥé çéñţŕàļ öffîçé àñ àççöûñţ ŕéàðš ţĥé fîļéš, ŕéçöŕðš àñð çöûñţš öf ţĥé éšţàƀļîšĥméñţš ļîšţéð ĥéŕé (ţĥéîŕ çöðéš; * föŕ évéŕý éšţàƀļîšĥméñţ), àš ţĥéý àŕŕîvé îñ ţĥé ŵöŕķšţàţîöñš' pàçķàĝéš. Évéŕý çĥàñĝé öf àççéšš îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ ŵîţĥ îţš ŕéàšöñ. ·····································································································]</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>[Ûñîţš]</translation>
        </message>
        <message>
            <source>Unit {code}</source>
            <translation>[Ûñîţ {code}]</translation>
        </message>
        <message>
            <source>This establishment has no units.</source>
            <translation>[Ţĥîš éšţàƀļîšĥméñţ ĥàš ñö ûñîţš. ··········]</translation>
        </message>
        <message>
            <source>&amp;Whole establishment (every unit)</source>
            <translation>[&amp;Wĥöļé éšţàƀļîšĥméñţ (évéŕý ûñîţ) ··········]</translation>
        </message>
        <message>
            <source>Whole establishment</source>
            <translation>[Ŵĥöļé éšţàƀļîšĥméñţ ·····]</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>[Éšţàƀļîšĥméñţš ···]</translation>
        </message>
        <message>
            <source>codes separated by commas; * for all</source>
            <translation>[çöðéš šépàŕàţéð ƀý çömmàš; * föŕ àļļ ············]</translation>
        </message>
        <message>
            <source>Reason for the change of access</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çĥàñĝé öf àççéšš ··········]</translation>
        </message>
        <message>
            <source>e.g. acting head of security until 30 June</source>
            <translation>[é.ĝ. àçţîñĝ ĥéàð öf šéçûŕîţý ûñţîļ 30 Jûñé ··············]</translation>
        </message>
        <message>
            <source>E&amp;stablishments:</source>
            <translation>[É&amp;sţàƀļîšĥméñţš: ···]</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>[&amp;Réàšöñ:]</translation>
        </message>
        <message>
            <source>Save access</source>
            <translation>[Šàvé àççéšš ··]</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add an account</source>
            <translation>[Åðð àñ àççöûñţ ···]</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàmé ·]</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>[Fûļļ ñàmé ·]</translation>
        </message>
        <message>
            <source>Staff code</source>
            <translation>[Šţàff çöðé ·]</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>[Ŕöļéš]</translation>
        </message>
        <message>
            <source>Role: {role}</source>
            <translation>[Ŕöļé: {role}]</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>[Ûñîţš]</translation>
        </message>
        <message>
            <source>Unit {code}</source>
            <translation>[Ûñîţ {code}]</translation>
        </message>
        <message>
            <source>This establishment has no units.</source>
            <translation>[Ţĥîš éšţàƀļîšĥméñţ ĥàš ñö ûñîţš. ··········]</translation>
        </message>
        <message>
            <source>Type a temporary password twice and give it to the person; they must choose their own at the first login.</source>
            <translation>[Ţýpé à ţémpöŕàŕý pàššŵöŕð ţŵîçé àñð ĝîvé îţ ţö ţĥé péŕšöñ; ţĥéý mûšţ çĥööšé ţĥéîŕ öŵñ àţ ţĥé fîŕšţ ļöĝîñ. ·······································]</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>[&amp;Ušéŕñàmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>[&amp;Fûļļ ñàmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Staff code:</source>
            <translation>[&amp;Sţàff çöðé: ·]</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>[Åðð àççöûñţ ··]</translation>
        </message>
        <message>
            <source>Type a username.</source>
            <translation>[Ţýpé à ûšéŕñàmé. ····]</translation>
        </message>
        <message>
            <source>Tick at least one role.</source>
            <translation>[Ţîçķ àţ ļéàšţ öñé ŕöļé. ·······]</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
            <extracomment>The grading presets of core/services/grading.py, as the administrator chooses them.</extracomment>
            <translation>[3x5x2 (šöûŕçé 1–3, îñföŕmàţîöñ Å–É, ĥàñðļîñĝ P/Ç) ·················]</translation>
        </message>
        <message>
            <source>Admiralty 6x6 (source A–F, information 1–6)</source>
            <translation>[Åðmîŕàļţý 6x6 (šöûŕçé Å–F, îñföŕmàţîöñ 1–6) ···············]</translation>
        </message>
        <message>
            <source>Each reader's own language</source>
            <extracomment>Languages a report can be printed in and the workstation's default: every offered language (core/languages.py), by its own name, not translated. The administrator's default language of reports: none (each reader's own, the screen's — core/i18n.py `default_report_language`) or one of them.</extracomment>
            <translation>[Éàçĥ ŕéàðéŕ'š öŵñ ļàñĝûàĝé ········]</translation>
        </message>
        <message>
            <source>Review a prisoner's file after (months)</source>
            <extracomment>After how many months a file is reviewed, per kind of file (core/services/retention.py).</extracomment>
            <translation>[Ŕévîéŵ à pŕîšöñéŕ'š fîļé àfţéŕ (möñţĥš) ·············]</translation>
        </message>
        <message>
            <source>Review after release (months)</source>
            <translation>[Ŕévîéŵ àfţéŕ ŕéļéàšé (möñţĥš) ·········]</translation>
        </message>
        <message>
            <source>Review after transfer (months)</source>
            <translation>[Ŕévîéŵ àfţéŕ ţŕàñšféŕ (möñţĥš) ·········]</translation>
        </message>
        <message>
            <source>Erase a rejected report after (months)</source>
            <translation>[Éŕàšé à ŕéjéçţéð ŕépöŕţ àfţéŕ (möñţĥš) ·············]</translation>
        </message>
        <message>
            <source>Handover: open referrals (1 = include, 0 = leave out)</source>
            <extracomment>What a release handover to the probation service may hold (core/services/handovers.py).</extracomment>
            <translation>[Ĥàñðövéŕ: öpéñ ŕéféŕŕàļš (1 = îñçļûðé, 0 = ļéàvé öûţ) ···················]</translation>
        </message>
        <message>
            <source>Handover: closed referrals (1 = include, 0 = leave out)</source>
            <translation>[Ĥàñðövéŕ: çļöšéð ŕéféŕŕàļš (1 = îñçļûðé, 0 = ļéàvé öûţ) ···················]</translation>
        </message>
        <message>
            <source>Handover: facts of reviewed observations of the last (months, 0 = none)</source>
            <translation>[Ĥàñðövéŕ: fàçţš öf ŕévîéŵéð öƀšéŕvàţîöñš öf ţĥé ļàšţ (möñţĥš, 0 = ñöñé) ··························]</translation>
        </message>
        <message>
            <source>Handover: protective factors (1 = include, 0 = leave out)</source>
            <translation>[Ĥàñðövéŕ: pŕöţéçţîvé fàçţöŕš (1 = îñçļûðé, 0 = ļéàvé öûţ) ····················]</translation>
        </message>
        <message>
            <source>Handover: officers' assessments (1 = include, 0 = leave out)</source>
            <translation>[Ĥàñðövéŕ: öffîçéŕš' àššéššméñţš (1 = îñçļûðé, 0 = ļéàvé öûţ) ·····················]</translation>
        </message>
        <message>
            <source>Lock after idle (minutes)</source>
            <translation>[Ļöçķ àfţéŕ îðļé (mîñûţéš) ·······]</translation>
        </message>
        <message>
            <source>Classification marking</source>
            <translation>[Çļàššîfîçàţîöñ màŕķîñĝ ······]</translation>
        </message>
        <message>
            <source>Classification levels (lowest first, separated by ;)</source>
            <translation>[Çļàššîfîçàţîöñ ļévéļš (ļöŵéšţ fîŕšţ, šépàŕàţéð ƀý ;) ··················]</translation>
        </message>
        <message>
            <source>Grading preset</source>
            <translation>[Ĝŕàðîñĝ pŕéšéţ ···]</translation>
        </message>
        <message>
            <source>Default language of reports</source>
            <translation>[Ðéfàûļţ ļàñĝûàĝé öf ŕépöŕţš ········]</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>[Ɓàçķûpš ķépţ ··]</translation>
        </message>
        <message>
            <source>Clear copied text after (seconds)</source>
            <translation>[Çļéàŕ çöpîéð ţéxţ àfţéŕ (šéçöñðš) ···········]</translation>
        </message>
        <message>
            <source>Export to the central office every (days)</source>
            <translation>[Éxpöŕţ ţö ţĥé çéñţŕàļ öffîçé évéŕý (ðàýš) ··············]</translation>
        </message>
        <message>
            <source>Wait for a receipt (days)</source>
            <translation>[Ŵàîţ föŕ à ŕéçéîpţ (ðàýš) ·······]</translation>
        </message>
        <message>
            <source>Write new observations before seeing earlier reports (default)</source>
            <translation>[Ŵŕîţé ñéŵ öƀšéŕvàţîöñš ƀéföŕé šééîñĝ éàŕļîéŕ ŕépöŕţš (ðéfàûļţ) ······················]</translation>
        </message>
        <message>
            <source>Search words in the audit log</source>
            <translation>[Šéàŕçĥ ŵöŕðš îñ ţĥé àûðîţ ļöĝ ·········]</translation>
        </message>
        <message>
            <source>Hashed (the data-protection officer can check a word)</source>
            <translation>[Ĥàšĥéð (ţĥé ðàţà-pŕöţéçţîöñ öffîçéŕ çàñ çĥéçķ à ŵöŕð) ···················]</translation>
        </message>
        <message>
            <source>Stored as typed</source>
            <translation>[Šţöŕéð àš ţýpéð ···]</translation>
        </message>
        <message>
            <source>Staff named in a prisoner's access report</source>
            <translation>[Šţàff ñàméð îñ à pŕîšöñéŕ'š àççéšš ŕépöŕţ ··············]</translation>
        </message>
        <message>
            <source>Supervisors and above (officers withheld)</source>
            <translation>[Šûpéŕvîšöŕš àñð àƀövé (öffîçéŕš ŵîţĥĥéļð) ··············]</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>[Évéŕýöñé ·]</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>[Ñöƀöðý]</translation>
        </message>
        <message>
            <source>Information for the person in an access report (empty: the default)</source>
            <translation>[Îñföŕmàţîöñ föŕ ţĥé péŕšöñ îñ àñ àççéšš ŕépöŕţ (émpţý: ţĥé ðéfàûļţ) ························]</translation>
        </message>
        <message>
            <source>Retention periods (months)</source>
            <translation>[Ŕéţéñţîöñ péŕîöðš (möñţĥš) ········]</translation>
        </message>
        <message>
            <source>Release handover policy</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕ pöļîçý ·······]</translation>
        </message>
        <message>
            <source>Code lists</source>
            <translation>[Çöðé ļîšţš ·]</translation>
        </message>
        <message>
            <source>Administration sections</source>
            <translation>[Åðmîñîšţŕàţîöñ šéçţîöñš ·······]</translation>
        </message>
        <message>
            <source>Acco&amp;unts</source>
            <translation>[Åççö&amp;uñţš]</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>[&amp;Séţţîñĝš]</translation>
        </message>
        <message>
            <source>Checklist &amp;templates</source>
            <translation>[Çĥéçķļîšţ &amp;témpļàţéš ·····]</translation>
        </message>
        <message>
            <source>&amp;Backups</source>
            <translation>[&amp;Bàçķûpš]</translation>
        </message>
        <message>
            <source>&amp;Prisoners' details</source>
            <translation>[&amp;Pŕîšöñéŕš' ðéţàîļš ····]</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>[Åðmîñîšţŕàţîöñ ···]</translation>
        </message>
    </context>
    <context>
        <name>AdministratorPage</name>
        <message>
            <source>First administrator</source>
            <translation>[Fîŕšţ àðmîñîšţŕàţöŕ ·····]</translation>
        </message>
        <message>
            <source>The administrator manages accounts, settings and backups. Other accounts are added afterwards.</source>
            <translation>[Ţĥé àðmîñîšţŕàţöŕ màñàĝéš àççöûñţš, šéţţîñĝš àñð ƀàçķûpš. Öţĥéŕ àççöûñţš àŕé àððéð àfţéŕŵàŕðš. ···································]</translation>
        </message>
        <message>
            <source>&amp;Create the encrypted database</source>
            <translation>[&amp;Cŕéàţé ţĥé éñçŕýpţéð ðàţàƀàšé ·········]</translation>
        </message>
        <message>
            <source>Administrator username</source>
            <translation>[Åðmîñîšţŕàţöŕ ûšéŕñàmé ······]</translation>
        </message>
        <message>
            <source>Administrator full name</source>
            <translation>[Åðmîñîšţŕàţöŕ fûļļ ñàmé ·······]</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>[&amp;Ušéŕñàmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>[&amp;Fûļļ ñàmé: ·]</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>radprev — TRAINING</source>
            <translation>[ŕàðpŕév — ŢŔÅÎÑÎÑĜ ·····]</translation>
        </message>
        <message>
            <source>{folder} holds a database that is not a training database; it is not opened.</source>
            <translation>[{folder} ĥöļðš à ðàţàƀàšé ţĥàţ îš ñöţ à ţŕàîñîñĝ ðàţàƀàšé; îţ îš ñöţ öpéñéð. ·························]</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>User filter</source>
            <translation>[Ûšéŕ fîļţéŕ ··]</translation>
        </message>
        <message>
            <source>Action filter</source>
            <translation>[Åçţîöñ fîļţéŕ ···]</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>[Fŕö&amp;m:]</translation>
        </message>
        <message>
            <source>Filter from a date</source>
            <translation>[Fîļţéŕ fŕöm à ðàţé ·····]</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>[Fŕöm ðàţé ·]</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>[&amp;Tö:]</translation>
        </message>
        <message>
            <source>Filter up to a date</source>
            <translation>[Fîļţéŕ ûp ţö à ðàţé ·····]</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>[Ţö ðàţé]</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>[&amp;Sĥöŵ]</translation>
        </message>
        <message>
            <source>Show entries</source>
            <translation>[Šĥöŵ éñţŕîéš ··]</translation>
        </message>
        <message>
            <source>&amp;Export to JSON Lines…</source>
            <translation>[&amp;Expöŕţ ţö JŠÖÑ Ļîñéš… ·····]</translation>
        </message>
        <message>
            <source>Export to JSON Lines</source>
            <translation>[Éxpöŕţ ţö JŠÖÑ Ļîñéš ·····]</translation>
        </message>
        <message>
            <source>&amp;Verify the chain</source>
            <translation>[&amp;Véŕîfý ţĥé çĥàîñ ···]</translation>
        </message>
        <message>
            <source>Verify the hash chain</source>
            <translation>[Véŕîfý ţĥé ĥàšĥ çĥàîñ ······]</translation>
        </message>
        <message>
            <source>Data-protection &amp;questions…</source>
            <translation>[Ðàţà-pŕöţéçţîöñ &amp;qûéšţîöñš… ·······]</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>[Åûðîţ éñţŕîéš ···]</translation>
        </message>
        <message>
            <source>&amp;User:</source>
            <translation>[&amp;Ušéŕ:]</translation>
        </message>
        <message>
            <source>&amp;Action:</source>
            <translation>[&amp;Açţîöñ:]</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>[Åûðîţ ļöĝ ·]</translation>
        </message>
        <message>
            <source>Reading the audit log is itself written to the audit log.</source>
            <translation>[Ŕéàðîñĝ ţĥé àûðîţ ļöĝ îš îţšéļf ŵŕîţţéñ ţö ţĥé àûðîţ ļöĝ. ····················]</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) shown.</source>
            <translation>
                <numerusform>[%n éñţŕý(îéš) šĥöŵñ. ·····]</numerusform>
                <numerusform>[%n éñţŕý(îéš) šĥöŵñ. ·····]</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the audit log</source>
            <translation>[Éxpöŕţ ţĥé àûðîţ ļöĝ ·····]</translation>
        </message>
        <message>
            <source>JSON Lines (*.jsonl)</source>
            <translation>[JŠÖÑ Ļîñéš (*.jšöñļ) ·····]</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) exported to {file}.</source>
            <translation>
                <numerusform>[%n éñţŕý(îéš) éxpöŕţéð ţö {file}. ·······]</numerusform>
                <numerusform>[%n éñţŕý(îéš) éxpöŕţéð ţö {file}. ·······]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The hash chain is intact: %n entry(ies) checked.</source>
            <translation>
                <numerusform>[Ţĥé ĥàšĥ çĥàîñ îš îñţàçţ: %n éñţŕý(îéš) çĥéçķéð. ················]</numerusform>
                <numerusform>[Ţĥé ĥàšĥ çĥàîñ îš îñţàçţ: %n éñţŕý(îéš) çĥéçķéð. ················]</numerusform>
            </translation>
        </message>
        <message>
            <source>The hash chain is BROKEN at entry {seq}: {reason}</source>
            <translation>[Ţĥé ĥàšĥ çĥàîñ îš ƁŔÖĶÉÑ àţ éñţŕý {seq}: {reason} ············]</translation>
        </message>
    </context>
    <context>
        <name>AuditTableModel</name>
        <message>
            <source>No.</source>
            <translation>[Ñö.]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>User</source>
            <translation>[Ûšéŕ]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Åçţîöñ]</translation>
        </message>
        <message>
            <source>Object</source>
            <translation>[Öƀjéçţ]</translation>
        </message>
        <message>
            <source>Reason for access</source>
            <translation>[Ŕéàšöñ föŕ àççéšš ····]</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>[Ŕéçîpîéñţ ·]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>[Ðéţàîļš]</translation>
        </message>
    </context>
    <context>
        <name>BackupsTab</name>
        <message>
            <source>Backup</source>
            <translation>[Ɓàçķûp]</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>[Šîžé]</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>[Ɓàçķûpš]</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>[&amp;Bàçķ ûp ñöŵ ·]</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>[Ɓàçķ ûp ñöŵ ··]</translation>
        </message>
        <message>
            <source>Backups are encrypted copies in the database folder (backups), checked by opening them. Restoring is offered on the login screen when the database cannot be opened, or with the command radprev restore.</source>
            <translation>[Ɓàçķûpš àŕé éñçŕýpţéð çöpîéš îñ ţĥé ðàţàƀàšé föļðéŕ (ƀàçķûpš), çĥéçķéð ƀý öpéñîñĝ ţĥém. Ŕéšţöŕîñĝ îš öfféŕéð öñ ţĥé ļöĝîñ šçŕééñ ŵĥéñ ţĥé ðàţàƀàšé çàññöţ ƀé öpéñéð, öŕ ŵîţĥ ţĥé çömmàñð ŕàðpŕév ŕéšţöŕé. ··············································································]</translation>
        </message>
        <message>
            <source>{n} KiB</source>
            <translation>[{n} ĶîƁ]</translation>
        </message>
        <message>
            <source>Backup {name} written.</source>
            <translation>[Ɓàçķûp {name} ŵŕîţţéñ. ····]</translation>
        </message>
        <message>
            <source>Writing a backup</source>
            <translation>[Ŵŕîţîñĝ à ƀàçķûp ····]</translation>
        </message>
    </context>
    <context>
        <name>CapsLockWatcher</name>
        <message>
            <source>Caps Lock warning</source>
            <translation>[Çàpš Ļöçķ ŵàŕñîñĝ ····]</translation>
        </message>
        <message>
            <source>Caps Lock is on.</source>
            <translation>[Çàpš Ļöçķ îš öñ. ····]</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>[Çĥàñĝé pàššŵöŕð ···]</translation>
        </message>
        <message>
            <source>Your password was set by the administrator. Choose your own password before you continue.</source>
            <translation>[Ýöûŕ pàššŵöŕð ŵàš šéţ ƀý ţĥé àðmîñîšţŕàţöŕ. Çĥööšé ýöûŕ öŵñ pàššŵöŕð ƀéföŕé ýöû çöñţîñûé. ·································]</translation>
        </message>
        <message>
            <source>Type your current password, then the new one twice.</source>
            <translation>[Ţýpé ýöûŕ çûŕŕéñţ pàššŵöŕð, ţĥéñ ţĥé ñéŵ öñé ţŵîçé. ··················]</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>[Çûŕŕéñţ pàššŵöŕð ····]</translation>
        </message>
        <message>
            <source>C&amp;urrent password:</source>
            <translation>[Ç&amp;uŕŕéñţ pàššŵöŕð: ····]</translation>
        </message>
    </context>
    <context>
        <name>CharacterCounter</name>
        <message>
            <source>At most {n} characters.</source>
            <extracomment>The counter shows from this share of the limit on.</extracomment>
            <translation>[Åţ möšţ {n} çĥàŕàçţéŕš. ·····]</translation>
        </message>
        <message>
            <source>Only {limit} characters fit: {cut} pasted characters were left out (they are still on the clipboard).</source>
            <translation>[Öñļý {limit} çĥàŕàçţéŕš fîţ: {cut} pàšţéð çĥàŕàçţéŕš ŵéŕé ļéfţ öûţ (ţĥéý àŕé šţîļļ öñ ţĥé çļîpƀöàŕð). ·································]</translation>
        </message>
        <message>
            <source>Limit reached: {limit} characters.</source>
            <translation>[Ļîmîţ ŕéàçĥéð: {limit} çĥàŕàçţéŕš. ········]</translation>
        </message>
        <message>
            <source>{n} of {limit} characters</source>
            <translation>[{n} öf {limit} çĥàŕàçţéŕš ···]</translation>
        </message>
    </context>
    <context>
        <name>ChecklistRunnerPage</name>
        <message>
            <source>completed and sealed</source>
            <translation>[çömpļéţéð àñð šéàļéð ·····]</translation>
        </message>
        <message>
            <source>Next review date</source>
            <translation>[Ñéxţ ŕévîéŵ ðàţé ····]</translation>
        </message>
        <message>
            <source>Protective factors</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš ·····]</translation>
        </message>
        <message>
            <source>Not indicators</source>
            <translation>[Ñöţ îñðîçàţöŕš ···]</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>[Pŕöĝŕéšš ·]</translation>
        </message>
        <message>
            <source>Protective factors: &amp;none observed</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš: &amp;nöñé öƀšéŕvéð ··········]</translation>
        </message>
        <message>
            <source>Other possible explanations (required)</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš (ŕéqûîŕéð) ·············]</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš ········]</translation>
        </message>
        <message>
            <source>e.g. debt, conflict with another prisoner, bad news from home, mental health</source>
            <translation>[é.ĝ. ðéƀţ, çöñfļîçţ ŵîţĥ àñöţĥéŕ pŕîšöñéŕ, ƀàð ñéŵš fŕöm ĥömé, méñţàļ ĥéàļţĥ ····························]</translation>
        </message>
        <message>
            <source>None &amp;identified</source>
            <translation>[Ñöñé &amp;iðéñţîfîéð ···]</translation>
        </message>
        <message>
            <source>Context and vulnerability (for support, not a risk sign)</source>
            <translation>[Çöñţéxţ àñð vûļñéŕàƀîļîţý (föŕ šûppöŕţ, ñöţ à ŕîšķ šîĝñ) ····················]</translation>
        </message>
        <message>
            <source>Context notes</source>
            <translation>[Çöñţéxţ ñöţéš ···]</translation>
        </message>
        <message>
            <source>Summary and next review</source>
            <translation>[Šûmmàŕý àñð ñéxţ ŕévîéŵ ·······]</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>[Šûmmàŕý]</translation>
        </message>
        <message>
            <source>S&amp;ummary:</source>
            <translation>[Š&amp;ummàŕý:]</translation>
        </message>
        <message>
            <source>Ne&amp;xt review:</source>
            <translation>[Ñé&amp;xţ ŕévîéŵ: ··]</translation>
        </message>
        <message>
            <source>Answers by domain</source>
            <translation>[Åñšŵéŕš ƀý ðömàîñ ····]</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>[Ðömàîñ]</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>[Öƀšéŕvéð ·]</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>[Ñöţ öƀšéŕvéð ··]</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>[Ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Save progress (Ctrl+S)</source>
            <translation>[Šàvé pŕöĝŕéšš (Çţŕļ+Š) ······]</translation>
        </message>
        <message>
            <source>&amp;Complete (Ctrl+Enter)</source>
            <translation>[&amp;Cömpļéţé (Çţŕļ+Éñţéŕ) ·····]</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>[Ç&amp;löšé]</translation>
        </message>
        <message>
            <source>C&amp;orrect (amend)…</source>
            <translation>[Ç&amp;oŕŕéçţ (àméñð)… ···]</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çöŕŕéçţîöñ ·······]</translation>
        </message>
        <message>
            <source>Reason for the correction (required)</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çöŕŕéçţîöñ (ŕéqûîŕéð) ············]</translation>
        </message>
        <message>
            <source>Save co&amp;rrection</source>
            <translation>[Šàvé çö&amp;rŕéçţîöñ ···]</translation>
        </message>
        <message>
            <source>Correcting the completed checklist: answered {done} of {total} items. Unanswered items are recorded as unknown when you save the correction.</source>
            <translation>[Çöŕŕéçţîñĝ ţĥé çömpļéţéð çĥéçķļîšţ: àñšŵéŕéð {done} öf {total} îţémš. Ûñàñšŵéŕéð îţémš àŕé ŕéçöŕðéð àš ûñķñöŵñ ŵĥéñ ýöû šàvé ţĥé çöŕŕéçţîöñ. ················································]</translation>
        </message>
        <message>
            <source>Completed and sealed: all {total} items are recorded, {unknown} of them as unknown (items left unanswered included). A change now is a correction, kept as a new version.</source>
            <translation>[Çömpļéţéð àñð šéàļéð: àļļ {total} îţémš àŕé ŕéçöŕðéð, {unknown} öf ţĥém àš ûñķñöŵñ (îţémš ļéfţ ûñàñšŵéŕéð îñçļûðéð). Å çĥàñĝé ñöŵ îš à çöŕŕéçţîöñ, ķépţ àš à ñéŵ véŕšîöñ. ···························································]</translation>
        </message>
        <message>
            <source>Answered {done} of {total} items. Unanswered items are recorded as unknown when you complete.</source>
            <translation>[Åñšŵéŕéð {done} öf {total} îţémš. Ûñàñšŵéŕéð îţémš àŕé ŕéçöŕðéð àš ûñķñöŵñ ŵĥéñ ýöû çömpļéţé. ·····························]</translation>
        </message>
        <message>
            <source>Recorded for support, never as a sign of risk.</source>
            <translation>[Ŕéçöŕðéð föŕ šûppöŕţ, ñévéŕ àš à šîĝñ öf ŕîšķ. ················]</translation>
        </message>
        <message>
            <source>Protective factors (required)</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš (ŕéqûîŕéð) ·········]</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such:</source>
            <translation>[Ţĥéšé àŕé ÑÖŢ îñðîçàţöŕš àñð mûšţ ñévéŕ ƀé ţîçķéð àš šûçĥ: ·····················]</translation>
        </message>
        <message>
            <source>{title} (v{version}) — {name} ({number})</source>
            <translation>[{title} (v{version}) — {name} ({number}) ·]</translation>
        </message>
        <message>
            <source>Not saved: change the wording, then save the correction.</source>
            <translation>[Ñöţ šàvéð: çĥàñĝé ţĥé ŵöŕðîñĝ, ţĥéñ šàvé ţĥé çöŕŕéçţîöñ. ····················]</translation>
        </message>
        <message>
            <source>Correction saved as version {n}.</source>
            <translation>[Çöŕŕéçţîöñ šàvéð àš véŕšîöñ {n}. ·········]</translation>
        </message>
        <message>
            <source>Checklist progress saved.</source>
            <translation>[Çĥéçķļîšţ pŕöĝŕéšš šàvéð. ·······]</translation>
        </message>
        <message>
            <source>What you entered was kept while the screen was locked; it is not saved yet.</source>
            <translation>[Ŵĥàţ ýöû éñţéŕéð ŵàš ķépţ ŵĥîļé ţĥé šçŕééñ ŵàš ļöçķéð; îţ îš ñöţ šàvéð ýéţ. ···························]</translation>
        </message>
        <message>
            <source>{heading}

Answered {done} of {total} items; the {left} unanswered items will be recorded as unknown.

Completing seals the checklist with its summary and next review date: after that it can only be changed by a correction with a reason, kept as a new version.</source>
            <translation>[{heading}

Åñšŵéŕéð {done} öf {total} îţémš; ţĥé {left} ûñàñšŵéŕéð îţémš ŵîļļ ƀé ŕéçöŕðéð àš ûñķñöŵñ.

Çömpļéţîñĝ šéàļš ţĥé çĥéçķļîšţ ŵîţĥ îţš šûmmàŕý àñð ñéxţ ŕévîéŵ ðàţé: àfţéŕ ţĥàţ îţ çàñ öñļý ƀé çĥàñĝéð ƀý à çöŕŕéçţîöñ ŵîţĥ à ŕéàšöñ, ķépţ àš à ñéŵ véŕšîöñ.··························································································]</translation>
        </message>
        <message>
            <source>Complete and seal?</source>
            <translation>[Çömpļéţé àñð šéàļ? ·····]</translation>
        </message>
        <message>
            <source>Complete and seal</source>
            <translation>[Çömpļéţé àñð šéàļ ····]</translation>
        </message>
        <message>
            <source>Not completed: change the wording, then complete.</source>
            <translation>[Ñöţ çömpļéţéð: çĥàñĝé ţĥé ŵöŕðîñĝ, ţĥéñ çömpļéţé. ·················]</translation>
        </message>
        <message>
            <source>Checklist completed.</source>
            <translation>[Çĥéçķļîšţ çömpļéţéð. ·····]</translation>
        </message>
        <message>
            <source>Completed. Next review: {date}. The counts show how items were answered in each domain; they are not a score and are never added up.</source>
            <translation>[Çömpļéţéð. Ñéxţ ŕévîéŵ: {date}. Ţĥé çöûñţš šĥöŵ ĥöŵ îţémš ŵéŕé àñšŵéŕéð îñ éàçĥ ðömàîñ; ţĥéý àŕé ñöţ à šçöŕé àñð àŕé ñévéŕ àððéð ûp. ················································]</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>A crash report without any personal data was written to:
{path}
Please give it to your IT support.</source>
            <translation>[Å çŕàšĥ ŕépöŕţ ŵîţĥöûţ àñý péŕšöñàļ ðàţà ŵàš ŵŕîţţéñ ţö:
{path}
Pļéàšé ĝîvé îţ ţö ýöûŕ ÎŢ šûppöŕţ.··································]</translation>
        </message>
        <message>
            <source>No crash report could be written.</source>
            <translation>[Ñö çŕàšĥ ŕépöŕţ çöûļð ƀé ŵŕîţţéñ. ···········]</translation>
        </message>
        <message>
            <source>radprev met an unexpected error. What you saved before is safe; the last action may not have been completed. Close radprev and start it again.</source>
            <translation>[ŕàðpŕév méţ àñ ûñéxpéçţéð éŕŕöŕ. Ŵĥàţ ýöû šàvéð ƀéföŕé îš šàfé; ţĥé ļàšţ àçţîöñ màý ñöţ ĥàvé ƀééñ çömpļéţéð. Çļöšé ŕàðpŕév àñð šţàŕţ îţ àĝàîñ. ······················································]</translation>
        </message>
        <message>
            <source>radprev</source>
            <translation>[ŕàðpŕév]</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>draft</source>
            <translation>[ðŕàfţ]</translation>
        </message>
        <message>
            <source>routine</source>
            <translation>[ŕöûţîñé]</translation>
        </message>
        <message>
            <source>priority</source>
            <translation>[pŕîöŕîţý ·]</translation>
        </message>
        <message>
            <source>immediate</source>
            <translation>[îmméðîàţé ·]</translation>
        </message>
        <message>
            <source>submitted</source>
            <translation>[šûƀmîţţéð ·]</translation>
        </message>
        <message>
            <source>accepted</source>
            <translation>[àççépţéð ·]</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>[ŕéţûŕñéð ·]</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>[ŕéjéçţéð ·]</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>[éxpöŕţéð ·]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>[Pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>[Ûŕĝéñçý]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>What was seen or heard (start)</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð (šţàŕţ) ·········]</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>[Ðàšĥƀöàŕð ·]</translation>
        </message>
        <message>
            <source>My drafts</source>
            <translation>[Mý ðŕàfţš ·]</translation>
        </message>
        <message>
            <source>You have no unfinished drafts.</source>
            <translation>[Ýöû ĥàvé ñö ûñfîñîšĥéð ðŕàfţš. ·········]</translation>
        </message>
        <message>
            <source>Returned to me</source>
            <translation>[Ŕéţûŕñéð ţö mé ···]</translation>
        </message>
        <message>
            <source>Nothing was returned to you.</source>
            <translation>[Ñöţĥîñĝ ŵàš ŕéţûŕñéð ţö ýöû. ·········]</translation>
        </message>
        <message>
            <source>Immediate items awaiting review</source>
            <translation>[Îmméðîàţé îţémš àŵàîţîñĝ ŕévîéŵ ··········]</translation>
        </message>
        <message>
            <source>No immediate item is waiting for review.</source>
            <translation>[Ñö îmméðîàţé îţém îš ŵàîţîñĝ föŕ ŕévîéŵ. ·············]</translation>
        </message>
        <message>
            <source>Overdue reviews of prisoners' files</source>
            <translation>[Övéŕðûé ŕévîéŵš öf pŕîšöñéŕš' fîļéš ···········]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>[Ŕévîéŵ ðûé ·]</translation>
        </message>
        <message>
            <source>No file is overdue for review.</source>
            <translation>[Ñö fîļé îš övéŕðûé föŕ ŕévîéŵ. ·········]</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>[&amp;Néŵ öƀšéŕvàţîöñ ···]</translation>
        </message>
        <message>
            <source>New observation</source>
            <translation>[Ñéŵ öƀšéŕvàţîöñ ···]</translation>
        </message>
        <message>
            <source>Re&amp;tention decisions…</source>
            <translation>[Ŕé&amp;téñţîöñ ðéçîšîöñš… ·····]</translation>
        </message>
        <message>
            <source>(after the reason for access)</source>
            <translation>[(àfţéŕ ţĥé ŕéàšöñ föŕ àççéšš) ·········]</translation>
        </message>
        <message>
            <source>Logged in as {name}.</source>
            <translation>[Ļöĝĝéð îñ àš {name}. ···]</translation>
        </message>
        <message>
            <source>Your role has no observations of its own. Use the menu on the left.</source>
            <translation>[Ýöûŕ ŕöļé ĥàš ñö öƀšéŕvàţîöñš öf îţš öŵñ. Ûšé ţĥé méñû öñ ţĥé ļéfţ. ························]</translation>
        </message>
        <message>
            <source>Your role has no observations of its own. The Training page shows the trainees' exercises.</source>
            <translation>[Ýöûŕ ŕöļé ĥàš ñö öƀšéŕvàţîöñš öf îţš öŵñ. Ţĥé Ţŕàîñîñĝ pàĝé šĥöŵš ţĥé ţŕàîñééš' éxéŕçîšéš. ·································]</translation>
        </message>
    </context>
    <context>
        <name>DataExportButton</name>
        <message>
            <source>E&amp;xport the person's data (JSON + PDF)…</source>
            <translation>[É&amp;xpöŕţ ţĥé péŕšöñ'š ðàţà (JŠÖÑ + PÐF)… ············]</translation>
        </message>
        <message>
            <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
            <translation>[Çĥööšé ţĥé pŕîšöñéŕ: ţýpé à ñàmé öŕ pŕîšöñ ñûmƀéŕ àñð pîçķ fŕöm ţĥé ļîšţ. ···························]</translation>
        </message>
        <message>
            <source>Say who the files are for (recipient).</source>
            <translation>[Šàý ŵĥö ţĥé fîļéš àŕé föŕ (ŕéçîpîéñţ). ·············]</translation>
        </message>
        <message>
            <source>Write unencrypted files?</source>
            <translation>[Ŵŕîţé ûñéñçŕýpţéð fîļéš? ·······]</translation>
        </message>
        <message>
            <source>The JSON file and the PDF will NOT be encrypted: anyone who can open the folder can read them. Write them only where your instructions allow (for example a stick handed to the person), and delete any copy you keep when it is no longer needed. The export is recorded in the audit log as a disclosure.</source>
            <translation>[Ţĥé JŠÖÑ fîļé àñð ţĥé PÐF ŵîļļ ÑÖŢ ƀé éñçŕýpţéð: àñýöñé ŵĥö çàñ öpéñ ţĥé föļðéŕ çàñ ŕéàð ţĥém. Ŵŕîţé ţĥém öñļý ŵĥéŕé ýöûŕ îñšţŕûçţîöñš àļļöŵ (föŕ éxàmpļé à šţîçķ ĥàñðéð ţö ţĥé péŕšöñ), àñð ðéļéţé àñý çöpý ýöû ķéép ŵĥéñ îţ îš ñö ļöñĝéŕ ñééðéð. Ţĥé éxpöŕţ îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ àš à ðîšçļöšûŕé. ·····················································································································]</translation>
        </message>
        <message>
            <source>Folder for the person's data</source>
            <translation>[Föļðéŕ föŕ ţĥé péŕšöñ'š ðàţà ·········]</translation>
        </message>
        <message>
            <source>Written: %1 and %2</source>
            <translation>[Ŵŕîţţéñ: %1 àñð %2 ···]</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>[Ðöçûméñţ %1 ·]</translation>
        </message>
    </context>
    <context>
        <name>DataRequestsDialog</name>
        <message>
            <source>Rectification requests and disputes — {name} ({number})</source>
            <translation>[Ŕéçţîfîçàţîöñ ŕéqûéšţš àñð ðîšpûţéš — {name} ({number}) ··············]</translation>
        </message>
        <message>
            <source>Record what the prisoner asks to be corrected, or contests, in the person's own words. The correction itself is an amendment of the record; then decide the request, citing the amended version.</source>
            <translation>[Ŕéçöŕð ŵĥàţ ţĥé pŕîšöñéŕ àšķš ţö ƀé çöŕŕéçţéð, öŕ çöñţéšţš, îñ ţĥé péŕšöñ'š öŵñ ŵöŕðš. Ţĥé çöŕŕéçţîöñ îţšéļf îš àñ àméñðméñţ öf ţĥé ŕéçöŕð; ţĥéñ ðéçîðé ţĥé ŕéqûéšţ, çîţîñĝ ţĥé àméñðéð véŕšîöñ. ··········································································]</translation>
        </message>
        <message>
            <source>Requests and disputes of the file</source>
            <translation>[Ŕéqûéšţš àñð ðîšpûţéš öf ţĥé fîļé ···········]</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>[Ŕéçöŕðéð ·]</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>[Ŕéqûéšţ]</translation>
        </message>
        <message>
            <source>About</source>
            <translation>[Åƀöûţ]</translation>
        </message>
        <message>
            <source>What the person says</source>
            <translation>[Ŵĥàţ ţĥé péŕšöñ šàýš ·····]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçömé]</translation>
        </message>
        <message>
            <source>New request</source>
            <translation>[Ñéŵ ŕéqûéšţ ··]</translation>
        </message>
        <message>
            <source>What the person asks or contests</source>
            <translation>[Ŵĥàţ ţĥé péŕšöñ àšķš öŕ çöñţéšţš ··········]</translation>
        </message>
        <message>
            <source>In the person's own words</source>
            <translation>[Îñ ţĥé péŕšöñ'š öŵñ ŵöŕðš ·······]</translation>
        </message>
        <message>
            <source>Record the re&amp;quest</source>
            <translation>[Ŕéçöŕð ţĥé ŕé&amp;qûéšţ ····]</translation>
        </message>
        <message>
            <source>Abou&amp;t:</source>
            <translation>[Åƀöû&amp;t:]</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>[&amp;Kîñð:]</translation>
        </message>
        <message>
            <source>The person's &amp;words:</source>
            <translation>[Ţĥé péŕšöñ'š &amp;wöŕðš: ·····]</translation>
        </message>
        <message>
            <source>Decision on the selected request</source>
            <translation>[Ðéçîšîöñ öñ ţĥé šéļéçţéð ŕéqûéšţ ··········]</translation>
        </message>
        <message>
            <source>&amp;Decide</source>
            <translation>[&amp;Déçîðé]</translation>
        </message>
        <message>
            <source>&amp;Correct the record…</source>
            <translation>[&amp;Cöŕŕéçţ ţĥé ŕéçöŕð… ·····]</translation>
        </message>
        <message>
            <source>Close this window and amend the record the request is about.</source>
            <translation>[Çļöšé ţĥîš ŵîñðöŵ àñð àméñð ţĥé ŕéçöŕð ţĥé ŕéqûéšţ îš àƀöûţ. ·····················]</translation>
        </message>
        <message>
            <source>&amp;Outcome:</source>
            <translation>[&amp;Oûţçömé:]</translation>
        </message>
        <message>
            <source>Amended &amp;version:</source>
            <translation>[Åméñðéð &amp;véŕšîöñ: ···]</translation>
        </message>
        <message>
            <source>&amp;Reason (refused, noted):</source>
            <translation>[&amp;Réàšöñ (ŕéfûšéð, ñöţéð): ·······]</translation>
        </message>
        <message>
            <source>Only a version that corrected the prison number, names or birth year after the request was recorded can be cited.</source>
            <translation>[Öñļý à véŕšîöñ ţĥàţ çöŕŕéçţéð ţĥé pŕîšöñ ñûmƀéŕ, ñàméš öŕ ƀîŕţĥ ýéàŕ àfţéŕ ţĥé ŕéqûéšţ ŵàš ŕéçöŕðéð çàñ ƀé çîţéð. ···········································]</translation>
        </message>
        <message>
            <source>Only a version amended after the request was recorded can be cited: correct the record first.</source>
            <translation>[Öñļý à véŕšîöñ àméñðéð àfţéŕ ţĥé ŕéqûéšţ ŵàš ŕéçöŕðéð çàñ ƀé çîţéð: çöŕŕéçţ ţĥé ŕéçöŕð fîŕšţ. ···································]</translation>
        </message>
        <message>
            <source>The request is recorded: {kind}, {about}.</source>
            <translation>[Ţĥé ŕéqûéšţ îš ŕéçöŕðéð: {kind}, {about}. ·········]</translation>
        </message>
        <message>
            <source>Decided: {outcome}.</source>
            <translation>[Ðéçîðéð: {outcome}. ·]</translation>
        </message>
    </context>
    <context>
        <name>DpoDialog</name>
        <message>
            <source>Data-protection questions</source>
            <translation>[Ðàţà-pŕöţéçţîöñ qûéšţîöñš ·······]</translation>
        </message>
        <message>
            <source>Who consulted a prisoner's file</source>
            <translation>[Ŵĥö çöñšûļţéð à pŕîšöñéŕ'š fîļé ··········]</translation>
        </message>
        <message>
            <source>Consultations without a stated purpose</source>
            <translation>[Çöñšûļţàţîöñš ŵîţĥöûţ à šţàţéð pûŕpöšé ·············]</translation>
        </message>
        <message>
            <source>Exports and disclosures in a period</source>
            <translation>[Éxpöŕţš àñð ðîšçļöšûŕéš îñ à péŕîöð ···········]</translation>
        </message>
        <message>
            <source>Files overdue for their review</source>
            <translation>[Fîļéš övéŕðûé föŕ ţĥéîŕ ŕévîéŵ ·········]</translation>
        </message>
        <message>
            <source>establishment:number, e.g. PL-WAW1:1234</source>
            <translation>[éšţàƀļîšĥméñţ:ñûmƀéŕ, é.ĝ. PĻ-ŴÅŴ1:1234 ·············]</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>[&amp;Sĥöŵ]</translation>
        </message>
        <message>
            <source>Pre&amp;view the PDF</source>
            <translation>[Pŕé&amp;vîéŵ ţĥé PÐF ···]</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>[&amp;Qûéšţîöñ: ·]</translation>
        </message>
        <message>
            <source>Prison &amp;number:</source>
            <translation>[Pŕîšöñ &amp;nûmƀéŕ: ···]</translation>
        </message>
        <message>
            <source>P&amp;eriod:</source>
            <translation>[P&amp;eŕîöð:]</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>[&amp;Réàšöñ (ķépţ îñ ţĥé àûðîţ ļöĝ): ·········]</translation>
        </message>
        <message>
            <source>{about} — entries: {count}</source>
            <translation>[{about} — éñţŕîéš: {count} ··]</translation>
        </message>
        <message>
            <source>Data-protection officer</source>
            <translation>[Ðàţà-pŕöţéçţîöñ öffîçéŕ ·······]</translation>
        </message>
    </context>
    <context>
        <name>EstablishmentPage</name>
        <message>
            <source>Establishment</source>
            <translation>[Éšţàƀļîšĥméñţ ···]</translation>
        </message>
        <message>
            <source>The establishment this encrypted database belongs to, and its units.</source>
            <translation>[Ţĥé éšţàƀļîšĥméñţ ţĥîš éñçŕýpţéð ðàţàƀàšé ƀéļöñĝš ţö, àñð îţš ûñîţš. ·························]</translation>
        </message>
        <message>
            <source>Establishment code</source>
            <translation>[Éšţàƀļîšĥméñţ çöðé ·····]</translation>
        </message>
        <message>
            <source>for example PL-WAW1</source>
            <translation>[föŕ éxàmpļé PĻ-ŴÅŴ1 ·····]</translation>
        </message>
        <message>
            <source>Establishment name</source>
            <translation>[Éšţàƀļîšĥméñţ ñàmé ·····]</translation>
        </message>
        <message>
            <source>Units, one per line: code = name</source>
            <translation>[Ûñîţš, öñé péŕ ļîñé: çöðé = ñàmé ··········]</translation>
        </message>
        <message>
            <source>A = Wing A
B = Wing B</source>
            <translation>[Å = Ŵîñĝ Å
Ɓ = Ŵîñĝ Ɓ······]</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>[&amp;Cöðé:]</translation>
        </message>
        <message>
            <source>Na&amp;me:</source>
            <translation>[Ñà&amp;mé:]</translation>
        </message>
        <message>
            <source>&amp;Units (code = name, one per line):</source>
            <translation>[&amp;Uñîţš (çöðé = ñàmé, öñé péŕ ļîñé): ···········]</translation>
        </message>
        <message>
            <source>Type the establishment code.</source>
            <translation>[Ţýpé ţĥé éšţàƀļîšĥméñţ çöðé. ·········]</translation>
        </message>
        <message>
            <source>The code uses letters, digits and '-' only.</source>
            <translation>[Ţĥé çöðé ûšéš ļéţţéŕš, ðîĝîţš àñð '-' öñļý. ···············]</translation>
        </message>
        <message>
            <source>A unit code uses letters, digits and '-' only.</source>
            <translation>[Å ûñîţ çöðé ûšéš ļéţţéŕš, ðîĝîţš àñð '-' öñļý. ················]</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the audit log</source>
            <translation>[Éxpöŕţ ţĥé àûðîţ ļöĝ ·····]</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>[Ŕéçîpîéñţ ·]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>[&amp;Réçîpîéñţ: ·]</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>[Ŕ&amp;eàšöñ:]</translation>
        </message>
        <message>
            <source>Give the recipient and the reason.</source>
            <translation>[Ĝîvé ţĥé ŕéçîpîéñţ àñð ţĥé ŕéàšöñ. ···········]</translation>
        </message>
    </context>
    <context>
        <name>FeedbackDialog</name>
        <message>
            <source>Feedback on your exercise</source>
            <translation>[Fééðƀàçķ öñ ýöûŕ éxéŕçîšé ·······]</translation>
        </message>
    </context>
    <context>
        <name>FeedbackView</name>
        <message>
            <source>Feedback on your observation</source>
            <translation>[Fééðƀàçķ öñ ýöûŕ öƀšéŕvàţîöñ ·········]</translation>
        </message>
        <message>
            <source>Model observation</source>
            <translation>[Möðéļ öƀšéŕvàţîöñ ····]</translation>
        </message>
        <message>
            <source>Feed&amp;back</source>
            <translation>[Fééð&amp;bàçķ]</translation>
        </message>
        <message>
            <source>&amp;Model observation</source>
            <translation>[&amp;Möðéļ öƀšéŕvàţîöñ ····]</translation>
        </message>
        <message>
            <source>Not completed yet: record and submit the observation.</source>
            <translation>[Ñöţ çömpļéţéð ýéţ: ŕéçöŕð àñð šûƀmîţ ţĥé öƀšéŕvàţîöñ. ···················]</translation>
        </message>
        <message>
            <source>{code} — {title}: {good} done well, {improve} to improve.</source>
            <translation>[{code} — {title}: {good} ðöñé ŵéļļ, {improve} ţö împŕövé. ·········]</translation>
        </message>
    </context>
    <context>
        <name>FileNotOpened</name>
        <message>
            <source>The file is not shown: no reason for access was given. Nothing in it is shown or recorded as consulted until you give one.</source>
            <translation>[Ţĥé fîļé îš ñöţ šĥöŵñ: ñö ŕéàšöñ föŕ àççéšš ŵàš ĝîvéñ. Ñöţĥîñĝ îñ îţ îš šĥöŵñ öŕ ŕéçöŕðéð àš çöñšûļţéð ûñţîļ ýöû ĝîvé öñé. ··············································]</translation>
        </message>
        <message>
            <source>Give the reason and &amp;open the file again…</source>
            <translation>[Ĝîvé ţĥé ŕéàšöñ àñð &amp;opéñ ţĥé fîļé àĝàîñ… ·············]</translation>
        </message>
        <message>
            <source>Or choose another page in the list on the left.</source>
            <translation>[Öŕ çĥööšé àñöţĥéŕ pàĝé îñ ţĥé ļîšţ öñ ţĥé ļéfţ. ················]</translation>
        </message>
    </context>
    <context>
        <name>FileRequests</name>
        <message>
            <source>Re&amp;quests and disputes…</source>
            <translation>[Ŕé&amp;qûéšţš àñð ðîšpûţéš… ······]</translation>
        </message>
        <message>
            <source>The prisoner's rectification requests and disputes: record and decide them.</source>
            <translation>[Ţĥé pŕîšöñéŕ'š ŕéçţîfîçàţîöñ ŕéqûéšţš àñð ðîšpûţéš: ŕéçöŕð àñð ðéçîðé ţĥém. ···························]</translation>
        </message>
        <message>
            <source>Recla&amp;ssify…</source>
            <translation>[Ŕéçļà&amp;sšîfý… ·]</translation>
        </message>
        <message>
            <source>Change the classification of the selected observation (with a reason).</source>
            <translation>[Çĥàñĝé ţĥé çļàššîfîçàţîöñ öf ţĥé šéļéçţéð öƀšéŕvàţîöñ (ŵîţĥ à ŕéàšöñ). ·························]</translation>
        </message>
        <message>
            <source>The record of the request</source>
            <translation>[Ţĥé ŕéçöŕð öf ţĥé ŕéqûéšţ ·······]</translation>
        </message>
        <message>
            <source>The prisoner's details</source>
            <translation>[Ţĥé pŕîšöñéŕ'š ðéţàîļš ······]</translation>
        </message>
        <message>
            <source>The observation of {when}</source>
            <translation>[Ţĥé öƀšéŕvàţîöñ öf {when} ·····]</translation>
        </message>
        <message>
            <source>The checklist run: {run}</source>
            <translation>[Ţĥé çĥéçķļîšţ ŕûñ: {run} ·····]</translation>
        </message>
        <message>
            <source>Processing restricted</source>
            <translation>[Pŕöçéššîñĝ ŕéšţŕîçţéð ······]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner's open rectification request on the details. The unit, cell and status can still be changed.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: ţĥé pŕîšöñ ñûmƀéŕ, ñàméš àñð ƀîŕţĥ ýéàŕ àŕé çöŕŕéçţéð öñļý ţö àñšŵéŕ ţĥé pŕîšöñéŕ'š öpéñ ŕéçţîfîçàţîöñ ŕéqûéšţ öñ ţĥé ðéţàîļš. Ţĥé ûñîţ, çéļļ àñð šţàţûš çàñ šţîļļ ƀé çĥàñĝéð. ···················································································]</translation>
        </message>
        <message>
            <source>A supervisor records the prisoner's request first.</source>
            <translation>[Å šûpéŕvîšöŕ ŕéçöŕðš ţĥé pŕîšöñéŕ'š ŕéqûéšţ fîŕšţ. ·················]</translation>
        </message>
        <message>
            <source>Change unit, cell or &amp;status…</source>
            <translation>[Çĥàñĝé ûñîţ, çéļļ öŕ &amp;sţàţûš… ········]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: a record is corrected only to answer the prisoner's open rectification request on it. Record the request first; then the correction can be made.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: à ŕéçöŕð îš çöŕŕéçţéð öñļý ţö àñšŵéŕ ţĥé pŕîšöñéŕ'š öpéñ ŕéçţîfîçàţîöñ ŕéqûéšţ öñ îţ. Ŕéçöŕð ţĥé ŕéqûéšţ fîŕšţ; ţĥéñ ţĥé çöŕŕéçţîöñ çàñ ƀé màðé. ·······································································]</translation>
        </message>
        <message>
            <source>Record the &amp;request…</source>
            <translation>[Ŕéçöŕð ţĥé &amp;réqûéšţ… ·····]</translation>
        </message>
    </context>
    <context>
        <name>GradingWidget</name>
        <message>
            <source>Source grade</source>
            <extracomment>Error field names of the observations service that point into this widget.</extracomment>
            <translation>[Šöûŕçé ĝŕàðé ··]</translation>
        </message>
        <message>
            <source>Information grade</source>
            <translation>[Îñföŕmàţîöñ ĝŕàðé ····]</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>[Ĥàñðļîñĝ ·]</translation>
        </message>
        <message>
            <source>Who may receive it, and on what conditions</source>
            <translation>[Ŵĥö màý ŕéçéîvé îţ, àñð öñ ŵĥàţ çöñðîţîöñš ··············]</translation>
        </message>
        <message>
            <source>Conditions of sharing</source>
            <translation>[Çöñðîţîöñš öf šĥàŕîñĝ ······]</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>[Çöñðîţîöñš: ··]</translation>
        </message>
        <message>
            <source>Sou&amp;rce is:</source>
            <translation>[Šöû&amp;rçé îš: ·]</translation>
        </message>
        <message>
            <source>&amp;Information is:</source>
            <translation>[&amp;Iñföŕmàţîöñ îš: ···]</translation>
        </message>
        <message>
            <source>Han&amp;dling (sharing):</source>
            <translation>[Ĥàñ&amp;dļîñĝ (šĥàŕîñĝ): ·····]</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>radprev — user guide</source>
            <extracomment>Sections every language file must have (page keys and the shared parts).</extracomment>
            <translation>[ŕàðpŕév — ûšéŕ ĝûîðé ·····]</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>[Ûšéŕ ĝûîðé ·]</translation>
        </message>
        <message>
            <source>Find in the guide</source>
            <translation>[Fîñð îñ ţĥé ĝûîðé ····]</translation>
        </message>
        <message>
            <source>word to find, then Enter</source>
            <translation>[ŵöŕð ţö fîñð, ţĥéñ Éñţéŕ ·······]</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>[&amp;Fîñð:]</translation>
        </message>
        <message>
            <source>&amp;Contents</source>
            <translation>[&amp;Cöñţéñţš]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé]</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Release handover to the probation service</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕ ţö ţĥé pŕöƀàţîöñ šéŕvîçé ··············]</translation>
        </message>
        <message>
            <source>open referrals</source>
            <translation>[öpéñ ŕéféŕŕàļš ···]</translation>
        </message>
        <message>
            <source>closed referrals</source>
            <translation>[çļöšéð ŕéféŕŕàļš ····]</translation>
        </message>
        <message>
            <source>facts of reviewed observations of the last {n} months</source>
            <translation>[fàçţš öf ŕévîéŵéð öƀšéŕvàţîöñš öf ţĥé ļàšţ {n} möñţĥš ·················]</translation>
        </message>
        <message>
            <source>protective factors</source>
            <translation>[pŕöţéçţîvé fàçţöŕš ·····]</translation>
        </message>
        <message>
            <source>officers' assessments</source>
            <translation>[öffîçéŕš' àššéššméñţš ······]</translation>
        </message>
        <message>
            <source>{name}: the handover holds only what the policy allows — {held}. Never a source, a restricted source, or a report not accepted by a supervisor. It is encrypted to the probation service's key only and recorded in the audit log.</source>
            <translation>[{name}: ţĥé ĥàñðövéŕ ĥöļðš öñļý ŵĥàţ ţĥé pöļîçý àļļöŵš — {held}. Ñévéŕ à šöûŕçé, à ŕéšţŕîçţéð šöûŕçé, öŕ à ŕépöŕţ ñöţ àççépţéð ƀý à šûpéŕvîšöŕ. Îţ îš éñçŕýpţéð ţö ţĥé pŕöƀàţîöñ šéŕvîçé'š ķéý öñļý àñð ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ. ···················································································]</translation>
        </message>
        <message>
            <source>e.g. Probation office, officer's name</source>
            <translation>[é.ĝ. Pŕöƀàţîöñ öffîçé, öffîçéŕ'š ñàmé ············]</translation>
        </message>
        <message>
            <source>The probation service's key file</source>
            <translation>[Ţĥé pŕöƀàţîöñ šéŕvîçé'š ķéý fîļé ··········]</translation>
        </message>
        <message>
            <source>Folder for the handover</source>
            <translation>[Föļðéŕ föŕ ţĥé ĥàñðövéŕ ·······]</translation>
        </message>
        <message>
            <source>&amp;Recipient:</source>
            <translation>[&amp;Réçîpîéñţ: ·]</translation>
        </message>
        <message>
            <source>Rea&amp;son:</source>
            <translation>[Ŕéà&amp;söñ:]</translation>
        </message>
        <message>
            <source>Probation &amp;key file:</source>
            <translation>[Pŕöƀàţîöñ &amp;kéý fîļé: ·····]</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>[&amp;Föļðéŕ:]</translation>
        </message>
        <message>
            <source>The prisoner is &amp;due for release</source>
            <translation>[Ţĥé pŕîšöñéŕ îš &amp;dûé föŕ ŕéļéàšé ·········]</translation>
        </message>
        <message>
            <source>&amp;Make handover</source>
            <translation>[&amp;Màķé ĥàñðövéŕ ··]</translation>
        </message>
        <message>
            <source>Choose the probation service's key file.</source>
            <translation>[Çĥööšé ţĥé pŕöƀàţîöñ šéŕvîçé'š ķéý fîļé. ·············]</translation>
        </message>
        <message>
            <source>Choose the folder to write to.</source>
            <translation>[Çĥööšé ţĥé föļðéŕ ţö ŵŕîţé ţö. ·········]</translation>
        </message>
        <message>
            <source>The key file cannot be read: {why}</source>
            <translation>[Ţĥé ķéý fîļé çàññöţ ƀé ŕéàð: {why} ·········]</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Versions</source>
            <translation>[Véŕšîöñš ·]</translation>
        </message>
        <message>
            <source>Versions side by side</source>
            <translation>[Véŕšîöñš šîðé ƀý šîðé ······]</translation>
        </message>
        <message>
            <source>Changes as a text difference</source>
            <translation>[Çĥàñĝéš àš à ţéxţ ðîfféŕéñçé ·········]</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>[Šîðé ƀý šîðé ··]</translation>
        </message>
        <message>
            <source>Text difference</source>
            <translation>[Ţéxţ ðîfféŕéñçé ···]</translation>
        </message>
        <message>
            <source>Select one version to read it, or two (Ctrl+click, Shift+arrows) to compare.</source>
            <translation>[Šéļéçţ öñé véŕšîöñ ţö ŕéàð îţ, öŕ ţŵö (Çţŕļ+çļîçķ, Šĥîfţ+àŕŕöŵš) ţö çömpàŕé. ····························]</translation>
        </message>
        <message>
            <source>&amp;Back to the file</source>
            <translation>[&amp;Bàçķ ţö ţĥé fîļé ···]</translation>
        </message>
        <message>
            <source>Version {n} — {status}, {at}</source>
            <translation>[Véŕšîöñ {n} — {status}, {at} ···]</translation>
        </message>
    </context>
    <context>
        <name>IndicatorPicker</name>
        <message>
            <source>Indicators</source>
            <translation>[Îñðîçàţöŕš ·]</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>[Îñðîçàţöŕ ·]</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>[Évîðéñçé ·]</translation>
        </message>
        <message>
            <source>What exactly did you see that fits this item?</source>
            <translation>[Ŵĥàţ éxàçţļý ðîð ýöû šéé ţĥàţ fîţš ţĥîš îţém? ···············]</translation>
        </message>
        <message>
            <source>Evidence for the selected indicator</source>
            <translation>[Évîðéñçé föŕ ţĥé šéļéçţéð îñðîçàţöŕ ···········]</translation>
        </message>
        <message>
            <source>E&amp;vidence:</source>
            <translation>[É&amp;vîðéñçé: ·]</translation>
        </message>
        <message>
            <source>No checklist template is installed.</source>
            <translation>[Ñö çĥéçķļîšţ ţémpļàţé îš îñšţàļļéð. ···········]</translation>
        </message>
        <message>
            <source>From another template version</source>
            <translation>[Fŕöm àñöţĥéŕ ţémpļàţé véŕšîöñ ·········]</translation>
        </message>
    </context>
    <context>
        <name>InstanceLock</name>
        <message>
            <source>This encrypted database is already open in radprev (process {pid} on computer {host}). Switch to that window, or close it first: two windows on one database could overwrite each other's work.</source>
            <translation>[Ţĥîš éñçŕýpţéð ðàţàƀàšé îš àļŕéàðý öpéñ îñ ŕàðpŕév (pŕöçéšš {pid} öñ çömpûţéŕ {host}). Šŵîţçĥ ţö ţĥàţ ŵîñðöŵ, öŕ çļöšé îţ fîŕšţ: ţŵö ŵîñðöŵš öñ öñé ðàţàƀàšé çöûļð övéŕŵŕîţé éàçĥ öţĥéŕ'š ŵöŕķ. ·····································································]</translation>
        </message>
        <message>
            <source>The lock file {path} cannot be created. Check that the folder may be written.</source>
            <translation>[Ţĥé ļöçķ fîļé {path} çàññöţ ƀé çŕéàţéð. Çĥéçķ ţĥàţ ţĥé föļðéŕ màý ƀé ŵŕîţţéñ. ··························]</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>Observed</source>
            <translation>[Öƀšéŕvéð ·]</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>[Ñöţ öƀšéŕvéð ··]</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>[Ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Example for {code}</source>
            <translation>[Éxàmpļé föŕ {code} ··]</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>[Ñöţé (öpţîöñàļ) ···]</translation>
        </message>
        <message>
            <source>A concrete example: what exactly was seen or heard (required)</source>
            <translation>[Å çöñçŕéţé éxàmpļé: ŵĥàţ éxàçţļý ŵàš šééñ öŕ ĥéàŕð (ŕéqûîŕéð) ······················]</translation>
        </message>
        <message>
            <source>Date of the example for {code}</source>
            <translation>[Ðàţé öf ţĥé éxàmpļé föŕ {code} ·······]</translation>
        </message>
        <message>
            <source>Example:</source>
            <translation>[Éxàmpļé: ·]</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>[Ðàţé:]</translation>
        </message>
    </context>
    <context>
        <name>JustificationDialog</name>
        <message>
            <source>Reason for access</source>
            <translation>[Ŕéàšöñ föŕ àççéšš ····]</translation>
        </message>
        <message>
            <source>Opening a prisoner's file is recorded in the audit log. Say why you need it; the reason is remembered until you log out or the screen locks.</source>
            <translation>[Öpéñîñĝ à pŕîšöñéŕ'š fîļé îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ. Šàý ŵĥý ýöû ñééð îţ; ţĥé ŕéàšöñ îš ŕémémƀéŕéð ûñţîļ ýöû ļöĝ öûţ öŕ ţĥé šçŕééñ ļöçķš. ·····················································]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>Choose the reason</source>
            <translation>[Çĥööšé ţĥé ŕéàšöñ ····]</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>[Ðéţàîļš]</translation>
        </message>
        <message>
            <source>e.g. weekly wing review</source>
            <translation>[é.ĝ. ŵééķļý ŵîñĝ ŕévîéŵ ·······]</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>[&amp;Réàšöñ:]</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>[&amp;Déţàîļš:]</translation>
        </message>
        <message>
            <source>Choose the reason for access from the list.</source>
            <translation>[Çĥööšé ţĥé ŕéàšöñ föŕ àççéšš fŕöm ţĥé ļîšţ. ···············]</translation>
        </message>
    </context>
    <context>
        <name>LinkedFilesPanel</name>
        <message>
            <source>Show files that may be one &amp;person</source>
            <translation>[Šĥöŵ fîļéš ţĥàţ màý ƀé öñé &amp;péŕšöñ ··········]</translation>
        </message>
        <message>
            <source>&amp;Same person…</source>
            <translation>[&amp;Sàmé péŕšöñ… ··]</translation>
        </message>
        <message>
            <source>&amp;Not the same…</source>
            <translation>[&amp;Nöţ ţĥé šàmé… ··]</translation>
        </message>
        <message>
            <source>First file</source>
            <translation>[Fîŕšţ fîļé ·]</translation>
        </message>
        <message>
            <source>Second file</source>
            <translation>[Šéçöñð fîļé ··]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>[Ɓîŕţĥ ýéàŕ ·]</translation>
        </message>
        <message>
            <source>Files that may be one person</source>
            <translation>[Fîļéš ţĥàţ màý ƀé öñé péŕšöñ ·········]</translation>
        </message>
        <message>
            <source>Decisions made:</source>
            <translation>[Ðéçîšîöñš màðé: ···]</translation>
        </message>
        <message>
            <source>&amp;Undo decision…</source>
            <translation>[&amp;Uñðö ðéçîšîöñ… ···]</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>[Fîļéš]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ·]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>By</source>
            <translation>[Ɓý]</translation>
        </message>
        <message>
            <source>Decisions about files of one person</source>
            <translation>[Ðéçîšîöñš àƀöûţ fîļéš öf öñé péŕšöñ ···········]</translation>
        </message>
        <message>
            <source>same person</source>
            <translation>[šàmé péŕšöñ ··]</translation>
        </message>
        <message>
            <source>not same</source>
            <translation>[ñöţ šàmé ·]</translation>
        </message>
        <message>
            <source>(undone)</source>
            <translation>[(ûñðöñé) ·]</translation>
        </message>
        <message>
            <source>{n} pair(s) to decide.</source>
            <translation>[{n} pàîŕ(š) ţö ðéçîðé. ·····]</translation>
        </message>
        <message>
            <source>No files left to decide.</source>
            <translation>[Ñö fîļéš ļéfţ ţö ðéçîðé. ·······]</translation>
        </message>
        <message>
            <source>Reason (kept in the audit log):</source>
            <translation>[Ŕéàšöñ (ķépţ îñ ţĥé àûðîţ ļöĝ): ··········]</translation>
        </message>
        <message>
            <source>Same person</source>
            <translation>[Šàmé péŕšöñ ··]</translation>
        </message>
        <message>
            <source>Not the same person</source>
            <translation>[Ñöţ ţĥé šàmé péŕšöñ ·····]</translation>
        </message>
        <message>
            <source>Decision recorded.</source>
            <translation>[Ðéçîšîöñ ŕéçöŕðéð. ·····]</translation>
        </message>
        <message>
            <source>Undo the decision</source>
            <translation>[Ûñðö ţĥé ðéçîšîöñ ····]</translation>
        </message>
        <message>
            <source>Decision undone.</source>
            <translation>[Ðéçîšîöñ ûñðöñé. ····]</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>The application is locked</source>
            <extracomment>The warning comes this long before the lock (only when the idle time is at least twice it).</extracomment>
            <translation>[Ţĥé àppļîçàţîöñ îš ļöçķéð ·······]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Pàššŵöŕð ·]</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>[Méššàĝé]</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>[&amp;Uñļöçķ]</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>[Ûñļöçķ]</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>[&amp;Sŵîţçĥ ûšéŕ… ··]</translation>
        </message>
        <message>
            <source>Switch user</source>
            <translation>[Šŵîţçĥ ûšéŕ ··]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[Qûîţ]</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>[&amp;Pàššŵöŕð: ·]</translation>
        </message>
        <message>
            <source>Locked by {name} ({user}). Enter the password to unlock.</source>
            <translation>[Ļöçķéð ƀý {name} ({user}). Éñţéŕ ţĥé pàššŵöŕð ţö ûñļöçķ. ···············]</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>[Ţöö màñý fàîļéð àţţémpţš. Ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñð(š). ·····················]</numerusform>
                <numerusform>[Ţöö màñý fàîļéð àţţémpţš. Ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñð(š). ·····················]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoginNotices</name>
        <message>
            <source>The removal of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
            <translation>[Ţĥé ŕémövàļ öf ţĥé àççöûñţ {user}, îñţéŕŕûpţéð éàŕļîéŕ, ĥàš ñöŵ ƀééñ fîñîšĥéð: îţš pàššŵöŕð ñö ļöñĝéŕ öpéñš ţĥé ðàţàƀàšé. ···········································]</translation>
        </message>
        <message>
            <source>The disabling of the account {user}, interrupted earlier, has now been finished: its password no longer opens the database.</source>
            <translation>[Ţĥé ðîšàƀļîñĝ öf ţĥé àççöûñţ {user}, îñţéŕŕûpţéð éàŕļîéŕ, ĥàš ñöŵ ƀééñ fîñîšĥéð: îţš pàššŵöŕð ñö ļöñĝéŕ öpéñš ţĥé ðàţàƀàšé. ············································]</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s) made under an older key were deleted (they could still be opened with a removed password).</source>
            <translation>
                <numerusform>[%n ƀàçķûp(š) màðé ûñðéŕ àñ öļðéŕ ķéý ŵéŕé ðéļéţéð (ţĥéý çöûļð šţîļļ ƀé öpéñéð ŵîţĥ à ŕémövéð pàššŵöŕð). ······································]</numerusform>
                <numerusform>[%n ƀàçķûp(š) màðé ûñðéŕ àñ öļðéŕ ķéý ŵéŕé ðéļéţéð (ţĥéý çöûļð šţîļļ ƀé öpéñéð ŵîţĥ à ŕémövéð pàššŵöŕð). ······································]</numerusform>
            </translation>
        </message>
        <message>
            <source>An interrupted removal or disabling of an account could not be finished yet. Log in again as an administrator later; until then run “radprev doctor” for details.</source>
            <translation>[Åñ îñţéŕŕûpţéð ŕémövàļ öŕ ðîšàƀļîñĝ öf àñ àççöûñţ çöûļð ñöţ ƀé fîñîšĥéð ýéţ. Ļöĝ îñ àĝàîñ àš àñ àðmîñîšţŕàţöŕ ļàţéŕ; ûñţîļ ţĥéñ ŕûñ “ŕàðpŕév ðöçţöŕ” föŕ ðéţàîļš. ······························································]</translation>
        </message>
        <message numerus="yes">
            <source>Warning: %n entry(ies) at the end of the audit log are missing — the log was cut short or the database was replaced by an older copy. This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>
                <numerusform>[Ŵàŕñîñĝ: %n éñţŕý(îéš) àţ ţĥé éñð öf ţĥé àûðîţ ļöĝ àŕé mîššîñĝ — ţĥé ļöĝ ŵàš çûţ šĥöŕţ öŕ ţĥé ðàţàƀàšé ŵàš ŕépļàçéð ƀý àñ öļðéŕ çöpý. Ţĥîš ĥàš ƀééñ ŕéçöŕðéð îñ ţĥé ļöĝ; ţéļļ ţĥé àðmîñîšţŕàţöŕ àñð ţĥé àûðîţöŕ. ················································································]</numerusform>
                <numerusform>[Ŵàŕñîñĝ: %n éñţŕý(îéš) àţ ţĥé éñð öf ţĥé àûðîţ ļöĝ àŕé mîššîñĝ — ţĥé ļöĝ ŵàš çûţ šĥöŕţ öŕ ţĥé ðàţàƀàšé ŵàš ŕépļàçéð ƀý àñ öļðéŕ çöpý. Ţĥîš ĥàš ƀééñ ŕéçöŕðéð îñ ţĥé ļöĝ; ţéļļ ţĥé àðmîñîšţŕàţöŕ àñð ţĥé àûðîţöŕ. ················································································]</numerusform>
            </translation>
        </message>
        <message>
            <source>Warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy. The log could be checked only up to an earlier entry. This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>[Ŵàŕñîñĝ: ţĥé fîļé vàûļţ.àñçĥöŕ, ŵĥîçĥ ĝûàŕðš ţĥé àûðîţ ļöĝ àĝàîñšţ ƀéîñĝ çûţ šĥöŕţ, îš mîššîñĝ, ðàmàĝéð öŕ àñ öļðéŕ çöpý. Ţĥé ļöĝ çöûļð ƀé çĥéçķéð öñļý ûp ţö àñ éàŕļîéŕ éñţŕý. Ţĥîš ĥàš ƀééñ ŕéçöŕðéð îñ ţĥé ļöĝ; ţéļļ ţĥé àðmîñîšţŕàţöŕ àñð ţĥé àûðîţöŕ. ·································································································]</translation>
        </message>
        <message>
            <source>Warning: the audit log was changed after it was written (an entry is not the one that was recorded). This has been recorded in the log; tell the administrator and the auditor.</source>
            <translation>[Ŵàŕñîñĝ: ţĥé àûðîţ ļöĝ ŵàš çĥàñĝéð àfţéŕ îţ ŵàš ŵŕîţţéñ (àñ éñţŕý îš ñöţ ţĥé öñé ţĥàţ ŵàš ŕéçöŕðéð). Ţĥîš ĥàš ƀééñ ŕéçöŕðéð îñ ţĥé ļöĝ; ţéļļ ţĥé àðmîñîšţŕàţöŕ àñð ţĥé àûðîţöŕ. ···································································]</translation>
        </message>
        <message>
            <source>The database was updated for this version of the program. A backup from before the update was saved in {folder}.</source>
            <translation>[Ţĥé ðàţàƀàšé ŵàš ûpðàţéð föŕ ţĥîš véŕšîöñ öf ţĥé pŕöĝŕàm. Å ƀàçķûp fŕöm ƀéföŕé ţĥé ûpðàţé ŵàš šàvéð îñ {folder}. ·······································]</translation>
        </message>
    </context>
    <context>
        <name>LoginWindow</name>
        <message>
            <source>radprev — log in</source>
            <translation>[ŕàðpŕév — ļöĝ îñ ····]</translation>
        </message>
        <message>
            <source>Observation log — log in</source>
            <translation>[Öƀšéŕvàţîöñ ļöĝ — ļöĝ îñ ·······]</translation>
        </message>
        <message>
            <source>An observation log, not a risk assessment.</source>
            <translation>[Åñ öƀšéŕvàţîöñ ļöĝ, ñöţ à ŕîšķ àššéššméñţ. ··············]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļàñĝûàĝé ·]</translation>
        </message>
        <message>
            <source>Demo accounts (throw-away demo database only)</source>
            <translation>[Ðémö àççöûñţš (ţĥŕöŵ-àŵàý ðémö ðàţàƀàšé öñļý) ···············]</translation>
        </message>
        <message>
            <source>Demo accounts</source>
            <translation>[Ðémö àççöûñţš ···]</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàmé ·]</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>[Pàššŵöŕð ·]</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>[Ŕöļéš]</translation>
        </message>
        <message>
            <source>Double-click or press Enter on an account to fill it in.</source>
            <translation>[Ðöûƀļé-çļîçķ öŕ pŕéšš Éñţéŕ öñ àñ àççöûñţ ţö fîļļ îţ îñ. ····················]</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>[Méššàĝé]</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>[&amp;Löĝ îñ]</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>[Ļöĝ îñ]</translation>
        </message>
        <message>
            <source>&amp;Forgot password…</source>
            <translation>[&amp;Föŕĝöţ pàššŵöŕð… ···]</translation>
        </message>
        <message>
            <source>Forgot password: use the recovery code</source>
            <translation>[Föŕĝöţ pàššŵöŕð: ûšé ţĥé ŕéçövéŕý çöðé ·············]</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>[&amp;Réšţöŕé fŕöm à ƀàçķûp… ······]</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>[Ŕéšţöŕé fŕöm à ƀàçķûp ······]</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>[&amp;Ušéŕñàmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>[&amp;Pàššŵöŕð: ·]</translation>
        </message>
        <message>
            <source>Lan&amp;guage:</source>
            <translation>[Ļàñ&amp;gûàĝé: ·]</translation>
        </message>
        <message>
            <source>&amp;Back to the real database</source>
            <translation>[&amp;Bàçķ ţö ţĥé ŕéàļ ðàţàƀàšé ·······]</translation>
        </message>
        <message>
            <source>Prac&amp;tise…</source>
            <translation>[Pŕàç&amp;tîšé… ·]</translation>
        </message>
        <message>
            <source>Back to the real database</source>
            <translation>[Ɓàçķ ţö ţĥé ŕéàļ ðàţàƀàšé ·······]</translation>
        </message>
        <message>
            <source>Practise on training scenarios (training database)</source>
            <translation>[Pŕàçţîšé öñ ţŕàîñîñĝ šçéñàŕîöš (ţŕàîñîñĝ ðàţàƀàšé) ·················]</translation>
        </message>
        <message>
            <source>An administrator can restore the encrypted database from a backup.</source>
            <translation>[Åñ àðmîñîšţŕàţöŕ çàñ ŕéšţöŕé ţĥé éñçŕýpţéð ðàţàƀàšé fŕöm à ƀàçķûp. ························]</translation>
        </message>
        <message numerus="yes">
            <source>The encrypted database was restored from the backup. Its audit log lacks %n entry(ies) the database had; the restore is recorded with that number. Log in.</source>
            <translation>
                <numerusform>[Ţĥé éñçŕýpţéð ðàţàƀàšé ŵàš ŕéšţöŕéð fŕöm ţĥé ƀàçķûp. Îţš àûðîţ ļöĝ ļàçķš %n éñţŕý(îéš) ţĥé ðàţàƀàšé ĥàð; ţĥé ŕéšţöŕé îš ŕéçöŕðéð ŵîţĥ ţĥàţ ñûmƀéŕ. Ļöĝ îñ. ··························································]</numerusform>
                <numerusform>[Ţĥé éñçŕýpţéð ðàţàƀàšé ŵàš ŕéšţöŕéð fŕöm ţĥé ƀàçķûp. Îţš àûðîţ ļöĝ ļàçķš %n éñţŕý(îéš) ţĥé ðàţàƀàšé ĥàð; ţĥé ŕéšţöŕé îš ŕéçöŕðéð ŵîţĥ ţĥàţ ñûmƀéŕ. Ļöĝ îñ. ··························································]</numerusform>
            </translation>
        </message>
        <message>
            <source>The encrypted database was restored from the backup. Log in.</source>
            <translation>[Ţĥé éñçŕýpţéð ðàţàƀàšé ŵàš ŕéšţöŕéð fŕöm ţĥé ƀàçķûp. Ļöĝ îñ. ·····················]</translation>
        </message>
        <message>
            <source>Type your username and password.</source>
            <translation>[Ţýpé ýöûŕ ûšéŕñàmé àñð pàššŵöŕð. ··········]</translation>
        </message>
        <message>
            <source>Checking the password…</source>
            <translation>[Çĥéçķîñĝ ţĥé pàššŵöŕð… ······]</translation>
        </message>
        <message>
            <source>You must choose a new password before you can continue.</source>
            <translation>[Ýöû mûšţ çĥööšé à ñéŵ pàššŵöŕð ƀéföŕé ýöû çàñ çöñţîñûé. ···················]</translation>
        </message>
        <message>
            <source>You can try again now.</source>
            <translation>[Ýöû çàñ ţŕý àĝàîñ ñöŵ. ······]</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>[Ţöö màñý fàîļéð àţţémpţš. Ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñð(š). ·····················]</numerusform>
                <numerusform>[Ţöö màñý fàîļéð àţţémpţš. Ýöû çàñ ţŕý àĝàîñ îñ %n šéçöñð(š). ·····················]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Dashboard</source>
            <translation>[Ðàšĥƀöàŕð ·]</translation>
        </message>
        <message>
            <source>Prisoners</source>
            <translation>[Pŕîšöñéŕš ·]</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>[Šéàŕçĥ]</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>[Ŕévîéŵ qûéûé ··]</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>[Ŕépöŕţš]</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>[Šýñç]</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>[Åðmîñîšţŕàţîöñ ···]</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>[Åûðîţ ļöĝ ·]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>[Ţŕàîñîñĝ ·]</translation>
        </message>
        <message>
            <source>Prisoner's file</source>
            <translation>[Pŕîšöñéŕ'š fîļé ···]</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>[Öƀšéŕvàţîöñ ··]</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>[Çĥéçķļîšţ ·]</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>[Ñàvîĝàţîöñ ·]</translation>
        </message>
        <message>
            <source>Notice</source>
            <translation>[Ñöţîçé]</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>[Ðîšmîšš]</translation>
        </message>
        <message>
            <source>Dismiss notice</source>
            <translation>[Ðîšmîšš ñöţîçé ···]</translation>
        </message>
        <message>
            <source>Your draft was kept.</source>
            <translation>[Ýöûŕ ðŕàfţ ŵàš ķépţ. ·····]</translation>
        </message>
        <message>
            <source>Your role does not record observations.</source>
            <translation>[Ýöûŕ ŕöļé ðöéš ñöţ ŕéçöŕð öƀšéŕvàţîöñš. ·············]</translation>
        </message>
        <message>
            <source>The screen locks in {seconds} seconds. Move the mouse or press a key to stay; your draft is kept either way.</source>
            <translation>[Ţĥé šçŕééñ ļöçķš îñ {seconds} šéçöñðš. Mövé ţĥé möûšé öŕ pŕéšš à ķéý ţö šţàý; ýöûŕ ðŕàfţ îš ķépţ éîţĥéŕ ŵàý. ·····································]</translation>
        </message>
        <message>
            <source>Locking when the running task ends.</source>
            <translation>[Ļöçķîñĝ ŵĥéñ ţĥé ŕûññîñĝ ţàšķ éñðš. ···········]</translation>
        </message>
        <message>
            <source>What you had not yet saved in a prisoner's file is kept until you open that file again.</source>
            <translation>[Ŵĥàţ ýöû ĥàð ñöţ ýéţ šàvéð îñ à pŕîšöñéŕ'š fîļé îš ķépţ ûñţîļ ýöû öpéñ ţĥàţ fîļé àĝàîñ. ································]</translation>
        </message>
        <message>
            <source>What you had not yet saved is back on screen.</source>
            <translation>[Ŵĥàţ ýöû ĥàð ñöţ ýéţ šàvéð îš ƀàçķ öñ šçŕééñ. ···············]</translation>
        </message>
        <message>
            <source>You must choose a new password before you can continue.</source>
            <translation>[Ýöû mûšţ çĥööšé à ñéŵ pàššŵöŕð ƀéföŕé ýöû çàñ çöñţîñûé. ···················]</translation>
        </message>
        <message numerus="yes">
            <source>%n failed login attempt(s) since your last login. If that was not you, tell the administrator.</source>
            <translation>
                <numerusform>[%n fàîļéð ļöĝîñ àţţémpţ(š) šîñçé ýöûŕ ļàšţ ļöĝîñ. Îf ţĥàţ ŵàš ñöţ ýöû, ţéļļ ţĥé àðmîñîšţŕàţöŕ. ··································]</numerusform>
                <numerusform>[%n fàîļéð ļöĝîñ àţţémpţ(š) šîñçé ýöûŕ ļàšţ ļöĝîñ. Îf ţĥàţ ŵàš ñöţ ýöû, ţéļļ ţĥé àðmîñîšţŕàţöŕ. ··································]</numerusform>
            </translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>[Ýöûŕ pàššŵöŕð ŵàš çĥàñĝéð. ········]</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>[Ûñšàvéð çĥàñĝéš ···]</translation>
        </message>
        <message>
            <source>Some changes are not saved. Close anyway and lose them?</source>
            <translation>[Šömé çĥàñĝéš àŕé ñöţ šàvéð. Çļöšé àñýŵàý àñð ļöšé ţĥém? ···················]</translation>
        </message>
        <message>
            <source>A correction or an answer you had not yet saved is held in memory only (it could not be kept as a draft). Close anyway and lose it?</source>
            <translation>[Å çöŕŕéçţîöñ öŕ àñ àñšŵéŕ ýöû ĥàð ñöţ ýéţ šàvéð îš ĥéļð îñ mémöŕý öñļý (îţ çöûļð ñöţ ƀé ķépţ àš à ðŕàfţ). Çļöšé àñýŵàý àñð ļöšé îţ? ··················································]</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>[Pļéàšé ŵàîţ ··]</translation>
        </message>
        <message>
            <source>A task is still running. Close the window when it has finished.</source>
            <translation>[Å ţàšķ îš šţîļļ ŕûññîñĝ. Çļöšé ţĥé ŵîñðöŵ ŵĥéñ îţ ĥàš fîñîšĥéð. ·······················]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé]</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>[&amp;Néŵ öƀšéŕvàţîöñ ···]</translation>
        </message>
        <message>
            <source>&amp;Search…</source>
            <translation>[&amp;Séàŕçĥ…]</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>[&amp;Löçķ]</translation>
        </message>
        <message>
            <source>Change &amp;password…</source>
            <translation>[Çĥàñĝé &amp;pàššŵöŕð… ···]</translation>
        </message>
        <message>
            <source>S&amp;witch user…</source>
            <translation>[Š&amp;wîţçĥ ûšéŕ… ··]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ]</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>[&amp;Gö]</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>[&amp;Bàçķ]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héļp]</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>[&amp;Gûîðé]</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>[&amp;Aƀöûţ]</translation>
        </message>
        <message>
            <source>{name} — {roles} — {code}</source>
            <translation>[{name} — {roles} — {code}]</translation>
        </message>
        <message>
            <source>User: {name} ({user})
Role: {roles}
Establishment: {code}
Workstation: {id}</source>
            <translation>[Ûšéŕ: {name} ({user})
Ŕöļé: {roles}
Éšţàƀļîšĥméñţ: {code}
Ŵöŕķšţàţîöñ: {id}················]</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>[Ļöçķéð]</translation>
        </message>
        <message numerus="yes">
            <source>Locks in %n min</source>
            <translation>
                <numerusform>[Ļöçķš îñ %n mîñ ···]</numerusform>
                <numerusform>[Ļöçķš îñ %n mîñ ···]</numerusform>
            </translation>
        </message>
        <message>
            <source>Locks in {sec} s</source>
            <translation>[Ļöçķš îñ {sec} š ··]</translation>
        </message>
        <message>
            <source>central office</source>
            <translation>[çéñţŕàļ öffîçé ···]</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>[ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>radprev — observation log — {code} ({mode})</source>
            <translation>[ŕàðpŕév — öƀšéŕvàţîöñ ļöĝ — {code} ({mode}) ··········]</translation>
        </message>
    </context>
    <context>
        <name>ModePage</name>
        <message>
            <source>Where will this computer be used?</source>
            <translation>[Ŵĥéŕé ŵîļļ ţĥîš çömpûţéŕ ƀé ûšéð? ···········]</translation>
        </message>
        <message>
            <source>The choice cannot be changed later.</source>
            <translation>[Ţĥé çĥöîçé çàññöţ ƀé çĥàñĝéð ļàţéŕ. ···········]</translation>
        </message>
        <message>
            <source>&amp;Workstation in an establishment</source>
            <translation>[&amp;Wöŕķšţàţîöñ îñ àñ éšţàƀļîšĥméñţ ·········]</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>[Ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>&amp;Central office (imports packages from workstations)</source>
            <translation>[&amp;Céñţŕàļ öffîçé (împöŕţš pàçķàĝéš fŕöm ŵöŕķšţàţîöñš) ·················]</translation>
        </message>
        <message>
            <source>Central office</source>
            <translation>[Çéñţŕàļ öffîçé ···]</translation>
        </message>
        <message>
            <source>Officers, supervisors and auditors work on a workstation; its records reach the central office as encrypted files on USB. Choose central office only for the analysts' computer.</source>
            <translation>[Öffîçéŕš, šûpéŕvîšöŕš àñð àûðîţöŕš ŵöŕķ öñ à ŵöŕķšţàţîöñ; îţš ŕéçöŕðš ŕéàçĥ ţĥé çéñţŕàļ öffîçé àš éñçŕýpţéð fîļéš öñ ÛŠƁ. Çĥööšé çéñţŕàļ öffîçé öñļý föŕ ţĥé àñàļýšţš' çömpûţéŕ. ····································································]</translation>
        </message>
    </context>
    <context>
        <name>ObservationEditorPage</name>
        <message>
            <source>Place</source>
            <translation>[Pļàçé]</translation>
        </message>
        <message>
            <source>Your duty at the time</source>
            <translation>[Ýöûŕ ðûţý àţ ţĥé ţîmé ······]</translation>
        </message>
        <message>
            <source>Officer's &amp;assessment (required) — why it may matter. What was this person's usual behaviour before?</source>
            <translation>[Öffîçéŕ'š &amp;aššéššméñţ (ŕéqûîŕéð) — ŵĥý îţ màý màţţéŕ. Ŵĥàţ ŵàš ţĥîš péŕšöñ'š ûšûàļ ƀéĥàvîöûŕ ƀéföŕé? ·····································]</translation>
        </message>
        <message>
            <source>Usual behaviour before: …
Why it may matter: …</source>
            <translation>[Ûšûàļ ƀéĥàvîöûŕ ƀéföŕé: …
Ŵĥý îţ màý màţţéŕ: …················]</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>[Öffîçéŕ'š àššéššméñţ ·····]</translation>
        </message>
        <message>
            <source>Other e&amp;xplanations considered (required) — debt, conflict, gang, illness or mental health, grievance, bad news from home, religious practice or a holiday…</source>
            <translation>[Öţĥéŕ é&amp;xpļàñàţîöñš çöñšîðéŕéð (ŕéqûîŕéð) — ðéƀţ, çöñfļîçţ, ĝàñĝ, îļļñéšš öŕ méñţàļ ĥéàļţĥ, ĝŕîévàñçé, ƀàð ñéŵš fŕöm ĥömé, ŕéļîĝîöûš pŕàçţîçé öŕ à ĥöļîðàý… ···························································]</translation>
        </message>
        <message>
            <source>What else could explain it?</source>
            <translation>[Ŵĥàţ éļšé çöûļð éxpļàîñ îţ? ········]</translation>
        </message>
        <message>
            <source>Other explanations considered</source>
            <translation>[Öţĥéŕ éxpļàñàţîöñš çöñšîðéŕéð ·········]</translation>
        </message>
        <message>
            <source>None identified after considering them</source>
            <translation>[Ñöñé îðéñţîfîéð àfţéŕ çöñšîðéŕîñĝ ţĥém ·············]</translation>
        </message>
        <message>
            <source>No other explanation identified</source>
            <translation>[Ñö öţĥéŕ éxpļàñàţîöñ îðéñţîfîéð ··········]</translation>
        </message>
        <message>
            <source>How you know it and grading</source>
            <translation>[Ĥöŵ ýöû ķñöŵ îţ àñð ĝŕàðîñĝ ········]</translation>
        </message>
        <message>
            <source>Classification:</source>
            <translation>[Çļàššîfîçàţîöñ: ···]</translation>
        </message>
        <message>
            <source>Other people involved</source>
            <translation>[Öţĥéŕ péöpļé îñvöļvéð ······]</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>[Åçţîöñ ţàķéñ öŕ ŕéçömméñðéð ········]</translation>
        </message>
        <message>
            <source>Prisoner's own account</source>
            <translation>[Pŕîšöñéŕ'š öŵñ àççöûñţ ······]</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çöŕŕéçţîöñ ·······]</translation>
        </message>
        <message>
            <source>Status: {status}, version {version}</source>
            <translation>[Šţàţûš: {status}, véŕšîöñ {version} ·····]</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>[Méššàĝéš ·]</translation>
        </message>
        <message>
            <source>Escalate now in person or by phone — do not wait for an export. Tell the duty manager / security department immediately, then finish this record.</source>
            <translation>[Éšçàļàţé ñöŵ îñ péŕšöñ öŕ ƀý pĥöñé — ðö ñöţ ŵàîţ föŕ àñ éxpöŕţ. Ţéļļ ţĥé ðûţý màñàĝéŕ / šéçûŕîţý ðépàŕţméñţ îmméðîàţéļý, ţĥéñ fîñîšĥ ţĥîš ŕéçöŕð. ·······················································]</translation>
        </message>
        <message>
            <source>Escalate now</source>
            <translation>[Éšçàļàţé ñöŵ ··]</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>[Ŵĥéñ àñð ŵĥéŕé ···]</translation>
        </message>
        <message>
            <source>&amp;When:</source>
            <translation>[&amp;Wĥéñ:]</translation>
        </message>
        <message>
            <source>When did it happen</source>
            <translation>[Ŵĥéñ ðîð îţ ĥàppéñ ·····]</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>[&amp;Pļàçé:]</translation>
        </message>
        <message>
            <source>e.g. wing A landing, yard, visits hall</source>
            <translation>[é.ĝ. ŵîñĝ Å ļàñðîñĝ, ýàŕð, vîšîţš ĥàļļ ·············]</translation>
        </message>
        <message>
            <source>Your d&amp;uty:</source>
            <translation>[Ýöûŕ ð&amp;uţý: ·]</translation>
        </message>
        <message>
            <source>e.g. landing officer, visits</source>
            <translation>[é.ĝ. ļàñðîñĝ öffîçéŕ, vîšîţš ·········]</translation>
        </message>
        <message>
            <source>What was seen or heard (facts)</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð (fàçţš) ·········]</translation>
        </message>
        <message>
            <source>What was &amp;seen or heard — who, what, where, how. Put a person's exact words in "quotation marks".</source>
            <translation>[Ŵĥàţ ŵàš &amp;sééñ öŕ ĥéàŕð — ŵĥö, ŵĥàţ, ŵĥéŕé, ĥöŵ. Pûţ à péŕšöñ'š éxàçţ ŵöŕðš îñ "qûöţàţîöñ màŕķš". ···································]</translation>
        </message>
        <message>
            <source>Describe only what you saw or heard yourself or were told.</source>
            <translation>[Ðéšçŕîƀé öñļý ŵĥàţ ýöû šàŵ öŕ ĥéàŕð ýöûŕšéļf öŕ ŵéŕé ţöļð. ·····················]</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ······]</translation>
        </message>
        <message>
            <source>Officer's assessment (your opinion)</source>
            <translation>[Öffîçéŕ'š àššéššméñţ (ýöûŕ öpîñîöñ) ···········]</translation>
        </message>
        <message>
            <source>Question about wording</source>
            <translation>[Qûéšţîöñ àƀöûţ ŵöŕðîñĝ ······]</translation>
        </message>
        <message>
            <source>How do you &amp;know it:</source>
            <translation>[Ĥöŵ ðö ýöû &amp;kñöŵ îţ: ·····]</translation>
        </message>
        <message>
            <source>How do you know it</source>
            <translation>[Ĥöŵ ðö ýöû ķñöŵ îţ ·····]</translation>
        </message>
        <message>
            <source>Who told you (restricted):</source>
            <translation>[Ŵĥö ţöļð ýöû (ŕéšţŕîçţéð): ········]</translation>
        </message>
        <message>
            <source>Never printed in summaries. Leave empty if you saw it yourself.</source>
            <translation>[Ñévéŕ pŕîñţéð îñ šûmmàŕîéš. Ļéàvé émpţý îf ýöû šàŵ îţ ýöûŕšéļf. ·······················]</translation>
        </message>
        <message>
            <source>Who told you (restricted)</source>
            <translation>[Ŵĥö ţöļð ýöû (ŕéšţŕîçţéð) ·······]</translation>
        </message>
        <message>
            <source>The grade is proposed from how you know it; change it if it does not fit.</source>
            <translation>[Ţĥé ĝŕàðé îš pŕöpöšéð fŕöm ĥöŵ ýöû ķñöŵ îţ; çĥàñĝé îţ îf îţ ðöéš ñöţ fîţ. ···························]</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>[Ûŕĝéñçý]</translation>
        </message>
        <message>
            <source>Urgenc&amp;y:</source>
            <translation>[Ûŕĝéñç&amp;y:]</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>[Çļàššîfîçàţîöñ ···]</translation>
        </message>
        <message>
            <source>Indicators from the checklist (optional)</source>
            <translation>[Îñðîçàţöŕš fŕöm ţĥé çĥéçķļîšţ (öpţîöñàļ) ·············]</translation>
        </message>
        <message>
            <source>Not indicators</source>
            <translation>[Ñöţ îñðîçàţöŕš ···]</translation>
        </message>
        <message>
            <source>Indicators: arrows to &amp;move, Space to tick, or type a code or a word to find one. Each ticked indicator needs a sentence of evidence.</source>
            <translation>[Îñðîçàţöŕš: àŕŕöŵš ţö &amp;mövé, Špàçé ţö ţîçķ, öŕ ţýpé à çöðé öŕ à ŵöŕð ţö fîñð öñé. Éàçĥ ţîçķéð îñðîçàţöŕ ñééðš à šéñţéñçé öf évîðéñçé. ··················································]</translation>
        </message>
        <message>
            <source>Protective factors seen</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš šééñ ·······]</translation>
        </message>
        <message>
            <source>Pr&amp;otective factors — one per line (family contact, work, education, positive relations with staff…). Write 'none observed' if you saw none.</source>
            <translation>[Pŕ&amp;oţéçţîvé fàçţöŕš — öñé péŕ ļîñé (fàmîļý çöñţàçţ, ŵöŕķ, éðûçàţîöñ, pöšîţîvé ŕéļàţîöñš ŵîţĥ šţàff…). Ŵŕîţé 'ñöñé öƀšéŕvéð' îf ýöû šàŵ ñöñé. ·····················································]</translation>
        </message>
        <message>
            <source>none observed</source>
            <translation>[ñöñé öƀšéŕvéð ···]</translation>
        </message>
        <message>
            <source>Action and the prisoner's own account</source>
            <translation>[Åçţîöñ àñð ţĥé pŕîšöñéŕ'š öŵñ àççöûñţ ············]</translation>
        </message>
        <message>
            <source>A&amp;ction taken:</source>
            <translation>[Å&amp;cţîöñ ţàķéñ: ··]</translation>
        </message>
        <message>
            <source>e.g. informed security, cell search requested, spoke with the prisoner</source>
            <translation>[é.ĝ. îñföŕméð šéçûŕîţý, çéļļ šéàŕçĥ ŕéqûéšţéð, špöķé ŵîţĥ ţĥé pŕîšöñéŕ ·························]</translation>
        </message>
        <message>
            <source>Prisoner's own accoun&amp;t:</source>
            <translation>[Pŕîšöñéŕ'š öŵñ àççöûñ&amp;t: ······]</translation>
        </message>
        <message>
            <source>If you spoke with the prisoner: what did they say about it?</source>
            <translation>[Îf ýöû špöķé ŵîţĥ ţĥé pŕîšöñéŕ: ŵĥàţ ðîð ţĥéý šàý àƀöûţ îţ? ·····················]</translation>
        </message>
        <message>
            <source>Why is it corrected? (required)</source>
            <translation>[Ŵĥý îš îţ çöŕŕéçţéð? (ŕéqûîŕéð) ··········]</translation>
        </message>
        <message>
            <source>&amp;Justification of the correction:</source>
            <translation>[&amp;Jûšţîfîçàţîöñ öf ţĥé çöŕŕéçţîöñ: ··········]</translation>
        </message>
        <message>
            <source>Prisoner:</source>
            <translation>[Pŕîšöñéŕ: ·]</translation>
        </message>
        <message>
            <source>Find the prisoner by name or prison number</source>
            <translation>[Fîñð ţĥé pŕîšöñéŕ ƀý ñàmé öŕ pŕîšöñ ñûmƀéŕ ··············]</translation>
        </message>
        <message>
            <source>name or prison number, then Enter</source>
            <translation>[ñàmé öŕ pŕîšöñ ñûmƀéŕ, ţĥéñ Éñţéŕ ···········]</translation>
        </message>
        <message>
            <source>Matching prisoners</source>
            <translation>[Màţçĥîñĝ pŕîšöñéŕš ·····]</translation>
        </message>
        <message>
            <source>No prisoner matches “{text}”.</source>
            <translation>[Ñö pŕîšöñéŕ màţçĥéš “{text}”. ·······]</translation>
        </message>
        <message>
            <source>Save draft (Ctrl+S)</source>
            <translation>[Šàvé ðŕàfţ (Çţŕļ+Š) ·····]</translation>
        </message>
        <message>
            <source>Su&amp;bmit (Ctrl+Enter)</source>
            <translation>[Šû&amp;bmîţ (Çţŕļ+Éñţéŕ) ·····]</translation>
        </message>
        <message>
            <source>Ame&amp;nd…</source>
            <translation>[Åmé&amp;nð…]</translation>
        </message>
        <message>
            <source>Write a corrected version with a reason; the original stays in the history.</source>
            <translation>[Ŵŕîţé à çöŕŕéçţéð véŕšîöñ ŵîţĥ à ŕéàšöñ; ţĥé öŕîĝîñàļ šţàýš îñ ţĥé ĥîšţöŕý. ···························]</translation>
        </message>
        <message>
            <source>C&amp;lose (Esc)</source>
            <translation>[Ç&amp;löšé (Éšç) ·]</translation>
        </message>
        <message>
            <source>Escalate now in person or by phone — do not wait for an export.</source>
            <translation>[Éšçàļàţé ñöŵ îñ péŕšöñ öŕ ƀý pĥöñé — ðö ñöţ ŵàîţ föŕ àñ éxpöŕţ. ·······················]</translation>
        </message>
        <message>
            <source>You wrote: {words}. Is this necessary to describe the behaviour? If it is (for example the person's exact words), keep it.</source>
            <translation>[Ýöû ŵŕöţé: {words}. Îš ţĥîš ñéçéššàŕý ţö ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ? Îf îţ îš (föŕ éxàmpļé ţĥé péŕšöñ'š éxàçţ ŵöŕðš), ķéép îţ. ···········································]</translation>
        </message>
        <message>
            <source>Su&amp;bmit correction (Ctrl+Enter)</source>
            <translation>[Šû&amp;bmîţ çöŕŕéçţîöñ (Çţŕļ+Éñţéŕ) ·········]</translation>
        </message>
        <message>
            <source>New observation — choose the prisoner</source>
            <translation>[Ñéŵ öƀšéŕvàţîöñ — çĥööšé ţĥé pŕîšöñéŕ ············]</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such:</source>
            <translation>[Ţĥéšé àŕé ÑÖŢ îñðîçàţöŕš àñð mûšţ ñévéŕ ƀé ţîçķéð àš šûçĥ: ·····················]</translation>
        </message>
        <message>
            <source>New observation — {name} ({number})</source>
            <translation>[Ñéŵ öƀšéŕvàţîöñ — {name} ({number}) ······]</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>[Ñöţ šàvéð ýéţ. ···]</translation>
        </message>
        <message>
            <source>Draft observation — {name} ({number})</source>
            <translation>[Ðŕàfţ öƀšéŕvàţîöñ — {name} ({number}) ·······]</translation>
        </message>
        <message>
            <source>Correction of an observation — {name} ({number})</source>
            <translation>[Çöŕŕéçţîöñ öf àñ öƀšéŕvàţîöñ — {name} ({number}) ···········]</translation>
        </message>
        <message>
            <source>Observation (sealed) — {name} ({number})</source>
            <translation>[Öƀšéŕvàţîöñ (šéàļéð) — {name} ({number}) ········]</translation>
        </message>
        <message>
            <source>sealed: it can only be corrected with a reason (Amend).</source>
            <translation>[šéàļéð: îţ çàñ öñļý ƀé çöŕŕéçţéð ŵîţĥ à ŕéàšöñ (Åméñð). ···················]</translation>
        </message>
        <message>
            <source>returned by {who}: {comment}</source>
            <translation>[ŕéţûŕñéð ƀý {who}: {comment} ···]</translation>
        </message>
        <message>
            <source>Kept as an unfinished draft.</source>
            <translation>[Ķépţ àš àñ ûñfîñîšĥéð ðŕàfţ. ·········]</translation>
        </message>
        <message>
            <source>Your correction was kept while the screen was locked; it is not submitted yet.</source>
            <translation>[Ýöûŕ çöŕŕéçţîöñ ŵàš ķépţ ŵĥîļé ţĥé šçŕééñ ŵàš ļöçķéð; îţ îš ñöţ šûƀmîţţéð ýéţ. ·····························]</translation>
        </message>
        <message>
            <source>What you typed was kept while the screen was locked; it is not saved yet.</source>
            <translation>[Ŵĥàţ ýöû ţýpéð ŵàš ķépţ ŵĥîļé ţĥé šçŕééñ ŵàš ļöçķéð; îţ îš ñöţ šàvéð ýéţ. ···························]</translation>
        </message>
        <message>
            <source>Draft saved automatically at {time}.</source>
            <translation>[Ðŕàfţ šàvéð àûţömàţîçàļļý àţ {time}. ·········]</translation>
        </message>
        <message>
            <source>Draft saved at {time}.</source>
            <translation>[Ðŕàfţ šàvéð àţ {time}. ····]</translation>
        </message>
        <message>
            <source>Draft saved.</source>
            <translation>[Ðŕàfţ šàvéð. ··]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>{heading}

Urgency: {urgency}
Indicators: {indicators}

Once submitted it is sealed: it can only be corrected with a reason.</source>
            <translation>[{heading}

Ûŕĝéñçý: {urgency}
Îñðîçàţöŕš: {indicators}

Öñçé šûƀmîţţéð îţ îš šéàļéð: îţ çàñ öñļý ƀé çöŕŕéçţéð ŵîţĥ à ŕéàšöñ.··································]</translation>
        </message>
        <message>
            <source>Submit and seal?</source>
            <translation>[Šûƀmîţ àñð šéàļ? ····]</translation>
        </message>
        <message>
            <source>Submit and seal</source>
            <translation>[Šûƀmîţ àñð šéàļ ···]</translation>
        </message>
        <message>
            <source>Not submitted: change the wording, then submit.</source>
            <translation>[Ñöţ šûƀmîţţéð: çĥàñĝé ţĥé ŵöŕðîñĝ, ţĥéñ šûƀmîţ. ················]</translation>
        </message>
        <message>
            <source>Submitted for review (version {version}).</source>
            <translation>[Šûƀmîţţéð föŕ ŕévîéŵ (véŕšîöñ {version}). ··········]</translation>
        </message>
        <message>
            <source>Observation submitted. Escalate now in person or by phone.</source>
            <translation>[Öƀšéŕvàţîöñ šûƀmîţţéð. Éšçàļàţé ñöŵ îñ péŕšöñ öŕ ƀý pĥöñé. ·····················]</translation>
        </message>
        <message>
            <source>Observation submitted for review.</source>
            <translation>[Öƀšéŕvàţîöñ šûƀmîţţéð föŕ ŕévîéŵ. ···········]</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>[Ûñšàvéð çĥàñĝéš ···]</translation>
        </message>
        <message>
            <source>The correction is not submitted yet. Discard it?</source>
            <translation>[Ţĥé çöŕŕéçţîöñ îš ñöţ šûƀmîţţéð ýéţ. Ðîšçàŕð îţ? ·················]</translation>
        </message>
        <message>
            <source>Keep what you typed as a draft?</source>
            <translation>[Ķéép ŵĥàţ ýöû ţýpéð àš à ðŕàfţ? ··········]</translation>
        </message>
        <message>
            <source>Keep as draft</source>
            <translation>[Ķéép àš ðŕàfţ ···]</translation>
        </message>
    </context>
    <context>
        <name>Page</name>
        <message>
            <source>Unsaved changes</source>
            <extracomment>The guide's section for this page (Help → Guide, F1).</extracomment>
            <translation>[Ûñšàvéð çĥàñĝéš ···]</translation>
        </message>
        <message>
            <source>Some of what you typed cannot be kept as a draft (a correction not yet submitted, or an answer still without its example). Discard it?</source>
            <translation>[Šömé öf ŵĥàţ ýöû ţýpéð çàññöţ ƀé ķépţ àš à ðŕàfţ (à çöŕŕéçţîöñ ñöţ ýéţ šûƀmîţţéð, öŕ àñ àñšŵéŕ šţîļļ ŵîţĥöûţ îţš éxàmpļé). Ðîšçàŕð îţ? ···················································]</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>New password</source>
            <translation>[Ñéŵ pàššŵöŕð ··]</translation>
        </message>
        <message>
            <source>New password again</source>
            <translation>[Ñéŵ pàššŵöŕð àĝàîñ ·····]</translation>
        </message>
        <message>
            <source>Password check</source>
            <translation>[Pàššŵöŕð çĥéçķ ···]</translation>
        </message>
        <message>
            <source>Show passwords</source>
            <translation>[Šĥöŵ pàššŵöŕðš ···]</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>[&amp;Néŵ pàššŵöŕð: ··]</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>[&amp;Répéàţ îţ: ·]</translation>
        </message>
        <message>
            <source>Type the new password, at least 10 characters.</source>
            <translation>[Ţýpé ţĥé ñéŵ pàššŵöŕð, àţ ļéàšţ 10 çĥàŕàçţéŕš. ················]</translation>
        </message>
        <message>
            <source>Type the password a second time.</source>
            <translation>[Ţýpé ţĥé pàššŵöŕð à šéçöñð ţîmé. ··········]</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>[Ţĥé ţŵö pàššŵöŕðš àŕé ñöţ ţĥé šàmé. ···········]</translation>
        </message>
        <message>
            <source>The password is acceptable.</source>
            <translation>[Ţĥé pàššŵöŕð îš àççépţàƀļé. ········]</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>No report generated yet.</source>
            <translation>[Ñö ŕépöŕţ ĝéñéŕàţéð ýéţ. ·······]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööm öûţ ·]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööm îñ]</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>[Fîţ ŵîðţĥ ·]</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>[&amp;Pŕîñţ…]</translation>
        </message>
        <message>
            <source>Save as PDF (unencrypted)…</source>
            <translation>[Šàvé àš PÐF (ûñéñçŕýpţéð)… ········]</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>[Ŕépöŕţ pŕévîéŵ ···]</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>[%n pàĝé(š) ·]</numerusform>
                <numerusform>[%n pàĝé(š) ·]</numerusform>
            </translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>[Pŕîñţ ŕépöŕţ ··]</translation>
        </message>
        <message>
            <source>Printing to a file is not offered: the file would not be encrypted and its copy would not be recorded. Choose a printer, or use "Save as PDF (unencrypted)…" where the report offers it.</source>
            <translation>[Pŕîñţîñĝ ţö à fîļé îš ñöţ öfféŕéð: ţĥé fîļé ŵöûļð ñöţ ƀé éñçŕýpţéð àñð îţš çöpý ŵöûļð ñöţ ƀé ŕéçöŕðéð. Çĥööšé à pŕîñţéŕ, öŕ ûšé "Šàvé àš PÐF (ûñéñçŕýpţéð)…" ŵĥéŕé ţĥé ŕépöŕţ öfféŕš îţ. ·······································································]</translation>
        </message>
    </context>
    <context>
        <name>PeopleList</name>
        <message>
            <source>Category of the person</source>
            <translation>[Çàţéĝöŕý öf ţĥé péŕšöñ ······]</translation>
        </message>
        <message>
            <source>e.g. cellmate, visitor (wife), prison number</source>
            <translation>[é.ĝ. çéļļmàţé, vîšîţöŕ (ŵîfé), pŕîšöñ ñûmƀéŕ ···············]</translation>
        </message>
        <message>
            <source>Who (description)</source>
            <translation>[Ŵĥö (ðéšçŕîpţîöñ) ····]</translation>
        </message>
        <message>
            <source>Add person</source>
            <translation>[Åðð péŕšöñ ·]</translation>
        </message>
        <message>
            <source>People involved (Delete removes)</source>
            <translation>[Péöpļé îñvöļvéð (Ðéļéţé ŕémövéš) ··········]</translation>
        </message>
        <message>
            <source>Cat&amp;egory:</source>
            <translation>[Çàţ&amp;eĝöŕý: ·]</translation>
        </message>
    </context>
    <context>
        <name>PrisonerDetailsTab</name>
        <message>
            <source>Find a prisoner to record or decide the person's rectification request or dispute on their details, or to correct the details. No observation is shown here.</source>
            <translation>[Fîñð à pŕîšöñéŕ ţö ŕéçöŕð öŕ ðéçîðé ţĥé péŕšöñ'š ŕéçţîfîçàţîöñ ŕéqûéšţ öŕ ðîšpûţé öñ ţĥéîŕ ðéţàîļš, öŕ ţö çöŕŕéçţ ţĥé ðéţàîļš. Ñö öƀšéŕvàţîöñ îš šĥöŵñ ĥéŕé. ····························································]</translation>
        </message>
        <message>
            <source>Give the &amp;reason for access…</source>
            <translation>[Ĝîvé ţĥé &amp;réàšöñ föŕ àççéšš… ········]</translation>
        </message>
        <message>
            <source>Find prisoner by name or prison number</source>
            <translation>[Fîñð pŕîšöñéŕ ƀý ñàmé öŕ pŕîšöñ ñûmƀéŕ ·············]</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>[ñàmé öŕ pŕîšöñ ñûmƀéŕ ······]</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>[Fî&amp;nð:]</translation>
        </message>
        <message>
            <source>Sear&amp;ch</source>
            <translation>[Šéàŕ&amp;cĥ]</translation>
        </message>
        <message>
            <source>&amp;Open details</source>
            <translation>[&amp;Opéñ ðéţàîļš ··]</translation>
        </message>
        <message>
            <source>Prisoners found</source>
            <translation>[Pŕîšöñéŕš föûñð ···]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>[Ŕéšţŕîçţîöñ ··]</translation>
        </message>
        <message>
            <source>Re&amp;quests and disputes…</source>
            <translation>[Ŕé&amp;qûéšţš àñð ðîšpûţéš… ······]</translation>
        </message>
        <message>
            <source>The prisoner's rectification requests and disputes on the details.</source>
            <translation>[Ţĥé pŕîšöñéŕ'š ŕéçţîfîçàţîöñ ŕéqûéšţš àñð ðîšpûţéš öñ ţĥé ðéţàîļš. ························]</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>[&amp;Eðîţ ðéţàîļš… ··]</translation>
        </message>
        <message>
            <source>Changes to details, requests and disputes</source>
            <translation>[Çĥàñĝéš ţö ðéţàîļš, ŕéqûéšţš àñð ðîšpûţéš ··············]</translation>
        </message>
        <message>
            <source>Prisoners found: {count}</source>
            <translation>[Pŕîšöñéŕš föûñð: {count} ····]</translation>
        </message>
        <message>
            <source>restricted</source>
            <translation>[ŕéšţŕîçţéð ·]</translation>
        </message>
        <message>
            <source>Details of {name} ({number}).</source>
            <translation>[Ðéţàîļš öf {name} ({number}). ···]</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>[Ðŕîvé]</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>[Föļðéŕ]</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>[&amp;Séļéçţ Åļļ ·]</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>[&amp;Sţép ûp]</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>[Šţép &amp;döŵñ ·]</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Job</source>
            <translation>[Jöƀ]</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>[Jöƀ Çöñţŕöļ ··]</translation>
        </message>
        <message>
            <source>Scheduled &amp;printing:</source>
            <translation>[Šçĥéðûļéð &amp;pŕîñţîñĝ: ·····]</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>[Pŕîñţ Îmméðîàţéļý ····]</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>[Ĥöļð Îñðéfîñîţéļý ····]</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>[Ðàý (06:00 ţö 17:59) ·····]</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>[Ñîĝĥţ (18:00 ţö 05:59) ······]</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>[Šéçöñð Šĥîfţ (16:00 ţö 23:59) ·········]</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>[Ţĥîŕð Šĥîfţ (00:00 ţö 07:59) ·········]</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>[Ŵééķéñð (Šàţûŕðàý ţö Šûñðàý) ·········]</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>[Špéçîfîç Ţîmé ···]</translation>
        </message>
        <message>
            <source>&amp;Billing information:</source>
            <translation>[&amp;Bîļļîñĝ îñföŕmàţîöñ: ·····]</translation>
        </message>
        <message>
            <source>Job &amp;priority:</source>
            <translation>[Jöƀ &amp;pŕîöŕîţý: ··]</translation>
        </message>
        <message>
            <source>Banner Pages</source>
            <translation>[Ɓàññéŕ Pàĝéš ··]</translation>
        </message>
        <message>
            <source>&amp;Start:</source>
            <comment>Banner page at start</comment>
            <translation>[&amp;Sţàŕţ:]</translation>
        </message>
        <message>
            <source>&amp;End:</source>
            <comment>Banner page at end</comment>
            <translation>[&amp;Eñð:]</translation>
        </message>
        <message>
            <source>None</source>
            <comment>CUPS Banner page</comment>
            <translation>[Ñöñé]</translation>
        </message>
        <message>
            <source>Standard</source>
            <comment>CUPS Banner page</comment>
            <translation>[Šţàñðàŕð ·]</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <comment>CUPS Banner page</comment>
            <translation>[Ûñçļàššîfîéð ··]</translation>
        </message>
        <message>
            <source>Confidential</source>
            <comment>CUPS Banner page</comment>
            <translation>[Çöñfîðéñţîàļ ··]</translation>
        </message>
        <message>
            <source>Classified</source>
            <comment>CUPS Banner page</comment>
            <translation>[Çļàššîfîéð ·]</translation>
        </message>
        <message>
            <source>Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>[Šéçŕéţ]</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <comment>CUPS Banner page</comment>
            <translation>[Ţöp Šéçŕéţ ·]</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <extracomment>What Qt's own (non-native) file dialog shows: labels, buttons, tool tips, the list's columns and context menu, the overwrite question.</extracomment>
            <translation>[&amp;Lööķ îñ:]</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>[Fîļé &amp;nàmé: ·]</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>[Fîļéš öf &amp;týpé: ···]</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>[Ðîŕéçţöŕý: ·]</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>[&amp;Opéñ]</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>[&amp;Sàvé]</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>[&amp;Cĥööšé]</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>[Ɓàçķ]</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>[Föŕŵàŕð]</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>[Pàŕéñţ Ðîŕéçţöŕý ····]</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>[Çŕéàţé Ñéŵ Föļðéŕ ····]</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>[Ļîšţ Vîéŵ ·]</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>[Ðéţàîļ Vîéŵ ··]</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>[&amp;Réñàmé]</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>[&amp;Déļéţé]</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>[Šĥöŵ &amp;hîððéñ fîļéš ····]</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>[&amp;Néŵ Föļðéŕ ·]</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>[Ñéŵ Föļðéŕ ·]</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>[Åļļ Fîļéš (*) ···]</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>[%1 àļŕéàðý éxîšţš.
Ðö ýöû ŵàñţ ţö ŕépļàçé îţ?···············]</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <extracomment>The file dialog's rarer texts: not found, write-protected, the delete question, the accessible names of its buttons and sidebar, and the Type column's words for a folder, a drive and the files radprev writes (size units come from QLocale, in every language).</extracomment>
            <translation>[%1
Ðîŕéçţöŕý ñöţ föûñð.
Pļéàšé véŕîfý ţĥé çöŕŕéçţ ðîŕéçţöŕý ñàmé ŵàš ĝîvéñ.···························]</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>[%1
Fîļé ñöţ föûñð.
Pļéàšé véŕîfý ţĥé çöŕŕéçţ fîļé ñàmé ŵàš ĝîvéñ.·······················]</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>['%1' îš ŵŕîţé pŕöţéçţéð.
Ðö ýöû ŵàñţ ţö ðéļéţé îţ àñýŵàý?····················]</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>[Åŕé ýöû šûŕé ýöû ŵàñţ ţö ðéļéţé '%1'? ···········]</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>[Çöûļð ñöţ ðéļéţé ðîŕéçţöŕý. ········]</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>[Ĝö ƀàçķ]</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>[Ĝö föŕŵàŕð ·]</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>[Ĝö ţö ţĥé pàŕéñţ ðîŕéçţöŕý ········]</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>[Çŕéàţé à Ñéŵ Föļðéŕ ·····]</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>[Çĥàñĝé ţö ļîšţ vîéŵ möðé ·······]</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>[Çĥàñĝé ţö ðéţàîļ vîéŵ möðé ········]</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>[Ļîšţ öf pļàçéš àñð ƀööķmàŕķš ·········]</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>[Šîðéƀàŕ]</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>[Ŕéçéñţ Pļàçéš ···]</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>[Fîļéš]</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>[Ðîŕéçţöŕîéš ··]</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>[Ŕémövé]</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>[Ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>[Fîñð Ðîŕéçţöŕý ···]</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>[Šàvé Åš]</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>[Šîžé]</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>[Ţýpé]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð]</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>[Ðàţé Möðîfîéð ···]</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>[Çömpûţéŕ ·]</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>[Mý Çömpûţéŕ ··]</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö]</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>[Çû&amp;t]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöpý]</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>[&amp;Pàšţé]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé]</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>[Šéļéçţ Åļļ ·]</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>[Šĥöŵ Ðéţàîļš... ···]</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>[Ĥîðé Ðéţàîļš... ···]</translation>
        </message>
    </context>
    <context>
        <name>QMimeType</name>
        <message>
            <source>PDF document</source>
            <translation>[PÐF ðöçûméñţ ··]</translation>
        </message>
        <message>
            <source>plain text document</source>
            <translation>[pļàîñ ţéxţ ðöçûméñţ ·····]</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Paper</source>
            <translation>[Pàpéŕ]</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>[Pàĝé šîžé: ·]</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>[Ŵîðţĥ:]</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>[Ĥéîĝĥţ:]</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>[Pàpéŕ šöûŕçé: ···]</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>[Çûšţöm]</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>[Öŕîéñţàţîöñ ··]</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>[Pöŕţŕàîţ ·]</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>[Ļàñðšçàpé ·]</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>[Ŕévéŕšé ļàñðšçàpé ····]</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>[Ŕévéŕšé pöŕţŕàîţ ····]</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>[Màŕĝîñš]</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>[ţöp màŕĝîñ ·]</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>[ƀöţţöm màŕĝîñ ···]</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>[ļéfţ màŕĝîñ ··]</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>[ŕîĝĥţ màŕĝîñ ··]</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>[Mîļļîméţéŕš (mm) ····]</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>[Îñçĥéš (îñ) ··]</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>[Pöîñţš (pţ) ··]</translation>
        </message>
        <message>
            <source>Pica (P̸)</source>
            <translation>[Pîçà (P̸) ·]</translation>
        </message>
        <message>
            <source>Didot (DD)</source>
            <translation>[Ðîðöţ (ÐÐ) ·]</translation>
        </message>
        <message>
            <source>Cicero (CC)</source>
            <translation>[Çîçéŕö (ÇÇ) ··]</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>[Pàĝé Ļàýöûţ ··]</translation>
        </message>
        <message>
            <source>Page &amp;order:</source>
            <translation>[Pàĝé &amp;oŕðéŕ: ·]</translation>
        </message>
        <message>
            <source>Pages &amp;per sheet:</source>
            <translation>[Pàĝéš &amp;péŕ šĥééţ: ···]</translation>
        </message>
    </context>
    <context>
        <name>QPageSize</name>
        <message>
            <source>Custom</source>
            <translation>[Çûšţöm]</translation>
        </message>
        <message>
            <source>Custom (%1mm x %2mm)</source>
            <translation>[Çûšţöm (%1mm x %2mm) ····]</translation>
        </message>
        <message>
            <source>Custom (%1pt x %2pt)</source>
            <translation>[Çûšţöm (%1pţ x %2pţ) ····]</translation>
        </message>
        <message>
            <source>Custom (%1in x %2in)</source>
            <translation>[Çûšţöm (%1îñ x %2îñ) ····]</translation>
        </message>
        <message>
            <source>Custom (%1pc x %2pc)</source>
            <translation>[Çûšţöm (%1pç x %2pç) ····]</translation>
        </message>
        <message>
            <source>Custom (%1DD x %2DD)</source>
            <translation>[Çûšţöm (%1ÐÐ x %2ÐÐ) ····]</translation>
        </message>
        <message>
            <source>Custom (%1CC x %2CC)</source>
            <translation>[Çûšţöm (%1ÇÇ x %2ÇÇ) ····]</translation>
        </message>
        <message>
            <source>Postcard</source>
            <translation>[Pöšţçàŕð ·]</translation>
        </message>
        <message>
            <source>Double Postcard</source>
            <translation>[Ðöûƀļé Pöšţçàŕð ···]</translation>
        </message>
        <message>
            <source>Envelope B4</source>
            <translation>[Éñvéļöpé Ɓ4 ··]</translation>
        </message>
        <message>
            <source>Envelope B5</source>
            <translation>[Éñvéļöpé Ɓ5 ··]</translation>
        </message>
        <message>
            <source>Envelope B6</source>
            <translation>[Éñvéļöpé Ɓ6 ··]</translation>
        </message>
        <message>
            <source>Envelope C0</source>
            <translation>[Éñvéļöpé Ç0 ··]</translation>
        </message>
        <message>
            <source>Envelope C1</source>
            <translation>[Éñvéļöpé Ç1 ··]</translation>
        </message>
        <message>
            <source>Envelope C2</source>
            <translation>[Éñvéļöpé Ç2 ··]</translation>
        </message>
        <message>
            <source>Envelope C3</source>
            <translation>[Éñvéļöpé Ç3 ··]</translation>
        </message>
        <message>
            <source>Envelope C4</source>
            <translation>[Éñvéļöpé Ç4 ··]</translation>
        </message>
        <message>
            <source>Envelope C5</source>
            <translation>[Éñvéļöpé Ç5 ··]</translation>
        </message>
        <message>
            <source>Envelope C6</source>
            <translation>[Éñvéļöpé Ç6 ··]</translation>
        </message>
        <message>
            <source>Envelope C65</source>
            <translation>[Éñvéļöpé Ç65 ··]</translation>
        </message>
        <message>
            <source>Envelope C7</source>
            <translation>[Éñvéļöpé Ç7 ··]</translation>
        </message>
        <message>
            <source>Envelope Chou 3</source>
            <translation>[Éñvéļöpé Çĥöû 3 ···]</translation>
        </message>
        <message>
            <source>Envelope Chou 4</source>
            <translation>[Éñvéļöpé Çĥöû 4 ···]</translation>
        </message>
        <message>
            <source>Envelope DL</source>
            <translation>[Éñvéļöpé ÐĻ ··]</translation>
        </message>
        <message>
            <source>Envelope Invite</source>
            <translation>[Éñvéļöpé Îñvîţé ···]</translation>
        </message>
        <message>
            <source>Envelope Italian</source>
            <translation>[Éñvéļöpé Îţàļîàñ ····]</translation>
        </message>
        <message>
            <source>Envelope Kaku 2</source>
            <translation>[Éñvéļöpé Ķàķû 2 ···]</translation>
        </message>
        <message>
            <source>Envelope Kaku 3</source>
            <translation>[Éñvéļöpé Ķàķû 3 ···]</translation>
        </message>
        <message>
            <source>Envelope Monarch</source>
            <translation>[Éñvéļöpé Möñàŕçĥ ····]</translation>
        </message>
        <message>
            <source>Envelope PRC 1</source>
            <translation>[Éñvéļöpé PŔÇ 1 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 10</source>
            <translation>[Éñvéļöpé PŔÇ 10 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 2</source>
            <translation>[Éñvéļöpé PŔÇ 2 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 3</source>
            <translation>[Éñvéļöpé PŔÇ 3 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 4</source>
            <translation>[Éñvéļöpé PŔÇ 4 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 5</source>
            <translation>[Éñvéļöpé PŔÇ 5 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 6</source>
            <translation>[Éñvéļöpé PŔÇ 6 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 7</source>
            <translation>[Éñvéļöpé PŔÇ 7 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 8</source>
            <translation>[Éñvéļöpé PŔÇ 8 ···]</translation>
        </message>
        <message>
            <source>Envelope PRC 9</source>
            <translation>[Éñvéļöpé PŔÇ 9 ···]</translation>
        </message>
        <message>
            <source>Envelope Personal</source>
            <translation>[Éñvéļöpé Péŕšöñàļ ····]</translation>
        </message>
        <message>
            <source>Envelope US 10</source>
            <translation>[Éñvéļöpé ÛŠ 10 ···]</translation>
        </message>
        <message>
            <source>Envelope US 11</source>
            <translation>[Éñvéļöpé ÛŠ 11 ···]</translation>
        </message>
        <message>
            <source>Envelope US 12</source>
            <translation>[Éñvéļöpé ÛŠ 12 ···]</translation>
        </message>
        <message>
            <source>Envelope US 14</source>
            <translation>[Éñvéļöpé ÛŠ 14 ···]</translation>
        </message>
        <message>
            <source>Envelope US 9</source>
            <translation>[Éñvéļöpé ÛŠ 9 ···]</translation>
        </message>
        <message>
            <source>Envelope You 4</source>
            <translation>[Éñvéļöpé Ýöû 4 ···]</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>[ÖĶ]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šàvé]</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>[Šàvé Åļļ ·]</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>[Öpéñ]</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>[&amp;Yéš]</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>[Ýéš ţö &amp;Aļļ ·]</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>[&amp;Nö]</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>[Ñ&amp;o ţö Åļļ ·]</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>[Åƀöŕţ]</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>[Ŕéţŕý]</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>[Îĝñöŕé]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ]</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>[Ðîšçàŕð]</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>[Ĥéļp]</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>[Åppļý]</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>[Ŕéšéţ]</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>[Ŕéšţöŕé Ðéfàûļţš ····]</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>Print</source>
            <extracomment>Qt's own print dialog (Linux; Windows and macOS show the system's): the printer box, the options (copies, range, colour, double-sided), the Properties dialog (paper, orientation, margins, pages per sheet, the CUPS job tab), its warnings, and the page sizes that hold a word (the international names A4, Letter, Legal… stay as Qt says).</extracomment>
            <translation>[Pŕîñţ]</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>[&amp;Pŕîñţ]</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>[&amp;Opţîöñš &gt;&gt; ·]</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>[&amp;Opţîöñš &lt;&lt; ·]</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>[Pŕîñţ ţö Fîļé (PÐF) ·····]</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>[Pŕîñţ Ţö Fîļé ... ····]</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>[Ļöçàļ fîļé ·]</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>[Ŵŕîţé PÐF fîļé ···]</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>[Åļļ Pàĝéš ·]</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>[Öðð Pàĝéš ·]</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>[Évéñ Pàĝéš ·]</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>[Åûţömàţîç ·]</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>[Ļéfţ ţö Ŕîĝĥţ, Ţöp ţö Ɓöţţöm ·········]</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>[Ļéfţ ţö Ŕîĝĥţ, Ɓöţţöm ţö Ţöp ·········]</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>[Ŕîĝĥţ ţö Ļéfţ, Ɓöţţöm ţö Ţöp ·········]</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>[Ŕîĝĥţ ţö Ļéfţ, Ţöp ţö Ɓöţţöm ·········]</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>[Ɓöţţöm ţö Ţöp, Ļéfţ ţö Ŕîĝĥţ ·········]</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>[Ɓöţţöm ţö Ţöp, Ŕîĝĥţ ţö Ļéfţ ·········]</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>[Ţöp ţö Ɓöţţöm, Ļéfţ ţö Ŕîĝĥţ ·········]</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>[Ţöp ţö Ɓöţţöm, Ŕîĝĥţ ţö Ļéfţ ·········]</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>[%1 àļŕéàðý éxîšţš.
Ðö ýöû ŵàñţ ţö övéŕŵŕîţé îţ?················]</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>[%1 îš à ðîŕéçţöŕý.
Pļéàšé çĥööšé à ðîfféŕéñţ fîļé ñàmé.···················]</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>[Fîļé %1 îš ñöţ ŵŕîţàƀļé.
Pļéàšé çĥööšé à ðîfféŕéñţ fîļé ñàmé.······················]</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>[Îñvàļîð Pàĝéš Ðéfîñîţîöñ ·······]</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>[%1 ðöéš ñöţ föļļöŵ ţĥé çöŕŕéçţ šýñţàx. Pļéàšé ûšé ',' ţö šépàŕàţé ŕàñĝéš àñð pàĝéš, '-' ţö ðéfîñé ŕàñĝéš àñð màķé šûŕé ŕàñĝéš ðö ñöţ îñţéŕšéçţ ŵîţĥ éàçĥ öţĥéŕ. ····························································]</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>[Öpţîöñš 'Pàĝéš Péŕ Šĥééţ' àñð 'Pàĝé Šéţ' çàññöţ ƀé ûšéð ţöĝéţĥéŕ.
Pļéàšé ţûŕñ öñé öf ţĥöšé öpţîöñš öff.·······································]</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>[Ðûpļéx Šéţţîñĝš Çöñfļîçţš ·······]</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>[Ţĥéŕé àŕé çöñfļîçţš îñ ðûpļéx šéţţîñĝš. Ðö ýöû ŵàñţ ţö fîx ţĥém? ·······················]</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Printer Properties</source>
            <translation>[Pŕîñţéŕ Pŕöpéŕţîéš ·····]</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>[Jöƀ Öpţîöñš ··]</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>[Pàĝé Šéţûp Çöñfļîçţš ·····]</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>[Ţĥéŕé àŕé çöñfļîçţš îñ pàĝé šéţûp öpţîöñš. Ðö ýöû ŵàñţ ţö fîx ţĥém? ························]</translation>
        </message>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>[Åðvàñçéð Öpţîöñ Çöñfļîçţš ·······]</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>[Ţĥéŕé àŕé çöñfļîçţš îñ šömé àðvàñçéð öpţîöñš. Ðö ýöû ŵàñţ ţö fîx ţĥém? ·························]</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Page</source>
            <translation>[Pàĝé]</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>[Åðvàñçéð ·]</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>[Ţĥéŕé àŕé çöñfļîçţš îñ šömé öpţîöñš. Pļéàšé fîx ţĥém. ···················]</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Copies</source>
            <translation>[Çöpîéš]</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>[Çöpîéš:]</translation>
        </message>
        <message>
            <source>Collate</source>
            <translation>[Çöļļàţé]</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>[Ŕévéŕšé]</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>[Öpţîöñš]</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>[Öûţpûţ Šéţţîñĝš ···]</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>[Pŕîñţ ŕàñĝé ··]</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>[Pŕîñţ àļļ ·]</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>[Pàĝéš fŕöm ·]</translation>
        </message>
        <message>
            <source>to</source>
            <translation>[ţö]</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>[Pàĝéš]</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>[Çûŕŕéñţ Pàĝé ··]</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>[Šéļéçţîöñ ·]</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>[Pàĝé &amp;Séţ: ·]</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>[Špéçîfý pàĝéš öŕ ŕàñĝéš šépàŕàţéð ƀý çömmàš. Ŕàñĝéš àŕé špéçîfîéð ƀý ţŵö ñûmƀéŕš šépàŕàţéð ƀý à ĥýpĥéñ. É.ĝ: 3,5-7,9 pŕîñţš pàĝéš 3, 5, 6, 7 àñð 9. ························································]</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>[Çöļöŕ Möðé ·]</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>[Çöļöŕ]</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>[Ĝŕàýšçàļé ·]</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>[Ðöûƀļé Šîðéð Pŕîñţîñĝ ······]</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>[Öff]</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>[Ļöñĝ šîðé ƀîñðîñĝ ····]</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>[Šĥöŕţ šîðé ƀîñðîñĝ ·····]</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>Printer</source>
            <translation>[Pŕîñţéŕ]</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>[&amp;Nàmé:]</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>[P&amp;röpéŕţîéš ·]</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>[Ļöçàţîöñ: ·]</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>[Pŕévîéŵ]</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>[Ţýpé:]</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>[Öûţpûţ &amp;fîļé: ··]</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö]</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>[Çû&amp;t]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöpý]</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>[Çöpý &amp;Lîñķ Ļöçàţîöñ ····]</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>[&amp;Pàšţé]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé]</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>[Šéļéçţ Åļļ ·]</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <extracomment>The buttons QWizard makes itself (the first-run wizard, classic style).</extracomment>
            <translation>[&lt; &amp;Bàçķ]</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>[&amp;Néxţ &gt;]</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>[&amp;Fîñîšĥ]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héļp]</translation>
        </message>
    </context>
    <context>
        <name>ReasonButton</name>
        <message>
            <source>Every consultation of prisoners' data is recorded in the audit log with this reason. Click to change it when you start another task.</source>
            <translation>[Évéŕý çöñšûļţàţîöñ öf pŕîšöñéŕš' ðàţà îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ ŵîţĥ ţĥîš ŕéàšöñ. Çļîçķ ţö çĥàñĝé îţ ŵĥéñ ýöû šţàŕţ àñöţĥéŕ ţàšķ. ··················································]</translation>
        </message>
        <message>
            <source>No reason given</source>
            <translation>[Ñö ŕéàšöñ ĝîvéñ ···]</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>[Ŕéàšöñ: {reason} ·]</translation>
        </message>
    </context>
    <context>
        <name>ReasonGate</name>
        <message>
            <source>Names are shown once you have said why you need them (your reason for access is written to the audit log).</source>
            <translation>[Ñàméš àŕé šĥöŵñ öñçé ýöû ĥàvé šàîð ŵĥý ýöû ñééð ţĥém (ýöûŕ ŕéàšöñ föŕ àççéšš îš ŵŕîţţéñ ţö ţĥé àûðîţ ļöĝ). ········································]</translation>
        </message>
        <message>
            <source>Give the &amp;reason for access…</source>
            <translation>[Ĝîvé ţĥé &amp;réàšöñ föŕ àççéšš… ········]</translation>
        </message>
    </context>
    <context>
        <name>ReclassifyDialog</name>
        <message>
            <source>Change the classification</source>
            <translation>[Çĥàñĝé ţĥé çļàššîfîçàţîöñ ·······]</translation>
        </message>
        <message>
            <source>Observation of {when}, version {version}</source>
            <translation>[Öƀšéŕvàţîöñ öf {when}, véŕšîöñ {version} ·······]</translation>
        </message>
        <message>
            <source>&amp;Change</source>
            <translation>[&amp;Cĥàñĝé]</translation>
        </message>
        <message>
            <source>Current classification:</source>
            <translation>[Çûŕŕéñţ çļàššîfîçàţîöñ: ·······]</translation>
        </message>
        <message>
            <source>&amp;New classification:</source>
            <translation>[&amp;Néŵ çļàššîfîçàţîöñ: ·····]</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>[&amp;Réàšöñ (ķépţ îñ ţĥé àûðîţ ļöĝ): ·········]</translation>
        </message>
    </context>
    <context>
        <name>RecordPicker</name>
        <message>
            <source>Find the prisoner by name or prison number</source>
            <translation>[Fîñð ţĥé pŕîšöñéŕ ƀý ñàmé öŕ pŕîšöñ ñûmƀéŕ ··············]</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>[ñàmé öŕ pŕîšöñ ñûmƀéŕ ······]</translation>
        </message>
        <message>
            <source>Matching prisoners</source>
            <translation>[Màţçĥîñĝ pŕîšöñéŕš ·····]</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>[Öƀšéŕvàţîöñ ··]</translation>
        </message>
        <message>
            <source>No names are shown without a reason for access.</source>
            <translation>[Ñö ñàméš àŕé šĥöŵñ ŵîţĥöûţ à ŕéàšöñ föŕ àççéšš. ················]</translation>
        </message>
        <message>
            <source>No prisoner matches “{text}”.</source>
            <translation>[Ñö pŕîšöñéŕ màţçĥéš “{text}”. ·······]</translation>
        </message>
        <message>
            <source>Chosen: {who}</source>
            <translation>[Çĥöšéñ: {who} ·]</translation>
        </message>
        <message>
            <source>No observations are shown without a reason for access.</source>
            <translation>[Ñö öƀšéŕvàţîöñš àŕé šĥöŵñ ŵîţĥöûţ à ŕéàšöñ föŕ àççéšš. ···················]</translation>
        </message>
        <message>
            <source>This prisoner has no observation yet.</source>
            <translation>[Ţĥîš pŕîšöñéŕ ĥàš ñö öƀšéŕvàţîöñ ýéţ. ············]</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Forgot password — recovery code</source>
            <translation>[Föŕĝöţ pàššŵöŕð — ŕéçövéŕý çöðé ··········]</translation>
        </message>
        <message>
            <source>Type the recovery code from the sheet kept in the safe, the account name and a new password. Using the recovery code is written to the audit log.</source>
            <translation>[Ţýpé ţĥé ŕéçövéŕý çöðé fŕöm ţĥé šĥééţ ķépţ îñ ţĥé šàfé, ţĥé àççöûñţ ñàmé àñð à ñéŵ pàššŵöŕð. Ûšîñĝ ţĥé ŕéçövéŕý çöðé îš ŵŕîţţéñ ţö ţĥé àûðîţ ļöĝ. ·······················································]</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>[Ŕéçövéŕý çöðé ···]</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàmé ·]</translation>
        </message>
        <message>
            <source>Recovery &amp;code:</source>
            <translation>[Ŕéçövéŕý &amp;cöðé: ···]</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>[&amp;Ušéŕñàmé: ·]</translation>
        </message>
        <message>
            <source>Set new password</source>
            <translation>[Šéţ ñéŵ pàššŵöŕð ····]</translation>
        </message>
        <message>
            <source>Type the recovery code and the username.</source>
            <translation>[Ţýpé ţĥé ŕéçövéŕý çöðé àñð ţĥé ûšéŕñàmé. ·············]</translation>
        </message>
        <message>
            <source>Password set</source>
            <translation>[Pàššŵöŕð šéţ ··]</translation>
        </message>
        <message>
            <source>The new password is set. Log in with it.</source>
            <translation>[Ţĥé ñéŵ pàššŵöŕð îš šéţ. Ļöĝ îñ ŵîţĥ îţ. ·············]</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <source>Recovery code</source>
            <translation>[Ŕéçövéŕý çöðé ···]</translation>
        </message>
        <message>
            <source>This code is shown only now. With it a new password can be set when every administrator password is lost.</source>
            <translation>[Ţĥîš çöðé îš šĥöŵñ öñļý ñöŵ. Ŵîţĥ îţ à ñéŵ pàššŵöŕð çàñ ƀé šéţ ŵĥéñ évéŕý àðmîñîšţŕàţöŕ pàššŵöŕð îš ļöšţ. ·······································]</translation>
        </message>
        <message>
            <source>Write it down or print the recovery sheet, seal it in an envelope and keep it in the establishment's safe. Do not store it on this computer.</source>
            <translation>[Ŵŕîţé îţ ðöŵñ öŕ pŕîñţ ţĥé ŕéçövéŕý šĥééţ, šéàļ îţ îñ àñ éñvéļöpé àñð ķéép îţ îñ ţĥé éšţàƀļîšĥméñţ'š šàfé. Ðö ñöţ šţöŕé îţ öñ ţĥîš çömpûţéŕ. ·····················································]</translation>
        </message>
        <message>
            <source>&amp;Print the recovery sheet…</source>
            <translation>[&amp;Pŕîñţ ţĥé ŕéçövéŕý šĥééţ… ·······]</translation>
        </message>
        <message>
            <source>Print the recovery sheet</source>
            <translation>[Pŕîñţ ţĥé ŕéçövéŕý šĥééţ ·······]</translation>
        </message>
        <message>
            <source>I have written down / printed it and stored it safely</source>
            <translation>[Î ĥàvé ŵŕîţţéñ ðöŵñ / pŕîñţéð îţ àñð šţöŕéð îţ šàféļý ···················]</translation>
        </message>
        <message>
            <source>I have stored the recovery code safely</source>
            <translation>[Î ĥàvé šţöŕéð ţĥé ŕéçövéŕý çöðé šàféļý ·············]</translation>
        </message>
    </context>
    <context>
        <name>ReferralDialog</name>
        <message>
            <source>Refer to a programme</source>
            <translation>[Ŕéféŕ ţö à pŕöĝŕàmmé ·····]</translation>
        </message>
        <message>
            <source>Prisoner: {name}</source>
            <translation>[Pŕîšöñéŕ: {name} ·]</translation>
        </message>
        <message>
            <source>What was seen or heard that led to the referral</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ţĥàţ ļéð ţö ţĥé ŕéféŕŕàļ ················]</translation>
        </message>
        <message>
            <source>Why the programme may help (optional)</source>
            <translation>[Ŵĥý ţĥé pŕöĝŕàmmé màý ĥéļp (öpţîöñàļ) ············]</translation>
        </message>
        <message>
            <source>&amp;Programme:</source>
            <translation>[&amp;Pŕöĝŕàmmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Date of referral:</source>
            <translation>[&amp;Dàţé öf ŕéféŕŕàļ: ····]</translation>
        </message>
        <message>
            <source>Reason — &amp;facts:</source>
            <translation>[Ŕéàšöñ — &amp;fàçţš: ···]</translation>
        </message>
        <message>
            <source>Reason — your &amp;assessment:</source>
            <translation>[Ŕéàšöñ — ýöûŕ &amp;aššéššméñţ: ·······]</translation>
        </message>
        <message>
            <source>&amp;Refer</source>
            <translation>[&amp;Réféŕ]</translation>
        </message>
    </context>
    <context>
        <name>ReferralStepDialog</name>
        <message>
            <source>Record a step of the referral</source>
            <translation>[Ŕéçöŕð à šţép öf ţĥé ŕéféŕŕàļ ·········]</translation>
        </message>
        <message>
            <source>{programme} — now: {status}</source>
            <translation>[{programme} — ñöŵ: {status} ·]</translation>
        </message>
        <message>
            <source>No change of status (outcome only)</source>
            <translation>[Ñö çĥàñĝé öf šţàţûš (öûţçömé öñļý) ···········]</translation>
        </message>
        <message>
            <source>What came of it, in words (never a score)</source>
            <translation>[Ŵĥàţ çàmé öf îţ, îñ ŵöŕðš (ñévéŕ à šçöŕé) ··············]</translation>
        </message>
        <message>
            <source>&amp;Status reached:</source>
            <translation>[&amp;Sţàţûš ŕéàçĥéð: ···]</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>[&amp;Dàţé:]</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>[&amp;Nöţé:]</translation>
        </message>
        <message>
            <source>&amp;Outcome notes:</source>
            <translation>[&amp;Oûţçömé ñöţéš: ···]</translation>
        </message>
    </context>
    <context>
        <name>ReferralsTab</name>
        <message>
            <source>Refer to a &amp;programme…</source>
            <translation>[Ŕéféŕ ţö à &amp;pŕöĝŕàmmé… ·····]</translation>
        </message>
        <message>
            <source>Record a ste&amp;p…</source>
            <translation>[Ŕéçöŕð à šţé&amp;p… ···]</translation>
        </message>
        <message>
            <source>Referrals to programmes</source>
            <translation>[Ŕéféŕŕàļš ţö pŕöĝŕàmméš ·······]</translation>
        </message>
        <message>
            <source>Selected referral</source>
            <translation>[Šéļéçţéð ŕéféŕŕàļ ····]</translation>
        </message>
        <message>
            <source>{day} — {programme}: {status}</source>
            <translation>[{day} — {programme}: {status}]</translation>
        </message>
        <message>
            <source>[from {est}, read-only]</source>
            <translation>[[fŕöm {est}, ŕéàð-öñļý] ·····]</translation>
        </message>
        <message>
            <source>Referred on {day} by {who} at {est}</source>
            <translation>[Ŕéféŕŕéð öñ {day} ƀý {who} àţ {est} ·····]</translation>
        </message>
        <message>
            <source>Made at {est}; it arrived with the prisoner's file and is read-only here.</source>
            <translation>[Màðé àţ {est}; îţ àŕŕîvéð ŵîţĥ ţĥé pŕîšöñéŕ'š fîļé àñð îš ŕéàð-öñļý ĥéŕé. ·························]</translation>
        </message>
        <message>
            <source>Reason — facts</source>
            <translation>[Ŕéàšöñ — fàçţš ···]</translation>
        </message>
        <message>
            <source>Reason — assessment</source>
            <translation>[Ŕéàšöñ — àššéššméñţ ·····]</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>[Šţépš]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçömé]</translation>
        </message>
    </context>
    <context>
        <name>ReportLanguage</name>
        <message>
            <source>Default</source>
            <translation>[Ðéfàûļţ]</translation>
        </message>
        <message>
            <source>Default ({language})</source>
            <translation>[Ðéfàûļţ ({language}) ·]</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Observation record</source>
            <translation>[Öƀšéŕvàţîöñ ŕéçöŕð ·····]</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>[Ûñîţ àñð péŕîöð šûmmàŕý ·······]</translation>
        </message>
        <message>
            <source>Blank checklist (paper form)</source>
            <translation>[Ɓļàñķ çĥéçķļîšţ (pàpéŕ föŕm) ·········]</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>[Ŵöŕķšţàţîöñ éñŕöļméñţ šĥééţ ········]</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>[Ðàţà-šûƀjéçţ àççéšš ŕépöŕţ ········]</translation>
        </message>
        <message>
            <source>Establishment report (central office)</source>
            <translation>[Éšţàƀļîšĥméñţ ŕépöŕţ (çéñţŕàļ öffîçé) ············]</translation>
        </message>
        <message>
            <source>National overview (central office)</source>
            <translation>[Ñàţîöñàļ övéŕvîéŵ (çéñţŕàļ öffîçé) ···········]</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>[Ŕépöŕţ]</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>[&amp;Répöŕţ:]</translation>
        </message>
        <message>
            <source>Pri&amp;soner:</source>
            <translation>[Pŕî&amp;söñéŕ: ·]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ:]</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>[Éšţàƀļîšĥméñţ ···]</translation>
        </message>
        <message>
            <source>Esta&amp;blishment:</source>
            <translation>[Éšţà&amp;bļîšĥméñţ: ···]</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>[Fîŕšţ ðàý ·]</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>[Ļàšţ ðàý ·]</translation>
        </message>
        <message>
            <source>Peri&amp;od:</source>
            <translation>[Péŕî&amp;oð:]</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>[Çĥéçķļîšţ ţémpļàţé ·····]</translation>
        </message>
        <message>
            <source>From a f&amp;ile…</source>
            <translation>[Fŕöm à f&amp;iļé… ··]</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>[&amp;Témpļàţé: ·]</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>[Ŕéçövéŕý çöðé ···]</translation>
        </message>
        <message>
            <source>Rec&amp;overy code:</source>
            <translation>[Ŕéç&amp;ovéŕý çöðé: ···]</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>[Ŕépöŕţ ļàñĝûàĝé ···]</translation>
        </message>
        <message>
            <source>Prisoner summary</source>
            <translation>[Pŕîšöñéŕ šûmmàŕý ····]</translation>
        </message>
        <message>
            <source>Recovery sheet (administrator's password)</source>
            <translation>[Ŕéçövéŕý šĥééţ (àðmîñîšţŕàţöŕ'š pàššŵöŕð) ··············]</translation>
        </message>
        <message>
            <source>Central office certificate check code</source>
            <translation>[Çéñţŕàļ öffîçé çéŕţîfîçàţé çĥéçķ çöðé ············]</translation>
        </message>
        <message>
            <source>Central office's check code (optio&amp;nal):</source>
            <translation>[Çéñţŕàļ öffîçé'š çĥéçķ çöðé (öpţîö&amp;nàļ): ·············]</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>[&amp;Làñĝûàĝé: ·]</translation>
        </message>
        <message>
            <source>Why and for whom (recorded in the audit log)</source>
            <translation>[Ŵĥý àñð föŕ ŵĥöm (ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ) ···············]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>Details of the reason</source>
            <translation>[Ðéţàîļš öf ţĥé ŕéàšöñ ······]</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>[Ŕéçîpîéñţ ·]</translation>
        </message>
        <message>
            <source>e.g. security department, case conference</source>
            <translation>[é.ĝ. šéçûŕîţý ðépàŕţméñţ, çàšé çöñféŕéñçé ··············]</translation>
        </message>
        <message>
            <source>R&amp;eason:</source>
            <translation>[Ŕ&amp;eàšöñ:]</translation>
        </message>
        <message>
            <source>&amp;Details:</source>
            <translation>[&amp;Déţàîļš:]</translation>
        </message>
        <message>
            <source>Re&amp;cipient:</source>
            <translation>[Ŕé&amp;cîpîéñţ: ·]</translation>
        </message>
        <message>
            <source>Generate and pre&amp;view</source>
            <translation>[Ĝéñéŕàţé àñð pŕé&amp;vîéŵ ·····]</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>[Åļļ ûñîţš ·]</translation>
        </message>
        <message>
            <source> (active)</source>
            <translation>[ (àçţîvé) ·]</translation>
        </message>
        <message>
            <source>Checklist template file</source>
            <translation>[Çĥéçķļîšţ ţémpļàţé fîļé ·······]</translation>
        </message>
        <message>
            <source>Templates (*.json)</source>
            <translation>[Ţémpļàţéš (*.jšöñ) ·····]</translation>
        </message>
        <message>
            <source>Choose a report.</source>
            <translation>[Çĥööšé à ŕépöŕţ. ····]</translation>
        </message>
        <message>
            <source>Choose the prisoner: type a name or prison number and pick from the list.</source>
            <translation>[Çĥööšé ţĥé pŕîšöñéŕ: ţýpé à ñàmé öŕ pŕîšöñ ñûmƀéŕ àñð pîçķ fŕöm ţĥé ļîšţ. ···························]</translation>
        </message>
        <message>
            <source>Choose the observation from the list.</source>
            <translation>[Çĥööšé ţĥé öƀšéŕvàţîöñ fŕöm ţĥé ļîšţ. ············]</translation>
        </message>
        <message>
            <source>Making the report…</source>
            <translation>[Màķîñĝ ţĥé ŕépöŕţ… ·····]</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n page(s)</source>
            <translation>
                <numerusform>[%1 — %n pàĝé(š) ··]</numerusform>
                <numerusform>[%1 — %n pàĝé(š) ··]</numerusform>
            </translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>[Ðöçûméñţ %1 ·]</translation>
        </message>
        <message>
            <source>The report was sent to the printer.</source>
            <translation>[Ţĥé ŕépöŕţ ŵàš šéñţ ţö ţĥé pŕîñţéŕ. ···········]</translation>
        </message>
        <message>
            <source>Save an unencrypted PDF?</source>
            <translation>[Šàvé àñ ûñéñçŕýpţéð PÐF? ·······]</translation>
        </message>
        <message>
            <source>The PDF file will NOT be encrypted: anyone who can open the folder can read it. Save it only where your instructions allow, and delete it when it is no longer needed. The save is recorded in the audit log.</source>
            <translation>[Ţĥé PÐF fîļé ŵîļļ ÑÖŢ ƀé éñçŕýpţéð: àñýöñé ŵĥö çàñ öpéñ ţĥé föļðéŕ çàñ ŕéàð îţ. Šàvé îţ öñļý ŵĥéŕé ýöûŕ îñšţŕûçţîöñš àļļöŵ, àñð ðéļéţé îţ ŵĥéñ îţ îš ñö ļöñĝéŕ ñééðéð. Ţĥé šàvé îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ. ···············································································]</translation>
        </message>
        <message>
            <source>Save report as PDF</source>
            <translation>[Šàvé ŕépöŕţ àš PÐF ·····]</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>[Šàvéð %1]</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Enable {user} with a new password</source>
            <translation>[Éñàƀļé {user} ŵîţĥ à ñéŵ pàššŵöŕð ········]</translation>
        </message>
        <message>
            <source>Reset the password of {user}</source>
            <translation>[Ŕéšéţ ţĥé pàššŵöŕð öf {user} ······]</translation>
        </message>
        <message>
            <source>Type a temporary password twice. {user} must choose a new one at the next login.</source>
            <translation>[Ţýpé à ţémpöŕàŕý pàššŵöŕð ţŵîçé. {user} mûšţ çĥööšé à ñéŵ öñé àţ ţĥé ñéxţ ļöĝîñ. ···························]</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>[Ŕéšéţ pàššŵöŕð ···]</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore the encrypted database from a backup</source>
            <translation>[Ŕéšţöŕé ţĥé éñçŕýpţéð ðàţàƀàšé fŕöm à ƀàçķûp ···············]</translation>
        </message>
        <message>
            <source>Choose a backup. An administrator's username and password from the time of the backup are needed. The current files are kept aside, not deleted.</source>
            <translation>[Çĥööšé à ƀàçķûp. Åñ àðmîñîšţŕàţöŕ'š ûšéŕñàmé àñð pàššŵöŕð fŕöm ţĥé ţîmé öf ţĥé ƀàçķûp àŕé ñééðéð. Ţĥé çûŕŕéñţ fîļéš àŕé ķépţ àšîðé, ñöţ ðéļéţéð. ·······················································]</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>[Ɓàçķûpš]</translation>
        </message>
        <message>
            <source>Administrator username</source>
            <translation>[Åðmîñîšţŕàţöŕ ûšéŕñàmé ······]</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>[Åðmîñîšţŕàţöŕ pàššŵöŕð ······]</translation>
        </message>
        <message>
            <source>There are no backups in the database folder.</source>
            <translation>[Ţĥéŕé àŕé ñö ƀàçķûpš îñ ţĥé ðàţàƀàšé föļðéŕ. ···············]</translation>
        </message>
        <message>
            <source>Administrator &amp;username:</source>
            <translation>[Åðmîñîšţŕàţöŕ &amp;ušéŕñàmé: ······]</translation>
        </message>
        <message>
            <source>Administrator &amp;password:</source>
            <translation>[Åðmîñîšţŕàţöŕ &amp;pàššŵöŕð: ······]</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>[Ŕéšţöŕé]</translation>
        </message>
        <message>
            <source>Choose a backup first.</source>
            <translation>[Çĥööšé à ƀàçķûp fîŕšţ. ······]</translation>
        </message>
    </context>
    <context>
        <name>RestrictionButton</name>
        <message>
            <source>&amp;Lift restriction…</source>
            <translation>[&amp;Lîfţ ŕéšţŕîçţîöñ… ····]</translation>
        </message>
        <message>
            <source>Restr&amp;ict processing…</source>
            <translation>[Ŕéšţŕ&amp;içţ pŕöçéššîñĝ… ·····]</translation>
        </message>
        <message>
            <source>Restrict processing</source>
            <translation>[Ŕéšţŕîçţ pŕöçéššîñĝ ·····]</translation>
        </message>
        <message>
            <source>Lift the restriction</source>
            <translation>[Ļîfţ ţĥé ŕéšţŕîçţîöñ ·····]</translation>
        </message>
        <message>
            <source>Why is processing of this file restricted? (kept in the file and the audit log)</source>
            <translation>[Ŵĥý îš pŕöçéššîñĝ öf ţĥîš fîļé ŕéšţŕîçţéð? (ķépţ îñ ţĥé fîļé àñð ţĥé àûðîţ ļöĝ) ·····························]</translation>
        </message>
        <message>
            <source>Why is the restriction lifted? (kept in the file and the audit log)</source>
            <translation>[Ŵĥý îš ţĥé ŕéšţŕîçţîöñ ļîfţéð? (ķépţ îñ ţĥé fîļé àñð ţĥé àûðîţ ļöĝ) ························]</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Retention decisions</source>
            <translation>[Ŕéţéñţîöñ ðéçîšîöñš ·····]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>[Pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>[Ŕévîéŵ ðûé ·]</translation>
        </message>
        <message>
            <source>Keep the file (until the next review)</source>
            <translation>[Ķéép ţĥé fîļé (ûñţîļ ţĥé ñéxţ ŕévîéŵ) ············]</translation>
        </message>
        <message>
            <source>Anonymise the file</source>
            <translation>[Åñöñýmîšé ţĥé fîļé ·····]</translation>
        </message>
        <message>
            <source>Erase the file</source>
            <translation>[Éŕàšé ţĥé fîļé ···]</translation>
        </message>
        <message>
            <source>Keep the free text (checked: it names no one)</source>
            <translation>[Ķéép ţĥé fŕéé ţéxţ (çĥéçķéð: îţ ñàméš ñö öñé) ···············]</translation>
        </message>
        <message>
            <source>&amp;Decide</source>
            <translation>[&amp;Déçîðé]</translation>
        </message>
        <message>
            <source>Erase re&amp;jected reports past their period…</source>
            <translation>[Éŕàšé ŕé&amp;jéçţéð ŕépöŕţš pàšţ ţĥéîŕ péŕîöð… ·············]</translation>
        </message>
        <message>
            <source>De&amp;cision:</source>
            <translation>[Ðé&amp;cîšîöñ: ·]</translation>
        </message>
        <message>
            <source>&amp;Next review (keep):</source>
            <translation>[&amp;Néxţ ŕévîéŵ (ķéép): ·····]</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the audit log):</source>
            <translation>[&amp;Réàšöñ (ķépţ îñ ţĥé àûðîţ ļöĝ): ·········]</translation>
        </message>
        <message>
            <source>Decision for the file {number}: {decision}. This cannot be undone. Go ahead?</source>
            <translation>[Ðéçîšîöñ föŕ ţĥé fîļé {number}: {decision}. Ţĥîš çàññöţ ƀé ûñðöñé. Ĝö àĥéàð? ·····················]</translation>
        </message>
        <message>
            <source>Decided: {decision}.</source>
            <translation>[Ðéçîðéð: {decision}. ·]</translation>
        </message>
        <message>
            <source>No rejected report is past its period.</source>
            <translation>[Ñö ŕéjéçţéð ŕépöŕţ îš pàšţ îţš péŕîöð. ·············]</translation>
        </message>
        <message>
            <source>Erase {count} rejected report(s) rejected before {day}?</source>
            <translation>[Éŕàšé {count} ŕéjéçţéð ŕépöŕţ(š) ŕéjéçţéð ƀéföŕé {day}? ···············]</translation>
        </message>
        <message>
            <source>Rejected reports erased: {count}.</source>
            <translation>[Ŕéjéçţéð ŕépöŕţš éŕàšéð: {count}. ········]</translation>
        </message>
    </context>
    <context>
        <name>ReviewQueuePage</name>
        <message>
            <source>Grading after review</source>
            <translation>[Ĝŕàðîñĝ àfţéŕ ŕévîéŵ ·····]</translation>
        </message>
        <message>
            <source>Review queue</source>
            <translation>[Ŕévîéŵ qûéûé ··]</translation>
        </message>
        <message>
            <source>Observations awaiting review, most urgent first</source>
            <translation>[Öƀšéŕvàţîöñš àŵàîţîñĝ ŕévîéŵ, möšţ ûŕĝéñţ fîŕšţ ················]</translation>
        </message>
        <message>
            <source>Observation under review</source>
            <translation>[Öƀšéŕvàţîöñ ûñðéŕ ŕévîéŵ ·······]</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>[Öƀšéŕvàţîöñ ··]</translation>
        </message>
        <message>
            <source>Changes (side by side)</source>
            <translation>[Çĥàñĝéš (šîðé ƀý šîðé) ······]</translation>
        </message>
        <message>
            <source>Changes (text)</source>
            <translation>[Çĥàñĝéš (ţéxţ) ···]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ·]</translation>
        </message>
        <message>
            <source>Co&amp;mment or reason (required to return, re-grade, reject):</source>
            <translation>[Çö&amp;mméñţ öŕ ŕéàšöñ (ŕéqûîŕéð ţö ŕéţûŕñ, ŕé-ĝŕàðé, ŕéjéçţ): ····················]</translation>
        </message>
        <message>
            <source>Comment or reason</source>
            <translation>[Çömméñţ öŕ ŕéàšöñ ····]</translation>
        </message>
        <message>
            <source>&amp;Accept</source>
            <translation>[&amp;Aççépţ]</translation>
        </message>
        <message>
            <source>Re&amp;turn to author</source>
            <translation>[Ŕé&amp;tûŕñ ţö àûţĥöŕ ···]</translation>
        </message>
        <message>
            <source>Re-grad&amp;e and accept</source>
            <translation>[Ŕé-ĝŕàð&amp;e àñð àççépţ ·····]</translation>
        </message>
        <message>
            <source>Re&amp;ject</source>
            <translation>[Ŕé&amp;jéçţ]</translation>
        </message>
        <message>
            <source>Open prisoner's fi&amp;le</source>
            <translation>[Öpéñ pŕîšöñéŕ'š fî&amp;lé ·····]</translation>
        </message>
        <message>
            <source>C&amp;orrect (amend)…</source>
            <translation>[Ç&amp;oŕŕéçţ (àméñð)… ···]</translation>
        </message>
        <message>
            <source>Write a corrected version with a reason; the original stays in the history.</source>
            <translation>[Ŵŕîţé à çöŕŕéçţéð véŕšîöñ ŵîţĥ à ŕéàšöñ; ţĥé öŕîĝîñàļ šţàýš îñ ţĥé ĥîšţöŕý. ···························]</translation>
        </message>
        <message>
            <source>Reclassif&amp;y…</source>
            <translation>[Ŕéçļàššîf&amp;y… ·]</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) awaiting review</source>
            <translation>
                <numerusform>[%n öƀšéŕvàţîöñ(š) àŵàîţîñĝ ŕévîéŵ ··········]</numerusform>
                <numerusform>[%n öƀšéŕvàţîöñ(š) àŵàîţîñĝ ŕévîéŵ ··········]</numerusform>
            </translation>
        </message>
        <message>
            <source>Give a reason for access to review this observation.</source>
            <translation>[Ĝîvé à ŕéàšöñ föŕ àççéšš ţö ŕévîéŵ ţĥîš öƀšéŕvàţîöñ. ··················]</translation>
        </message>
        <message>
            <source>{number} — {name}</source>
            <translation>[{number} — {name}]</translation>
        </message>
        <message>
            <source>Immediate: threat to life or imminent harm. Check it was escalated in person or by phone.</source>
            <translation>[Îmméðîàţé: ţĥŕéàţ ţö ļîfé öŕ îmmîñéñţ ĥàŕm. Çĥéçķ îţ ŵàš éšçàļàţéð îñ péŕšöñ öŕ ƀý pĥöñé. ·································]</translation>
        </message>
        <message>
            <source>Officer's grade: {grade}</source>
            <translation>[Öffîçéŕ'š ĝŕàðé: {grade} ····]</translation>
        </message>
        <message>
            <source>Accepted.</source>
            <translation>[Åççépţéð. ·]</translation>
        </message>
        <message>
            <source>Returned to the author with your comment.</source>
            <translation>[Ŕéţûŕñéð ţö ţĥé àûţĥöŕ ŵîţĥ ýöûŕ çömméñţ. ··············]</translation>
        </message>
        <message>
            <source>Rejected with your reason.</source>
            <translation>[Ŕéjéçţéð ŵîţĥ ýöûŕ ŕéàšöñ. ········]</translation>
        </message>
        <message>
            <source>Re-graded and accepted.</source>
            <translation>[Ŕé-ĝŕàðéð àñð àççépţéð. ·······]</translation>
        </message>
        <message>
            <source>Classification: {level}.</source>
            <translation>[Çļàššîfîçàţîöñ: {level}. ····]</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPanel</name>
        <message>
            <source>Training scenario</source>
            <translation>[Ţŕàîñîñĝ šçéñàŕîö ····]</translation>
        </message>
    </context>
    <context>
        <name>SearchPage</name>
        <message>
            <source>Search</source>
            <translation>[Šéàŕçĥ]</translation>
        </message>
        <message>
            <source>Search fo&amp;r:</source>
            <translation>[Šéàŕçĥ fö&amp;r: ·]</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>[Šéàŕçĥ ţéxţ ··]</translation>
        </message>
        <message>
            <source>words from the facts or assessment, a name or a prison number</source>
            <translation>[ŵöŕðš fŕöm ţĥé fàçţš öŕ àššéššméñţ, à ñàmé öŕ à pŕîšöñ ñûmƀéŕ ······················]</translation>
        </message>
        <message>
            <source>&amp;Search</source>
            <translation>[&amp;Séàŕçĥ]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>[Ûŕĝéñçý]</translation>
        </message>
        <message>
            <source>Any urgency</source>
            <translation>[Åñý ûŕĝéñçý ··]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>[Åñý šţàţûš ·]</translation>
        </message>
        <message>
            <source>Indicator domain</source>
            <translation>[Îñðîçàţöŕ ðömàîñ ····]</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>[&amp;Béţŵééñ]</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>[Fŕöm ðàţé ·]</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>[Ţö ðàţé]</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ:]</translation>
        </message>
        <message>
            <source>Urgenc&amp;y:</source>
            <translation>[Ûŕĝéñç&amp;y:]</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>[Š&amp;tàţûš:]</translation>
        </message>
        <message>
            <source>Indicator &amp;domain:</source>
            <translation>[Îñðîçàţöŕ &amp;dömàîñ: ····]</translation>
        </message>
        <message>
            <source>and</source>
            <translation>[àñð]</translation>
        </message>
        <message>
            <source>Results; Enter opens the prisoner's file</source>
            <translation>[Ŕéšûļţš; Éñţéŕ öpéñš ţĥé pŕîšöñéŕ'š fîļé ·············]</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>[Åļļ ûñîţš ·]</translation>
        </message>
        <message>
            <source>Any domain</source>
            <translation>[Åñý ðömàîñ ·]</translation>
        </message>
        <message>
            <source>No results are shown without a reason for access.</source>
            <translation>[Ñö ŕéšûļţš àŕé šĥöŵñ ŵîţĥöûţ à ŕéàšöñ föŕ àççéšš. ·················]</translation>
        </message>
        <message numerus="yes">
            <source>%n observation(s) found</source>
            <translation>
                <numerusform>[%n öƀšéŕvàţîöñ(š) föûñð ······]</numerusform>
                <numerusform>[%n öƀšéŕvàţîöñ(š) föûñð ······]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n results, best match first; scroll down for more.</source>
            <translation>
                <numerusform>[Ţĥé fîŕšţ %n ŕéšûļţš, ƀéšţ màţçĥ fîŕšţ; šçŕöļļ ðöŵñ föŕ möŕé. ·····················]</numerusform>
                <numerusform>[Ţĥé fîŕšţ %n ŕéšûļţš, ƀéšţ màţçĥ fîŕšţ; šçŕöļļ ðöŵñ föŕ möŕé. ·····················]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SensitiveQuestion</name>
        <message>
            <source>Words about religion, ethnicity or politics</source>
            <translation>[Ŵöŕðš àƀöûţ ŕéļîĝîöñ, éţĥñîçîţý öŕ pöļîţîçš ···············]</translation>
        </message>
        <message>
            <source>You wrote:
{lines}

Is this necessary to describe the behaviour? Religion, ethnicity or political views are never indicators in themselves. Keep the words only if they are needed (for example the person's exact words); your supervisor will see that you were asked.</source>
            <translation>[Ýöû ŵŕöţé:
{lines}

Îš ţĥîš ñéçéššàŕý ţö ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ? Ŕéļîĝîöñ, éţĥñîçîţý öŕ pöļîţîçàļ vîéŵš àŕé ñévéŕ îñðîçàţöŕš îñ ţĥémšéļvéš. Ķéép ţĥé ŵöŕðš öñļý îf ţĥéý àŕé ñééðéð (föŕ éxàmpļé ţĥé péŕšöñ'š éxàçţ ŵöŕðš); ýöûŕ šûpéŕvîšöŕ ŵîļļ šéé ţĥàţ ýöû ŵéŕé àšķéð.····································································································]</translation>
        </message>
        <message>
            <source>Necessary: keep and submit</source>
            <translation>[Ñéçéššàŕý: ķéép àñð šûƀmîţ ········]</translation>
        </message>
        <message>
            <source>Change the wording</source>
            <translation>[Çĥàñĝé ţĥé ŵöŕðîñĝ ·····]</translation>
        </message>
    </context>
    <context>
        <name>SettingsTab</name>
        <message>
            <source>&amp;Save settings</source>
            <translation>[&amp;Sàvé šéţţîñĝš ··]</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>[Šàvé šéţţîñĝš ···]</translation>
        </message>
        <message>
            <source>The settings were saved.</source>
            <translation>[Ţĥé šéţţîñĝš ŵéŕé šàvéð. ·······]</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>radprev — create the encrypted database</source>
            <translation>[ŕàðpŕév — çŕéàţé ţĥé éñçŕýpţéð ðàţàƀàšé ·············]</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>[&amp;Fîñîšĥ]</translation>
        </message>
        <message>
            <source>Creating the encrypted database; measuring this computer's speed for the password key…</source>
            <translation>[Çŕéàţîñĝ ţĥé éñçŕýpţéð ðàţàƀàšé; méàšûŕîñĝ ţĥîš çömpûţéŕ'š špééð föŕ ţĥé pàššŵöŕð ķéý… ································]</translation>
        </message>
    </context>
    <context>
        <name>SubjectDetailPage</name>
        <message>
            <source>Identity</source>
            <translation>[Îðéñţîţý ·]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>[Ɓîŕţĥ ýéàŕ ·]</translation>
        </message>
        <message>
            <source>Unit / cell</source>
            <translation>[Ûñîţ / çéļļ ··]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>File review due</source>
            <translation>[Fîļé ŕévîéŵ ðûé ···]</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>[Ŕéšţŕîçţîöñ ··]</translation>
        </message>
        <message>
            <source>Your reason for access</source>
            <translation>[Ýöûŕ ŕéàšöñ föŕ àççéšš ······]</translation>
        </message>
        <message>
            <source>&amp;New observation</source>
            <translation>[&amp;Néŵ öƀšéŕvàţîöñ ···]</translation>
        </message>
        <message>
            <source>New chec&amp;klist run</source>
            <translation>[Ñéŵ çĥéç&amp;kļîšţ ŕûñ ····]</translation>
        </message>
        <message>
            <source>Con&amp;tinue draft</source>
            <translation>[Çöñ&amp;tîñûé ðŕàfţ ···]</translation>
        </message>
        <message>
            <source>A&amp;mend…</source>
            <translation>[Å&amp;méñð…]</translation>
        </message>
        <message>
            <source>Histor&amp;y</source>
            <translation>[Ĥîšţöŕ&amp;y]</translation>
        </message>
        <message>
            <source>&amp;Edit details…</source>
            <translation>[&amp;Eðîţ ðéţàîļš… ··]</translation>
        </message>
        <message>
            <source>Change &amp;reason…</source>
            <translation>[Çĥàñĝé &amp;réàšöñ… ···]</translation>
        </message>
        <message>
            <source>&amp;Write my new observation before seeing earlier reports</source>
            <translation>[&amp;Wŕîţé mý ñéŵ öƀšéŕvàţîöñ ƀéföŕé šééîñĝ éàŕļîéŕ ŕépöŕţš ···················]</translation>
        </message>
        <message>
            <source>Reading earlier reports first can colour what you write. Hidden until you submit.</source>
            <translation>[Ŕéàðîñĝ éàŕļîéŕ ŕépöŕţš fîŕšţ çàñ çöļöûŕ ŵĥàţ ýöû ŵŕîţé. Ĥîððéñ ûñţîļ ýöû šûƀmîţ. ······························]</translation>
        </message>
        <message>
            <source>Earlier reports are hidden until you have written your observation. Press “New observation”, or “Show earlier reports” if you only need to read.</source>
            <translation>[Éàŕļîéŕ ŕépöŕţš àŕé ĥîððéñ ûñţîļ ýöû ĥàvé ŵŕîţţéñ ýöûŕ öƀšéŕvàţîöñ. Pŕéšš “Ñéŵ öƀšéŕvàţîöñ”, öŕ “Šĥöŵ éàŕļîéŕ ŕépöŕţš” îf ýöû öñļý ñééð ţö ŕéàð. ·······················································]</translation>
        </message>
        <message>
            <source>&amp;Show earlier reports</source>
            <translation>[&amp;Sĥöŵ éàŕļîéŕ ŕépöŕţš ·····]</translation>
        </message>
        <message>
            <source>Observations, newest first</source>
            <translation>[Öƀšéŕvàţîöñš, ñéŵéšţ fîŕšţ ········]</translation>
        </message>
        <message>
            <source>Selected observation</source>
            <translation>[Šéļéçţéð öƀšéŕvàţîöñ ·····]</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>[Öƀšéŕvàţîöñš ··]</translation>
        </message>
        <message>
            <source>Checklist runs</source>
            <translation>[Çĥéçķļîšţ ŕûñš ···]</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>[Çĥéçķļîšţš ·]</translation>
        </message>
        <message>
            <source>Changes to details</source>
            <translation>[Çĥàñĝéš ţö ðéţàîļš ·····]</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>[Ŕéféŕŕàļš ·]</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>[Ţŕàñšféŕš ·]</translation>
        </message>
        <message>
            <source>The file was not opened: no reason given.</source>
            <translation>[Ţĥé fîļé ŵàš ñöţ öpéñéð: ñö ŕéàšöñ ĝîvéñ. ··············]</translation>
        </message>
        <message>
            <source>File: {name}</source>
            <translation>[Fîļé: {name}]</translation>
        </message>
        <message>
            <source>Recorded at {est}: it arrived with the prisoner's file and is read-only here.</source>
            <translation>[Ŕéçöŕðéð àţ {est}: îţ àŕŕîvéð ŵîţĥ ţĥé pŕîšöñéŕ'š fîļé àñð îš ŕéàð-öñļý ĥéŕé. ··························]</translation>
        </message>
        <message>
            <source>Restricted: accuracy disputed</source>
            <translation>[Ŕéšţŕîçţéð: àççûŕàçý ðîšpûţéð ·········]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>{at}: {who} changed {fields} — {reason}</source>
            <translation>[{at}: {who} çĥàñĝéð {fields} — {reason} ···]</translation>
        </message>
        <message>
            <source>No changes since the file was created.</source>
            <translation>[Ñö çĥàñĝéš šîñçé ţĥé fîļé ŵàš çŕéàţéð. ·············]</translation>
        </message>
        <message>
            <source>{at}: {decision} by {who} (version {version}){comment}</source>
            <translation>[{at}: {decision} ƀý {who} (véŕšîöñ {version}){comment} ····]</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>[Ŕévîéŵš]</translation>
        </message>
        <message>
            <source>History of the observation of {when}</source>
            <translation>[Ĥîšţöŕý öf ţĥé öƀšéŕvàţîöñ öf {when} ·········]</translation>
        </message>
    </context>
    <context>
        <name>SubjectDialog</name>
        <message>
            <source>Edit prisoner</source>
            <translation>[Éðîţ pŕîšöñéŕ ···]</translation>
        </message>
        <message>
            <source>Add prisoner</source>
            <translation>[Åðð pŕîšöñéŕ ··]</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>[ñöţ ķñöŵñ ·]</translation>
        </message>
        <message>
            <source>Why is this changed? (required)</source>
            <translation>[Ŵĥý îš ţĥîš çĥàñĝéð? (ŕéqûîŕéð) ··········]</translation>
        </message>
        <message>
            <source>&amp;Prison number:</source>
            <translation>[&amp;Pŕîšöñ ñûmƀéŕ: ···]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>[&amp;Fàmîļý ñàmé: ··]</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>[Fàmîļý ñàmé ··]</translation>
        </message>
        <message>
            <source>&amp;Given names:</source>
            <translation>[&amp;Gîvéñ ñàméš: ··]</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>[Ĝîvéñ ñàméš ··]</translation>
        </message>
        <message>
            <source>&amp;Birth year:</source>
            <translation>[&amp;Bîŕţĥ ýéàŕ: ·]</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>[Ɓîŕţĥ ýéàŕ ·]</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ:]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>&amp;Cell:</source>
            <translation>[&amp;Céļļ:]</translation>
        </message>
        <message>
            <source>Cell</source>
            <translation>[Çéļļ]</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>[Š&amp;tàţûš:]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>&amp;Reason for change:</source>
            <translation>[&amp;Réàšöñ föŕ çĥàñĝé: ····]</translation>
        </message>
        <message>
            <source>Reason for change</source>
            <translation>[Ŕéàšöñ föŕ çĥàñĝé ····]</translation>
        </message>
        <message>
            <source>Similar prisoners already recorded:</source>
            <translation>[Šîmîļàŕ pŕîšöñéŕš àļŕéàðý ŕéçöŕðéð: ···········]</translation>
        </message>
        <message>
            <source>Similar prisoners already recorded</source>
            <translation>[Šîmîļàŕ pŕîšöñéŕš àļŕéàðý ŕéçöŕðéð ···········]</translation>
        </message>
        <message>
            <source>&amp;Open this file instead</source>
            <translation>[&amp;Opéñ ţĥîš fîļé îñšţéàð ······]</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>[(ñöñé)]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: the prison number, names and birth year are corrected only to answer the prisoner's rectification request on the details. The unit, cell and status can still be changed.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: ţĥé pŕîšöñ ñûmƀéŕ, ñàméš àñð ƀîŕţĥ ýéàŕ àŕé çöŕŕéçţéð öñļý ţö àñšŵéŕ ţĥé pŕîšöñéŕ'š ŕéçţîfîçàţîöñ ŕéqûéšţ öñ ţĥé ðéţàîļš. Ţĥé ûñîţ, çéļļ àñð šţàţûš çàñ šţîļļ ƀé çĥàñĝéð. ·················································································]</translation>
        </message>
        <message>
            <source>{number} — {name}, born {year}, unit {unit}</source>
            <translation>[{number} — {name}, ƀöŕñ {year}, ûñîţ {unit} ····]</translation>
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
            <translation>[Pŕîšöñéŕš ·]</translation>
        </message>
        <message>
            <source>Fi&amp;nd:</source>
            <translation>[Fî&amp;nð:]</translation>
        </message>
        <message>
            <source>Find prisoner by name or prison number</source>
            <translation>[Fîñð pŕîšöñéŕ ƀý ñàmé öŕ pŕîšöñ ñûmƀéŕ ·············]</translation>
        </message>
        <message>
            <source>name or prison number</source>
            <translation>[ñàmé öŕ pŕîšöñ ñûmƀéŕ ······]</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ:]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>&amp;Add prisoner…</source>
            <translation>[&amp;Aðð pŕîšöñéŕ… ··]</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>[&amp;Opéñ fîļé ·]</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>[Åļļ ûñîţš ·]</translation>
        </message>
        <message numerus="yes">
            <source>%n prisoner(s)</source>
            <translation>
                <numerusform>[%n pŕîšöñéŕ(š) ··]</numerusform>
                <numerusform>[%n pŕîšöñéŕ(š) ··]</numerusform>
            </translation>
        </message>
        <message>
            <source>Matching prisoners: scroll for more</source>
            <translation>[Màţçĥîñĝ pŕîšöñéŕš: šçŕöļļ föŕ möŕé ···········]</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <source>Sync</source>
            <translation>[Šýñç]</translation>
        </message>
        <message>
            <source>What the last action did</source>
            <translation>[Ŵĥàţ ţĥé ļàšţ àçţîöñ ðîð ·······]</translation>
        </message>
        <message>
            <source>Export to the central office</source>
            <translation>[Éxpöŕţ ţö ţĥé çéñţŕàļ öffîçé ·········]</translation>
        </message>
        <message>
            <source>Central office:</source>
            <translation>[Çéñţŕàļ öffîçé: ···]</translation>
        </message>
        <message>
            <source>Last export:</source>
            <translation>[Ļàšţ éxpöŕţ: ··]</translation>
        </message>
        <message>
            <source>Next export due:</source>
            <translation>[Ñéxţ éxpöŕţ ðûé: ····]</translation>
        </message>
        <message>
            <source>Changes waiting:</source>
            <translation>[Çĥàñĝéš ŵàîţîñĝ: ····]</translation>
        </message>
        <message>
            <source>Awaiting receipt:</source>
            <translation>[Åŵàîţîñĝ ŕéçéîpţ: ····]</translation>
        </message>
        <message>
            <source>This workstation's check code:</source>
            <translation>[Ţĥîš ŵöŕķšţàţîöñ'š çĥéçķ çöðé: ·········]</translation>
        </message>
        <message>
            <source>&amp;Export to folder…</source>
            <translation>[&amp;Expöŕţ ţö föļðéŕ… ····]</translation>
        </message>
        <message>
            <source>&amp;Re-send unacknowledged…</source>
            <translation>[&amp;Ré-šéñð ûñàçķñöŵļéðĝéð… ······]</translation>
        </message>
        <message>
            <source>&amp;Import receipt or bundle…</source>
            <translation>[&amp;Impöŕţ ŕéçéîpţ öŕ ƀûñðļé… ·······]</translation>
        </message>
        <message>
            <source>&amp;Trust central certificate…</source>
            <translation>[&amp;Tŕûšţ çéñţŕàļ çéŕţîfîçàţé… ·······]</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>[Pàçķàĝé]</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>[Ŵŕîţţéñ]</translation>
        </message>
        <message>
            <source>By</source>
            <translation>[Ɓý]</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>[Ŕéçöŕðš]</translation>
        </message>
        <message>
            <source>Audit entries</source>
            <translation>[Åûðîţ éñţŕîéš ···]</translation>
        </message>
        <message>
            <source>Delivery</source>
            <translation>[Ðéļîvéŕý ·]</translation>
        </message>
        <message>
            <source>File</source>
            <translation>[Fîļé]</translation>
        </message>
        <message>
            <source>Packages written</source>
            <translation>[Pàçķàĝéš ŵŕîţţéñ ····]</translation>
        </message>
        <message>
            <source>&amp;Import packages…</source>
            <translation>[&amp;Impöŕţ pàçķàĝéš… ···]</translation>
        </message>
        <message>
            <source>Import a whole &amp;folder…</source>
            <translation>[Împöŕţ à ŵĥöļé &amp;föļðéŕ… ······]</translation>
        </message>
        <message>
            <source>Write &amp;receipt…</source>
            <translation>[Ŵŕîţé &amp;réçéîpţ… ···]</translation>
        </message>
        <message>
            <source>Write reference &amp;bundle…</source>
            <translation>[Ŵŕîţé ŕéféŕéñçé &amp;bûñðļé… ······]</translation>
        </message>
        <message>
            <source>Write &amp;certificate…</source>
            <translation>[Ŵŕîţé &amp;céŕţîfîçàţé… ····]</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>[Éšţàƀļîšĥméñţ ···]</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>[Ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>Packages</source>
            <translation>[Pàçķàĝéš ·]</translation>
        </message>
        <message>
            <source>Last package</source>
            <translation>[Ļàšţ pàçķàĝé ··]</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>[Mîššîñĝ]</translation>
        </message>
        <message>
            <source>Quarantined</source>
            <translation>[Qûàŕàñţîñéð ··]</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>[Çöñfļîçţš ·]</translation>
        </message>
        <message>
            <source>Failed imports</source>
            <translation>[Fàîļéð împöŕţš ···]</translation>
        </message>
        <message>
            <source>Last import</source>
            <translation>[Ļàšţ împöŕţ ··]</translation>
        </message>
        <message>
            <source>Check code</source>
            <translation>[Çĥéçķ çöðé ·]</translation>
        </message>
        <message>
            <source>{est} — check code {fp}</source>
            <translation>[{est} — çĥéçķ çöðé {fp} ···]</translation>
        </message>
        <message>
            <source>This office's check code: {fp}</source>
            <translation>[Ţĥîš öffîçé'š çĥéçķ çöðé: {fp} ········]</translation>
        </message>
        <message>
            <source>Central office {est} trusted (check code {fp}).</source>
            <translation>[Çéñţŕàļ öffîçé {est} ţŕûšţéð (çĥéçķ çöðé {fp}). ·············]</translation>
        </message>
        <message>
            <source>A package came from a workstation that is not enrolled ({est}).
Its check code is:
{fp}

Type the check code printed on that workstation's enrolment sheet (the sheet calls it the fingerprint) to enrol it:</source>
            <translation>[Å pàçķàĝé çàmé fŕöm à ŵöŕķšţàţîöñ ţĥàţ îš ñöţ éñŕöļļéð ({est}).
Îţš çĥéçķ çöðé îš:
{fp}

Ţýpé ţĥé çĥéçķ çöðé pŕîñţéð öñ ţĥàţ ŵöŕķšţàţîöñ'š éñŕöļméñţ šĥééţ (ţĥé šĥééţ çàļļš îţ ţĥé fîñĝéŕpŕîñţ) ţö éñŕöļ îţ:···········································································]</translation>
        </message>
        <message>
            <source>Check code for the enrolment sheet: {fp}</source>
            <translation>[Çĥéçķ çöðé föŕ ţĥé éñŕöļméñţ šĥééţ: {fp} ············]</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>[Ļîñé]</translation>
        </message>
        <message>
            <source>Take in a transferred &amp;prisoner…</source>
            <translation>[Ţàķé îñ à ţŕàñšféŕŕéð &amp;pŕîšöñéŕ… ·········]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>[Ŕéçöŕð]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Véŕšîöñ]</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>[Ŕéçéîvéð ·]</translation>
        </message>
        <message>
            <source>&amp;Show prisoners of every establishment</source>
            <translation>[&amp;Sĥöŵ pŕîšöñéŕš öf évéŕý éšţàƀļîšĥméñţ ············]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>[Fàmîļý ñàmé ··]</translation>
        </message>
        <message>
            <source>Given names</source>
            <translation>[Ĝîvéñ ñàméš ··]</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>[Ɓîŕţĥ ýéàŕ ·]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>[Öƀšéŕvàţîöñš ··]</translation>
        </message>
        <message>
            <source>Last event</source>
            <translation>[Ļàšţ évéñţ ·]</translation>
        </message>
        <message>
            <source>Workstations</source>
            <translation>[Ŵöŕķšţàţîöñš ··]</translation>
        </message>
        <message>
            <source>Quarantine</source>
            <translation>[Qûàŕàñţîñé ·]</translation>
        </message>
        <message>
            <source>All prisoners</source>
            <translation>[Åļļ pŕîšöñéŕš ···]</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>[Ţŕàñšféŕš ·]</translation>
        </message>
        <message>
            <source>One person, two files</source>
            <translation>[Öñé péŕšöñ, ţŵö fîļéš ······]</translation>
        </message>
        <message>
            <source>Sync — central office</source>
            <translation>[Šýñç — çéñţŕàļ öffîçé ······]</translation>
        </message>
        <message>
            <source>Sync — export to the central office</source>
            <translation>[Šýñç — éxpöŕţ ţö ţĥé çéñţŕàļ öffîçé ···········]</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet (an administrator trusts it).</source>
            <translation>[Ñö çéñţŕàļ öffîçé çéŕţîfîçàţé îš ţŕûšţéð ýéţ (àñ àðmîñîšţŕàţöŕ ţŕûšţš îţ). ···························]</translation>
        </message>
        <message>
            <source>package {n}, {when}</source>
            <translation>[pàçķàĝé {n}, {when} ·]</translation>
        </message>
        <message>
            <source>never</source>
            <translation>[ñévéŕ]</translation>
        </message>
        <message>
            <source>{when} — OVERDUE</source>
            <translation>[{when} — ÖVÉŔÐÛÉ ·]</translation>
        </message>
        <message>
            <source>(no receipt after {days} days: {late})</source>
            <translation>[(ñö ŕéçéîpţ àfţéŕ {days} ðàýš: {late}) ········]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>delivered {when}</source>
            <translation>[ðéļîvéŕéð {when} ·]</translation>
        </message>
        <message>
            <source>awaiting receipt</source>
            <translation>[àŵàîţîñĝ ŕéçéîpţ ····]</translation>
        </message>
        <message>
            <source>(re-send)</source>
            <translation>[(ŕé-šéñð) ·]</translation>
        </message>
        <message>
            <source>Choose the USB stick or folder for the package</source>
            <translation>[Çĥööšé ţĥé ÛŠƁ šţîçķ öŕ föļðéŕ föŕ ţĥé pàçķàĝé ················]</translation>
        </message>
        <message>
            <source>Package {n} written: {path}</source>
            <translation>[Pàçķàĝé {n} ŵŕîţţéñ: {path} ·····]</translation>
        </message>
        <message>
            <source>{records} records and {audit} audit entries, encrypted to the central office.</source>
            <translation>[{records} ŕéçöŕðš àñð {audit} àûðîţ éñţŕîéš, éñçŕýpţéð ţö ţĥé çéñţŕàļ öffîçé. ······················]</translation>
        </message>
        <message>
            <source>More changes are waiting: export again.</source>
            <translation>[Möŕé çĥàñĝéš àŕé ŵàîţîñĝ: éxpöŕţ àĝàîñ. ·············]</translation>
        </message>
        <message>
            <source>Writing the export package</source>
            <translation>[Ŵŕîţîñĝ ţĥé éxpöŕţ pàçķàĝé ········]</translation>
        </message>
        <message>
            <source>Central office certificate</source>
            <translation>[Çéñţŕàļ öffîçé çéŕţîfîçàţé ········]</translation>
        </message>
        <message>
            <source>Certificates (*.json)</source>
            <translation>[Çéŕţîfîçàţéš (*.jšöñ) ······]</translation>
        </message>
        <message>
            <source>Export packages (*.age)</source>
            <translation>[Éxpöŕţ pàçķàĝéš (*.àĝé) ·······]</translation>
        </message>
        <message>
            <source>Receipts and bundles (*.tar)</source>
            <translation>[Ŕéçéîpţš àñð ƀûñðļéš (*.ţàŕ) ·········]</translation>
        </message>
        <message>
            <source>Files to import</source>
            <translation>[Fîļéš ţö împöŕţ ···]</translation>
        </message>
        <message>
            <source>Stopped: {count} file(s) were not imported.</source>
            <translation>[Šţöppéð: {count} fîļé(š) ŵéŕé ñöţ împöŕţéð. ············]</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>[Împöŕţîñĝ ·]</translation>
        </message>
        <message>
            <source>Folder with packages</source>
            <translation>[Föļðéŕ ŵîţĥ pàçķàĝéš ·····]</translation>
        </message>
        <message>
            <source>No export packages (*.age) in that folder.</source>
            <translation>[Ñö éxpöŕţ pàçķàĝéš (*.àĝé) îñ ţĥàţ föļðéŕ. ··············]</translation>
        </message>
        <message>
            <source>{file}: refused — it comes from a workstation that is not enrolled yet ({est}). An administrator enrols it after comparing its check code with that workstation's enrolment sheet.</source>
            <translation>[{file}: ŕéfûšéð — îţ çöméš fŕöm à ŵöŕķšţàţîöñ ţĥàţ îš ñöţ éñŕöļļéð ýéţ ({est}). Åñ àðmîñîšţŕàţöŕ éñŕöļš îţ àfţéŕ çömpàŕîñĝ îţš çĥéçķ çöðé ŵîţĥ ţĥàţ ŵöŕķšţàţîöñ'š éñŕöļméñţ šĥééţ. ································································]</translation>
        </message>
        <message>
            <source>{file}: refused — {reason}</source>
            <translation>[{file}: ŕéfûšéð — {reason} ··]</translation>
        </message>
        <message>
            <source>{file}: import FAILED — its audit log contradicts what this office already holds for the workstation.</source>
            <translation>[{file}: împöŕţ FÅÎĻÉÐ — îţš àûðîţ ļöĝ çöñţŕàðîçţš ŵĥàţ ţĥîš öffîçé àļŕéàðý ĥöļðš föŕ ţĥé ŵöŕķšţàţîöñ. ···································]</translation>
        </message>
        <message>
            <source>The check code typed for the previous package was refused: {why}</source>
            <translation>[Ţĥé çĥéçķ çöðé ţýpéð föŕ ţĥé pŕévîöûš pàçķàĝé ŵàš ŕéfûšéð: {why} ·····················]</translation>
        </message>
        <message>
            <source>Enrol a new workstation?</source>
            <translation>[Éñŕöļ à ñéŵ ŵöŕķšţàţîöñ? ·······]</translation>
        </message>
        <message>
            <source>Workstation enrolled.</source>
            <translation>[Ŵöŕķšţàţîöñ éñŕöļļéð. ······]</translation>
        </message>
        <message>
            <source>Folder for the receipt</source>
            <translation>[Föļðéŕ föŕ ţĥé ŕéçéîpţ ······]</translation>
        </message>
        <message>
            <source>Receipt written: {path}</source>
            <translation>[Ŕéçéîpţ ŵŕîţţéñ: {path} ····]</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>[Föļðéŕ föŕ ţĥé ƀûñðļé ······]</translation>
        </message>
        <message>
            <source>Reference bundle written: {path}</source>
            <translation>[Ŕéféŕéñçé ƀûñðļé ŵŕîţţéñ: {path} ········]</translation>
        </message>
        <message>
            <source>Save the certificate</source>
            <translation>[Šàvé ţĥé çéŕţîfîçàţé ·····]</translation>
        </message>
        <message>
            <source>Certificate written: {path}</source>
            <translation>[Çéŕţîfîçàţé ŵŕîţţéñ: {path} ······]</translation>
        </message>
    </context>
    <context>
        <name>TakeInDialog</name>
        <message>
            <source>Take in a transferred prisoner</source>
            <translation>[Ţàķé îñ à ţŕàñšféŕŕéð pŕîšöñéŕ ·········]</translation>
        </message>
        <message>
            <source>Choose the transfer bundle (radprev-transfer_….age) the central office sent. The prisoner's earlier records stay read-only, marked with the establishment that made them; new records continue the same file here.</source>
            <translation>[Çĥööšé ţĥé ţŕàñšféŕ ƀûñðļé (ŕàðpŕév-ţŕàñšféŕ_….àĝé) ţĥé çéñţŕàļ öffîçé šéñţ. Ţĥé pŕîšöñéŕ'š éàŕļîéŕ ŕéçöŕðš šţàý ŕéàð-öñļý, màŕķéð ŵîţĥ ţĥé éšţàƀļîšĥméñţ ţĥàţ màðé ţĥém; ñéŵ ŕéçöŕðš çöñţîñûé ţĥé šàmé fîļé ĥéŕé. ·················································································]</translation>
        </message>
        <message>
            <source>Transfer bundle</source>
            <translation>[Ţŕàñšféŕ ƀûñðļé ···]</translation>
        </message>
        <message>
            <source>Leave empty to keep the earlier number</source>
            <translation>[Ļéàvé émpţý ţö ķéép ţĥé éàŕļîéŕ ñûmƀéŕ ·············]</translation>
        </message>
        <message>
            <source>No unit yet</source>
            <translation>[Ñö ûñîţ ýéţ ··]</translation>
        </message>
        <message>
            <source>Transfer &amp;bundle:</source>
            <translation>[Ţŕàñšféŕ &amp;bûñðļé: ···]</translation>
        </message>
        <message>
            <source>&amp;Prison number here:</source>
            <translation>[&amp;Pŕîšöñ ñûmƀéŕ ĥéŕé: ·····]</translation>
        </message>
        <message>
            <source>&amp;Unit:</source>
            <translation>[&amp;Uñîţ:]</translation>
        </message>
        <message>
            <source>&amp;Take in</source>
            <translation>[&amp;Tàķé îñ]</translation>
        </message>
        <message>
            <source>Choose the transfer bundle.</source>
            <translation>[Çĥööšé ţĥé ţŕàñšféŕ ƀûñðļé. ········]</translation>
        </message>
    </context>
    <context>
        <name>TemplatesTab</name>
        <message>
            <source>Template</source>
            <translation>[Ţémpļàţé ·]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Véŕšîöñ]</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>[Ţîţļé]</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>[Ļàñĝûàĝéš ·]</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>[Împöŕţéð ·]</translation>
        </message>
        <message>
            <source>Offered to officers</source>
            <translation>[Öfféŕéð ţö öffîçéŕš ·····]</translation>
        </message>
        <message>
            <source>Checklist templates</source>
            <translation>[Çĥéçķļîšţ ţémpļàţéš ·····]</translation>
        </message>
        <message>
            <source>&amp;Import template from a file…</source>
            <translation>[&amp;Impöŕţ ţémpļàţé fŕöm à fîļé… ········]</translation>
        </message>
        <message>
            <source>Import template from a file</source>
            <translation>[Împöŕţ ţémpļàţé fŕöm à fîļé ········]</translation>
        </message>
        <message>
            <source>&amp;Offer this version to officers</source>
            <translation>[&amp;Offéŕ ţĥîš véŕšîöñ ţö öffîçéŕš ·········]</translation>
        </message>
        <message>
            <source>Offer this version to officers</source>
            <translation>[Öfféŕ ţĥîš véŕšîöñ ţö öffîçéŕš ·········]</translation>
        </message>
        <message>
            <source>Problems found in the template</source>
            <translation>[Pŕöƀļémš föûñð îñ ţĥé ţémpļàţé ·········]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>[ýéš]</translation>
        </message>
        <message>
            <source>Import a checklist template</source>
            <translation>[Împöŕţ à çĥéçķļîšţ ţémpļàţé ········]</translation>
        </message>
        <message>
            <source>Templates (*.json)</source>
            <translation>[Ţémpļàţéš (*.jšöñ) ·····]</translation>
        </message>
        <message>
            <source>The template was not imported. Problems found:</source>
            <translation>[Ţĥé ţémpļàţé ŵàš ñöţ împöŕţéð. Pŕöƀļémš föûñð: ················]</translation>
        </message>
        <message>
            <source>This template version is already stored; nothing changed.</source>
            <translation>[Ţĥîš ţémpļàţé véŕšîöñ îš àļŕéàðý šţöŕéð; ñöţĥîñĝ çĥàñĝéð. ····················]</translation>
        </message>
        <message>
            <source>Template {code} version {version} imported.</source>
            <translation>[Ţémpļàţé {code} véŕšîöñ {version} împöŕţéð. ·········]</translation>
        </message>
        <message>
            <source>Choose a template version in the list first.</source>
            <translation>[Çĥööšé à ţémpļàţé véŕšîöñ îñ ţĥé ļîšţ fîŕšţ. ···············]</translation>
        </message>
        <message>
            <source>Officers are now offered {code} version {version}.</source>
            <translation>[Öffîçéŕš àŕé ñöŵ öfféŕéð {code} véŕšîöñ {version}. ···········]</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>TRAINING — practice on synthetic scenarios. Nothing here is a real record.</source>
            <translation>[ŢŔÅÎÑÎÑĜ — pŕàçţîçé öñ šýñţĥéţîç šçéñàŕîöš. Ñöţĥîñĝ ĥéŕé îš à ŕéàļ ŕéçöŕð. ···························]</translation>
        </message>
        <message>
            <source>Training mode</source>
            <translation>[Ţŕàîñîñĝ möðé ···]</translation>
        </message>
        <message>
            <source>TRAINING — {title}</source>
            <translation>[ŢŔÅÎÑÎÑĜ — {title} ··]</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>[Pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ŵĥéŕé]</translation>
        </message>
        <message>
            <source>Your duty</source>
            <translation>[Ýöûŕ ðûţý ·]</translation>
        </message>
        <message>
            <source>When</source>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>Record what you saw and heard as you would on duty, then submit it.</source>
            <translation>[Ŕéçöŕð ŵĥàţ ýöû šàŵ àñð ĥéàŕð àš ýöû ŵöûļð öñ ðûţý, ţĥéñ šûƀmîţ îţ. ························]</translation>
        </message>
        <message>
            <source>Feedback on your answer only: no prisoner is ever scored.</source>
            <translation>[Fééðƀàçķ öñ ýöûŕ àñšŵéŕ öñļý: ñö pŕîšöñéŕ îš évéŕ šçöŕéð. ····················]</translation>
        </message>
        <message>
            <source>The observable facts</source>
            <translation>[Ţĥé öƀšéŕvàƀļé fàçţš ·····]</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš ········]</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Training</source>
            <extracomment>(exercise id, subject id): the main window opens the editor with the scenario beside it.</extracomment>
            <translation>[Ţŕàîñîñĝ ·]</translation>
        </message>
        <message>
            <source>&amp;Practise</source>
            <translation>[&amp;Pŕàçţîšé]</translation>
        </message>
        <message>
            <source>&amp;Trainees</source>
            <translation>[&amp;Tŕàîñééš]</translation>
        </message>
        <message>
            <source>Scenarios:</source>
            <translation>[Šçéñàŕîöš: ·]</translation>
        </message>
        <message>
            <source>Training scenarios</source>
            <translation>[Ţŕàîñîñĝ šçéñàŕîöš ·····]</translation>
        </message>
        <message>
            <source>&amp;Start this exercise</source>
            <translation>[&amp;Sţàŕţ ţĥîš éxéŕçîšé ·····]</translation>
        </message>
        <message>
            <source>What you will see and hear</source>
            <translation>[Ŵĥàţ ýöû ŵîļļ šéé àñð ĥéàŕ ········]</translation>
        </message>
        <message>
            <source>Your exercises:</source>
            <translation>[Ýöûŕ éxéŕçîšéš: ···]</translation>
        </message>
        <message>
            <source>Your exercises</source>
            <translation>[Ýöûŕ éxéŕçîšéš ···]</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>[Šçéñàŕîö ·]</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>[Šţàŕţéð]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Šţàţé]</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>[Ţö împŕövé ·]</translation>
        </message>
        <message>
            <source>&amp;Continue the exercise</source>
            <translation>[&amp;Cöñţîñûé ţĥé éxéŕçîšé ·····]</translation>
        </message>
        <message>
            <source>My training &amp;record…</source>
            <translation>[Mý ţŕàîñîñĝ &amp;réçöŕð… ·····]</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>[Ţŕàîñééš ·]</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>[Ţŕàîñéé]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çömpļéţéð ·]</translation>
        </message>
        <message>
            <source>Done well</source>
            <translation>[Ðöñé ŵéļļ ·]</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>[Ļàšţ àçţîvîţý ···]</translation>
        </message>
        <message>
            <source>Training &amp;record…</source>
            <translation>[Ţŕàîñîñĝ &amp;réçöŕð… ···]</translation>
        </message>
        <message>
            <source>The trainee's exercises</source>
            <translation>[Ţĥé ţŕàîñéé'š éxéŕçîšéš ·······]</translation>
        </message>
        <message>
            <source>Common mistakes</source>
            <translation>[Çömmöñ mîšţàķéš ···]</translation>
        </message>
        <message>
            <source>E&amp;xercises</source>
            <translation>[É&amp;xéŕçîšéš ·]</translation>
        </message>
        <message>
            <source>Common mista&amp;kes</source>
            <translation>[Çömmöñ mîšţà&amp;kéš ···]</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>[çömpļéţéð ·]</translation>
        </message>
        <message>
            <source>open</source>
            <translation>[öpéñ]</translation>
        </message>
        <message>
            <source>No mistake so far.</source>
            <translation>[Ñö mîšţàķé šö fàŕ. ·····]</translation>
        </message>
    </context>
    <context>
        <name>TrainingRecordDialog</name>
        <message>
            <source>Save an unencrypted PDF?</source>
            <translation>[Šàvé àñ ûñéñçŕýpţéð PÐF? ·······]</translation>
        </message>
        <message>
            <source>The PDF file will NOT be encrypted. The save is recorded in the audit log.</source>
            <translation>[Ţĥé PÐF fîļé ŵîļļ ÑÖŢ ƀé éñçŕýpţéð. Ţĥé šàvé îš ŕéçöŕðéð îñ ţĥé àûðîţ ļöĝ. ···························]</translation>
        </message>
        <message>
            <source>Save the training record</source>
            <translation>[Šàvé ţĥé ţŕàîñîñĝ ŕéçöŕð ·······]</translation>
        </message>
        <message>
            <source>Saved {name}</source>
            <translation>[Šàvéð {name}]</translation>
        </message>
    </context>
    <context>
        <name>TrainingSetupDialog</name>
        <message>
            <source>Create the training database</source>
            <translation>[Çŕéàţé ţĥé ţŕàîñîñĝ ðàţàƀàšé ·········]</translation>
        </message>
        <message>
            <source>Practice happens in a training database of its own, in {folder}: never in the real one, never exported, and every page it prints says TRAINING — NOT A REAL RECORD. You become its administrator: add the trainees (role officer) and a trainer on the Administration page.</source>
            <translation>[Pŕàçţîçé ĥàppéñš îñ à ţŕàîñîñĝ ðàţàƀàšé öf îţš öŵñ, îñ {folder}: ñévéŕ îñ ţĥé ŕéàļ öñé, ñévéŕ éxpöŕţéð, àñð évéŕý pàĝé îţ pŕîñţš šàýš ŢŔÅÎÑÎÑĜ — ÑÖŢ Å ŔÉÅĻ ŔÉÇÖŔÐ. Ýöû ƀéçömé îţš àðmîñîšţŕàţöŕ: àðð ţĥé ţŕàîñééš (ŕöļé öffîçéŕ) àñð à ţŕàîñéŕ öñ ţĥé Åðmîñîšţŕàţîöñ pàĝé. ·····································································································]</translation>
        </message>
        <message>
            <source>Administrator's username</source>
            <translation>[Åðmîñîšţŕàţöŕ'š ûšéŕñàmé ·······]</translation>
        </message>
        <message>
            <source>Administrator's full name</source>
            <translation>[Åðmîñîšţŕàţöŕ'š fûļļ ñàmé ·······]</translation>
        </message>
        <message>
            <source>&amp;Username:</source>
            <translation>[&amp;Ušéŕñàmé: ·]</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>[&amp;Fûļļ ñàmé: ·]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>[Ţŕàîñîñĝ ·]</translation>
        </message>
        <message>
            <source>Training wing</source>
            <translation>[Ţŕàîñîñĝ ŵîñĝ ···]</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>[Ŕéçövéŕý çöðé ···]</translation>
        </message>
        <message>
            <source>The training database is ready. Its recovery code (shown once; keep it with the trainer's papers):

{code}</source>
            <translation>[Ţĥé ţŕàîñîñĝ ðàţàƀàšé îš ŕéàðý. Îţš ŕéçövéŕý çöðé (šĥöŵñ öñçé; ķéép îţ ŵîţĥ ţĥé ţŕàîñéŕ'š pàpéŕš):

{code}······································]</translation>
        </message>
    </context>
    <context>
        <name>TrainingShell</name>
        <message>
            <source>Scenario</source>
            <translation>[Šçéñàŕîö ·]</translation>
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Record a transfer</source>
            <translation>[Ŕéçöŕð à ţŕàñšféŕ ····]</translation>
        </message>
        <message>
            <source>{name} leaves {here}. The transfer travels in the next export; the central office then sends the file to the receiving establishment.</source>
            <translation>[{name} ļéàvéš {here}. Ţĥé ţŕàñšféŕ ţŕàvéļš îñ ţĥé ñéxţ éxpöŕţ; ţĥé çéñţŕàļ öffîçé ţĥéñ šéñðš ţĥé fîļé ţö ţĥé ŕéçéîvîñĝ éšţàƀļîšĥméñţ. ··············································]</translation>
        </message>
        <message>
            <source>&amp;To establishment (code):</source>
            <translation>[&amp;Tö éšţàƀļîšĥméñţ (çöðé): ·······]</translation>
        </message>
        <message>
            <source>&amp;Date of the move:</source>
            <translation>[&amp;Dàţé öf ţĥé mövé: ····]</translation>
        </message>
        <message>
            <source>&amp;Note (optional):</source>
            <translation>[&amp;Nöţé (öpţîöñàļ): ···]</translation>
        </message>
        <message>
            <source>&amp;Record transfer</source>
            <translation>[&amp;Réçöŕð ţŕàñšféŕ ···]</translation>
        </message>
    </context>
    <context>
        <name>TransfersTab</name>
        <message>
            <source>Record &amp;transfer…</source>
            <translation>[Ŕéçöŕð &amp;tŕàñšféŕ… ···]</translation>
        </message>
        <message>
            <source>Release &amp;handover…</source>
            <translation>[Ŕéļéàšé &amp;hàñðövéŕ… ····]</translation>
        </message>
        <message>
            <source>Transfers and handovers</source>
            <translation>[Ţŕàñšféŕš àñð ĥàñðövéŕš ·······]</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>[Ţŕàñšféŕš ·]</translation>
        </message>
        <message>
            <source>{day}: from {src} to {dst}</source>
            <translation>[{day}: fŕöm {src} ţö {dst} ··]</translation>
        </message>
        <message>
            <source>No transfer recorded.</source>
            <translation>[Ñö ţŕàñšféŕ ŕéçöŕðéð. ······]</translation>
        </message>
        <message>
            <source>Known as: {numbers}</source>
            <translation>[Ķñöŵñ àš: {numbers} ·]</translation>
        </message>
        <message>
            <source>Release handovers</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕš ····]</translation>
        </message>
        <message>
            <source>{at}: to {who} (document {doc})</source>
            <translation>[{at}: ţö {who} (ðöçûméñţ {doc}) ····]</translation>
        </message>
        <message>
            <source>Handover written: {pdf} and {package}</source>
            <translation>[Ĥàñðövéŕ ŵŕîţţéñ: {pdf} àñð {package} ·······]</translation>
        </message>
    </context>
    <context>
        <name>TransfersToIssuePanel</name>
        <message>
            <source>&amp;Issue transfer bundle…</source>
            <translation>[&amp;Iššûé ţŕàñšféŕ ƀûñðļé… ······]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðàţé]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Fŕöm]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ţö]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Receiving workstations</source>
            <translation>[Ŕéçéîvîñĝ ŵöŕķšţàţîöñš ······]</translation>
        </message>
        <message>
            <source>Transfers awaiting a bundle</source>
            <translation>[Ţŕàñšféŕš àŵàîţîñĝ à ƀûñðļé ········]</translation>
        </message>
        <message>
            <source>Folder for the bundle</source>
            <translation>[Föļðéŕ föŕ ţĥé ƀûñðļé ······]</translation>
        </message>
        <message>
            <source>Bundle {file} written for {est} ({n} records).</source>
            <translation>[Ɓûñðļé {file} ŵŕîţţéñ föŕ {est} ({n} ŕéçöŕðš). ··········]</translation>
        </message>
    </context>
    <context>
        <name>TrustDialog</name>
        <message>
            <source>Trust the central office certificate</source>
            <translation>[Ţŕûšţ ţĥé çéñţŕàļ öffîçé çéŕţîfîçàţé ············]</translation>
        </message>
        <message>
            <source>Central office: {est}. Type the check code printed on the enrolment sheet (the sheet calls it the fingerprint). Each group of four turns green when it matches the certificate.</source>
            <translation>[Çéñţŕàļ öffîçé: {est}. Ţýpé ţĥé çĥéçķ çöðé pŕîñţéð öñ ţĥé éñŕöļméñţ šĥééţ (ţĥé šĥééţ çàļļš îţ ţĥé fîñĝéŕpŕîñţ). Éàçĥ ĝŕöûp öf föûŕ ţûŕñš ĝŕééñ ŵĥéñ îţ màţçĥéš ţĥé çéŕţîfîçàţé. ·································································]</translation>
        </message>
        <message>
            <source>Check code of the certificate</source>
            <translation>[Çĥéçķ çöðé öf ţĥé çéŕţîfîçàţé ·········]</translation>
        </message>
        <message>
            <source>Check code from the enrolment sheet</source>
            <translation>[Çĥéçķ çöðé fŕöm ţĥé éñŕöļméñţ šĥééţ ···········]</translation>
        </message>
        <message>
            <source>The check codes match.</source>
            <translation>[Ţĥé çĥéçķ çöðéš màţçĥ. ······]</translation>
        </message>
        <message>
            <source>The check codes do NOT match. Do not trust this certificate.</source>
            <translation>[Ţĥé çĥéçķ çöðéš ðö ÑÖŢ màţçĥ. Ðö ñöţ ţŕûšţ ţĥîš çéŕţîfîçàţé. ·····················]</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Username</source>
            <translation>[Ûšéŕñàmé ·]</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>[Fûļļ ñàmé ·]</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>[Ŕöļéš]</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>[Ûñîţš]</translation>
        </message>
        <message>
            <source>State</source>
            <translation>[Šţàţé]</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>[Åççöûñţš ·]</translation>
        </message>
        <message>
            <source>&amp;Add account…</source>
            <translation>[&amp;Aðð àççöûñţ… ··]</translation>
        </message>
        <message>
            <source>&amp;Reset password…</source>
            <translation>[&amp;Réšéţ pàššŵöŕð… ···]</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>[&amp;Dîšàƀļé]</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>[&amp;Eñàƀļé]</translation>
        </message>
        <message>
            <source>Re&amp;move…</source>
            <translation>[Ŕé&amp;mövé…]</translation>
        </message>
        <message>
            <source>Un&amp;its and access…</source>
            <translation>[Ûñ&amp;iţš àñð àççéšš… ····]</translation>
        </message>
        <message>
            <source>Removing or disabling an account deletes its password and ends its open sessions on every computer at once; the central store has no key to change.</source>
            <translation>[Ŕémövîñĝ öŕ ðîšàƀļîñĝ àñ àççöûñţ ðéļéţéš îţš pàššŵöŕð àñð éñðš îţš öpéñ šéššîöñš öñ évéŕý çömpûţéŕ àţ öñçé; ţĥé çéñţŕàļ šţöŕé ĥàš ñö ķéý ţö çĥàñĝé. ························································]</translation>
        </message>
        <message>
            <source>Removing an account re-encrypts the whole database under a new key, so the removed password opens nothing. It may take a while; the window stays usable.</source>
            <translation>[Ŕémövîñĝ àñ àççöûñţ ŕé-éñçŕýpţš ţĥé ŵĥöļé ðàţàƀàšé ûñðéŕ à ñéŵ ķéý, šö ţĥé ŕémövéð pàššŵöŕð öpéñš ñöţĥîñĝ. Îţ màý ţàķé à ŵĥîļé; ţĥé ŵîñðöŵ šţàýš ûšàƀļé. ··························································]</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>[Éšţàƀļîšĥméñţš ···]</translation>
        </message>
        <message>
            <source>E&amp;stablishments and access…</source>
            <translation>[É&amp;sţàƀļîšĥméñţš àñð àççéšš… ·······]</translation>
        </message>
        <message>
            <source>whole establishment</source>
            <translation>[ŵĥöļé éšţàƀļîšĥméñţ ·····]</translation>
        </message>
        <message>
            <source>The account's access was saved.</source>
            <translation>[Ţĥé àççöûñţ'š àççéšš ŵàš šàvéð. ··········]</translation>
        </message>
        <message>
            <source>Disabling {user}</source>
            <translation>[Ðîšàƀļîñĝ {user} ·]</translation>
        </message>
        <message>
            <source>Account {user} disabled; their open sessions were ended.</source>
            <translation>[Åççöûñţ {user} ðîšàƀļéð; ţĥéîŕ öpéñ šéššîöñš ŵéŕé éñðéð. ·················]</translation>
        </message>
        <message>
            <source>Disabling {user} and re-encrypting the database</source>
            <translation>[Ðîšàƀļîñĝ {user} àñð ŕé-éñçŕýpţîñĝ ţĥé ðàţàƀàšé ··············]</translation>
        </message>
        <message>
            <source>Account {user} disabled; the database has a new key.</source>
            <translation>[Åççöûñţ {user} ðîšàƀļéð; ţĥé ðàţàƀàšé ĥàš à ñéŵ ķéý. ················]</translation>
        </message>
        <message>
            <source>Remove the account {user}? Its key is deleted and the whole database is re-encrypted under a new key. This cannot be undone.</source>
            <translation>[Ŕémövé ţĥé àççöûñţ {user}? Îţš ķéý îš ðéļéţéð àñð ţĥé ŵĥöļé ðàţàƀàšé îš ŕé-éñçŕýpţéð ûñðéŕ à ñéŵ ķéý. Ţĥîš çàññöţ ƀé ûñðöñé. ·············································]</translation>
        </message>
        <message>
            <source>Removing {user} and re-encrypting the database</source>
            <translation>[Ŕémövîñĝ {user} àñð ŕé-éñçŕýpţîñĝ ţĥé ðàţàƀàšé ·············]</translation>
        </message>
        <message>
            <source>Account {user} removed; the database has a new key.</source>
            <translation>[Åççöûñţ {user} ŕémövéð; ţĥé ðàţàƀàšé ĥàš à ñéŵ ķéý. ···············]</translation>
        </message>
        <message>
            <source>Remove the account {user}? Its password stops working at once and its open sessions are ended. This cannot be undone.</source>
            <translation>[Ŕémövé ţĥé àççöûñţ {user}? Îţš pàššŵöŕð šţöpš ŵöŕķîñĝ àţ öñçé àñð îţš öpéñ šéššîöñš àŕé éñðéð. Ţĥîš çàññöţ ƀé ûñðöñé. ··········································]</translation>
        </message>
        <message>
            <source>Removing {user}</source>
            <translation>[Ŕémövîñĝ {user} ·]</translation>
        </message>
        <message>
            <source>Account {user} removed; their open sessions were ended.</source>
            <translation>[Åççöûñţ {user} ŕémövéð; ţĥéîŕ öpéñ šéššîöñš ŵéŕé éñðéð. ·················]</translation>
        </message>
        <message>
            <source>active</source>
            <translation>[àçţîvé]</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>[ðîšàƀļéð ·]</translation>
        </message>
        <message>
            <source>must change password</source>
            <translation>[mûšţ çĥàñĝé pàššŵöŕð ·····]</translation>
        </message>
        <message>
            <source>Choose an account in the list first.</source>
            <translation>[Çĥööšé àñ àççöûñţ îñ ţĥé ļîšţ fîŕšţ. ············]</translation>
        </message>
        <message>
            <source>Account {user} added.</source>
            <translation>[Åççöûñţ {user} àððéð. ···]</translation>
        </message>
        <message>
            <source>The password was reset.</source>
            <translation>[Ţĥé pàššŵöŕð ŵàš ŕéšéţ. ·······]</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>[Ŕémövé àççöûñţ ···]</translation>
        </message>
    </context>
    <context>
        <name>WorkerJob</name>
        <message>
            <source>Cancel</source>
            <translation>[Çàñçéļ]</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>[Šţöppîñĝ… ·]</translation>
        </message>
    </context>
    <context>
        <name>WorkerRunner</name>
        <message>
            <source>Working…</source>
            <translation>[Ŵöŕķîñĝ… ·]</translation>
        </message>
    </context>
    <context>
        <name>_FileField</name>
        <message>
            <source>Choose…</source>
            <translation>[Çĥööšé…]</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>logged in</source>
            <translation>[ļöĝĝéð îñ ·]</translation>
        </message>
        <message>
            <source>logged out</source>
            <translation>[ļöĝĝéð öûţ ·]</translation>
        </message>
        <message>
            <source>locked the screen</source>
            <translation>[ļöçķéð ţĥé šçŕééñ ····]</translation>
        </message>
        <message>
            <source>ended the recovery session</source>
            <translation>[éñðéð ţĥé ŕéçövéŕý šéššîöñ ········]</translation>
        </message>
        <message>
            <source>was told of failed login attempts</source>
            <translation>[ŵàš ţöļð öf fàîļéð ļöĝîñ àţţémpţš ···········]</translation>
        </message>
        <message>
            <source>tried to log in with an unknown username</source>
            <translation>[ţŕîéð ţö ļöĝ îñ ŵîţĥ àñ ûñķñöŵñ ûšéŕñàmé ·············]</translation>
        </message>
        <message>
            <source>changed their password</source>
            <translation>[çĥàñĝéð ţĥéîŕ pàššŵöŕð ······]</translation>
        </message>
        <message>
            <source>reset a colleague's password</source>
            <translation>[ŕéšéţ à çöļļéàĝûé'š pàššŵöŕð ·········]</translation>
        </message>
        <message>
            <source>used the recovery code</source>
            <translation>[ûšéð ţĥé ŕéçövéŕý çöðé ······]</translation>
        </message>
        <message>
            <source>added an account</source>
            <translation>[àððéð àñ àççöûñţ ····]</translation>
        </message>
        <message>
            <source>changed an account</source>
            <translation>[çĥàñĝéð àñ àççöûñţ ·····]</translation>
        </message>
        <message>
            <source>disabled an account</source>
            <translation>[ðîšàƀļéð àñ àççöûñţ ·····]</translation>
        </message>
        <message>
            <source>enabled an account</source>
            <translation>[éñàƀļéð àñ àççöûñţ ·····]</translation>
        </message>
        <message>
            <source>removed an account</source>
            <translation>[ŕémövéð àñ àççöûñţ ·····]</translation>
        </message>
        <message>
            <source>created the encrypted database</source>
            <translation>[çŕéàţéð ţĥé éñçŕýpţéð ðàţàƀàšé ·········]</translation>
        </message>
        <message>
            <source>gave the encrypted database a new key</source>
            <translation>[ĝàvé ţĥé éñçŕýpţéð ðàţàƀàšé à ñéŵ ķéý ············]</translation>
        </message>
        <message>
            <source>restored the database from a backup</source>
            <translation>[ŕéšţöŕéð ţĥé ðàţàƀàšé fŕöm à ƀàçķûp ···········]</translation>
        </message>
        <message>
            <source>made a backup</source>
            <translation>[màðé à ƀàçķûp ···]</translation>
        </message>
        <message>
            <source>checked the database</source>
            <translation>[çĥéçķéð ţĥé ðàţàƀàšé ·····]</translation>
        </message>
        <message>
            <source>changed the settings</source>
            <translation>[çĥàñĝéð ţĥé šéţţîñĝš ·····]</translation>
        </message>
        <message>
            <source>imported a checklist template</source>
            <translation>[împöŕţéð à çĥéçķļîšţ ţémpļàţé ·········]</translation>
        </message>
        <message>
            <source>offered a checklist template version to officers</source>
            <translation>[öfféŕéð à çĥéçķļîšţ ţémpļàţé véŕšîöñ ţö öffîçéŕš ·················]</translation>
        </message>
        <message>
            <source>added a prisoner</source>
            <translation>[àððéð à pŕîšöñéŕ ····]</translation>
        </message>
        <message>
            <source>changed a prisoner's details</source>
            <translation>[çĥàñĝéð à pŕîšöñéŕ'š ðéţàîļš ·········]</translation>
        </message>
        <message>
            <source>opened a prisoner's file</source>
            <translation>[öpéñéð à pŕîšöñéŕ'š fîļé ·······]</translation>
        </message>
        <message>
            <source>opened a prisoner's details (no observation)</source>
            <translation>[öpéñéð à pŕîšöñéŕ'š ðéţàîļš (ñö öƀšéŕvàţîöñ) ···············]</translation>
        </message>
        <message>
            <source>erased a prisoner's file</source>
            <translation>[éŕàšéð à pŕîšöñéŕ'š fîļé ·······]</translation>
        </message>
        <message>
            <source>erased a rejected report past its retention period</source>
            <translation>[éŕàšéð à ŕéjéçţéð ŕépöŕţ pàšţ îţš ŕéţéñţîöñ péŕîöð ·················]</translation>
        </message>
        <message>
            <source>restricted processing of a file</source>
            <translation>[ŕéšţŕîçţéð pŕöçéššîñĝ öf à fîļé ··········]</translation>
        </message>
        <message>
            <source>lifted the restriction of a file</source>
            <translation>[ļîfţéð ţĥé ŕéšţŕîçţîöñ öf à fîļé ··········]</translation>
        </message>
        <message>
            <source>recorded a rectification request or a dispute</source>
            <translation>[ŕéçöŕðéð à ŕéçţîfîçàţîöñ ŕéqûéšţ öŕ à ðîšpûţé ···············]</translation>
        </message>
        <message>
            <source>decided a rectification request or a dispute</source>
            <translation>[ðéçîðéð à ŕéçţîfîçàţîöñ ŕéqûéšţ öŕ à ðîšpûţé ···············]</translation>
        </message>
        <message>
            <source>exported a person's data for their access request</source>
            <translation>[éxpöŕţéð à péŕšöñ'š ðàţà föŕ ţĥéîŕ àççéšš ŕéqûéšţ ·················]</translation>
        </message>
        <message>
            <source>asked a data-protection question of the audit log</source>
            <translation>[àšķéð à ðàţà-pŕöţéçţîöñ qûéšţîöñ öf ţĥé àûðîţ ļöĝ ·················]</translation>
        </message>
        <message>
            <source>decided to keep a file after its review</source>
            <translation>[ðéçîðéð ţö ķéép à fîļé àfţéŕ îţš ŕévîéŵ ·············]</translation>
        </message>
        <message>
            <source>anonymised a prisoner's file</source>
            <translation>[àñöñýmîšéð à pŕîšöñéŕ'š fîļé ·········]</translation>
        </message>
        <message>
            <source>started an observation</source>
            <translation>[šţàŕţéð àñ öƀšéŕvàţîöñ ······]</translation>
        </message>
        <message>
            <source>changed a draft observation</source>
            <translation>[çĥàñĝéð à ðŕàfţ öƀšéŕvàţîöñ ········]</translation>
        </message>
        <message>
            <source>discarded a draft observation</source>
            <translation>[ðîšçàŕðéð à ðŕàfţ öƀšéŕvàţîöñ ·········]</translation>
        </message>
        <message>
            <source>submitted an observation</source>
            <translation>[šûƀmîţţéð àñ öƀšéŕvàţîöñ ·······]</translation>
        </message>
        <message>
            <source>corrected an observation</source>
            <translation>[çöŕŕéçţéð àñ öƀšéŕvàţîöñ ·······]</translation>
        </message>
        <message>
            <source>changed an observation's classification</source>
            <translation>[çĥàñĝéð àñ öƀšéŕvàţîöñ'š çļàššîfîçàţîöñ ·············]</translation>
        </message>
        <message>
            <source>read an observation to review it</source>
            <translation>[ŕéàð àñ öƀšéŕvàţîöñ ţö ŕévîéŵ îţ ··········]</translation>
        </message>
        <message>
            <source>reviewed an observation</source>
            <translation>[ŕévîéŵéð àñ öƀšéŕvàţîöñ ·······]</translation>
        </message>
        <message>
            <source>read who told an officer (restricted)</source>
            <translation>[ŕéàð ŵĥö ţöļð àñ öffîçéŕ (ŕéšţŕîçţéð) ············]</translation>
        </message>
        <message>
            <source>started a checklist</source>
            <translation>[šţàŕţéð à çĥéçķļîšţ ·····]</translation>
        </message>
        <message>
            <source>opened a checklist</source>
            <translation>[öpéñéð à çĥéçķļîšţ ·····]</translation>
        </message>
        <message>
            <source>saved checklist answers</source>
            <translation>[šàvéð çĥéçķļîšţ àñšŵéŕš ·······]</translation>
        </message>
        <message>
            <source>completed a checklist</source>
            <translation>[çömpļéţéð à çĥéçķļîšţ ······]</translation>
        </message>
        <message>
            <source>corrected a checklist</source>
            <translation>[çöŕŕéçţéð à çĥéçķļîšţ ······]</translation>
        </message>
        <message>
            <source>discarded an empty checklist</source>
            <translation>[ðîšçàŕðéð àñ émpţý çĥéçķļîšţ ·········]</translation>
        </message>
        <message>
            <source>listed a prisoner's checklists</source>
            <translation>[ļîšţéð à pŕîšöñéŕ'š çĥéçķļîšţš ·········]</translation>
        </message>
        <message>
            <source>listed a prisoner's referrals</source>
            <translation>[ļîšţéð à pŕîšöñéŕ'š ŕéféŕŕàļš ·········]</translation>
        </message>
        <message>
            <source>listed a prisoner's transfers</source>
            <translation>[ļîšţéð à pŕîšöñéŕ'š ţŕàñšféŕš ·········]</translation>
        </message>
        <message>
            <source>listed the transfers awaiting a bundle</source>
            <translation>[ļîšţéð ţĥé ţŕàñšféŕš àŵàîţîñĝ à ƀûñðļé ·············]</translation>
        </message>
        <message>
            <source>made a report</source>
            <translation>[màðé à ŕépöŕţ ···]</translation>
        </message>
        <message>
            <source>looked at a report on screen</source>
            <translation>[ļööķéð àţ à ŕépöŕţ öñ šçŕééñ ·········]</translation>
        </message>
        <message>
            <source>printed a report</source>
            <translation>[pŕîñţéð à ŕépöŕţ ····]</translation>
        </message>
        <message>
            <source>saved a report as an unencrypted PDF</source>
            <translation>[šàvéð à ŕépöŕţ àš àñ ûñéñçŕýpţéð PÐF ············]</translation>
        </message>
        <message>
            <source>read the audit log</source>
            <translation>[ŕéàð ţĥé àûðîţ ļöĝ ·····]</translation>
        </message>
        <message>
            <source>exported the audit log</source>
            <translation>[éxpöŕţéð ţĥé àûðîţ ļöĝ ······]</translation>
        </message>
        <message>
            <source>verified the audit log</source>
            <translation>[véŕîfîéð ţĥé àûðîţ ļöĝ ······]</translation>
        </message>
        <message>
            <source>wrote an export package</source>
            <translation>[ŵŕöţé àñ éxpöŕţ pàçķàĝé ·······]</translation>
        </message>
        <message>
            <source>imported a receipt</source>
            <translation>[împöŕţéð à ŕéçéîpţ ·····]</translation>
        </message>
        <message>
            <source>wrote a receipt</source>
            <translation>[ŵŕöţé à ŕéçéîpţ ···]</translation>
        </message>
        <message>
            <source>imported a reference bundle</source>
            <translation>[împöŕţéð à ŕéféŕéñçé ƀûñðļé ········]</translation>
        </message>
        <message>
            <source>wrote a reference bundle</source>
            <translation>[ŵŕöţé à ŕéféŕéñçé ƀûñðļé ·······]</translation>
        </message>
        <message>
            <source>imported an export package</source>
            <translation>[împöŕţéð àñ éxpöŕţ pàçķàĝé ········]</translation>
        </message>
        <message>
            <source>refused a package</source>
            <translation>[ŕéfûšéð à pàçķàĝé ····]</translation>
        </message>
        <message>
            <source>could not import a package</source>
            <translation>[çöûļð ñöţ împöŕţ à pàçķàĝé ········]</translation>
        </message>
        <message>
            <source>trusted the central office certificate</source>
            <translation>[ţŕûšţéð ţĥé çéñţŕàļ öffîçé çéŕţîfîçàţé ·············]</translation>
        </message>
        <message>
            <source>created the central office keys</source>
            <translation>[çŕéàţéð ţĥé çéñţŕàļ öffîçé ķéýš ··········]</translation>
        </message>
        <message>
            <source>wrote the central office certificate</source>
            <translation>[ŵŕöţé ţĥé çéñţŕàļ öffîçé çéŕţîfîçàţé ············]</translation>
        </message>
        <message>
            <source>set who receives the central backups</source>
            <translation>[šéţ ŵĥö ŕéçéîvéš ţĥé çéñţŕàļ ƀàçķûpš ············]</translation>
        </message>
        <message>
            <source>enrolled a workstation</source>
            <translation>[éñŕöļļéð à ŵöŕķšţàţîöñ ······]</translation>
        </message>
        <message>
            <source>resolved a sync conflict</source>
            <translation>[ŕéšöļvéð à šýñç çöñfļîçţ ·······]</translation>
        </message>
        <message>
            <source>looked at a sync conflict</source>
            <translation>[ļööķéð àţ à šýñç çöñfļîçţ ·······]</translation>
        </message>
        <message>
            <source>looked at prisoners of every establishment</source>
            <translation>[ļööķéð àţ pŕîšöñéŕš öf évéŕý éšţàƀļîšĥméñţ ··············]</translation>
        </message>
        <message>
            <source>generated demonstration data</source>
            <translation>[ĝéñéŕàţéð ðémöñšţŕàţîöñ ðàţà ·········]</translation>
        </message>
        <message>
            <source>granted access to a whole establishment</source>
            <translation>[ĝŕàñţéð àççéšš ţö à ŵĥöļé éšţàƀļîšĥméñţ ·············]</translation>
        </message>
        <message>
            <source>withdrew access to a whole establishment</source>
            <translation>[ŵîţĥðŕéŵ àççéšš ţö à ŵĥöļé éšţàƀļîšĥméñţ ·············]</translation>
        </message>
        <message>
            <source>found the audit log cut short or altered</source>
            <translation>[föûñð ţĥé àûðîţ ļöĝ çûţ šĥöŕţ öŕ àļţéŕéð ·············]</translation>
        </message>
        <message>
            <source>deleted backups that removed accounts could open</source>
            <translation>[ðéļéţéð ƀàçķûpš ţĥàţ ŕémövéð àççöûñţš çöûļð öpéñ ·················]</translation>
        </message>
        <message>
            <source>looked at the dashboard</source>
            <translation>[ļööķéð àţ ţĥé ðàšĥƀöàŕð ·······]</translation>
        </message>
        <message>
            <source>made a release handover for the probation service</source>
            <translation>[màðé à ŕéļéàšé ĥàñðövéŕ föŕ ţĥé pŕöƀàţîöñ šéŕvîçé ·················]</translation>
        </message>
        <message>
            <source>looked at suggested links between files</source>
            <translation>[ļööķéð àţ šûĝĝéšţéð ļîñķš ƀéţŵééñ fîļéš ·············]</translation>
        </message>
        <message>
            <source>read an observation's earlier versions</source>
            <translation>[ŕéàð àñ öƀšéŕvàţîöñ'š éàŕļîéŕ véŕšîöñš ·············]</translation>
        </message>
        <message>
            <source>read an observation</source>
            <translation>[ŕéàð àñ öƀšéŕvàţîöñ ·····]</translation>
        </message>
        <message>
            <source>listed observations</source>
            <translation>[ļîšţéð öƀšéŕvàţîöñš ·····]</translation>
        </message>
        <message>
            <source>referred a prisoner to a programme</source>
            <translation>[ŕéféŕŕéð à pŕîšöñéŕ ţö à pŕöĝŕàmmé ···········]</translation>
        </message>
        <message>
            <source>changed a programme referral</source>
            <translation>[çĥàñĝéð à pŕöĝŕàmmé ŕéféŕŕàļ ·········]</translation>
        </message>
        <message>
            <source>looked at the observations waiting for review</source>
            <translation>[ļööķéð àţ ţĥé öƀšéŕvàţîöñš ŵàîţîñĝ föŕ ŕévîéŵ ···············]</translation>
        </message>
        <message>
            <source>searched the records</source>
            <translation>[šéàŕçĥéð ţĥé ŕéçöŕðš ·····]</translation>
        </message>
        <message>
            <source>linked two files as the same person</source>
            <translation>[ļîñķéð ţŵö fîļéš àš ţĥé šàmé péŕšöñ ···········]</translation>
        </message>
        <message>
            <source>decided two files are different people</source>
            <translation>[ðéçîðéð ţŵö fîļéš àŕé ðîfféŕéñţ péöpļé ·············]</translation>
        </message>
        <message>
            <source>undid a link between two files</source>
            <translation>[ûñðîð à ļîñķ ƀéţŵééñ ţŵö fîļéš ·········]</translation>
        </message>
        <message>
            <source>looked for possible duplicates of a new prisoner</source>
            <translation>[ļööķéð föŕ pöššîƀļé ðûpļîçàţéš öf à ñéŵ pŕîšöñéŕ ·················]</translation>
        </message>
        <message>
            <source>listed prisoners</source>
            <translation>[ļîšţéð pŕîšöñéŕš ····]</translation>
        </message>
        <message>
            <source>searched for prisoners</source>
            <translation>[šéàŕçĥéð föŕ pŕîšöñéŕš ······]</translation>
        </message>
        <message>
            <source>completed a training exercise</source>
            <translation>[çömpļéţéð à ţŕàîñîñĝ éxéŕçîšé ·········]</translation>
        </message>
        <message>
            <source>started a training exercise</source>
            <translation>[šţàŕţéð à ţŕàîñîñĝ éxéŕçîšé ········]</translation>
        </message>
        <message>
            <source>prepared a practice database</source>
            <translation>[pŕépàŕéð à pŕàçţîçé ðàţàƀàšé ·········]</translation>
        </message>
        <message>
            <source>issued a transfer bundle to another establishment</source>
            <translation>[îššûéð à ţŕàñšféŕ ƀûñðļé ţö àñöţĥéŕ éšţàƀļîšĥméñţ ·················]</translation>
        </message>
        <message>
            <source>created the key for transfers</source>
            <translation>[çŕéàţéð ţĥé ķéý föŕ ţŕàñšféŕš ·········]</translation>
        </message>
        <message>
            <source>took in a prisoner from another establishment</source>
            <translation>[ţööķ îñ à pŕîšöñéŕ fŕöm àñöţĥéŕ éšţàƀļîšĥméñţ ···············]</translation>
        </message>
        <message>
            <source>recorded a prisoner's transfer</source>
            <translation>[ŕéçöŕðéð à pŕîšöñéŕ'š ţŕàñšféŕ ·········]</translation>
        </message>
        <message>
            <source>started disabling an account</source>
            <translation>[šţàŕţéð ðîšàƀļîñĝ àñ àççöûñţ ·········]</translation>
        </message>
        <message>
            <source>started removing an account</source>
            <translation>[šţàŕţéð ŕémövîñĝ àñ àççöûñţ ········]</translation>
        </message>
        <message>
            <source>prisoner</source>
            <extracomment>The kinds of object an entry names ("prisoner 01JD…").</extracomment>
            <translation>[pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>observation</source>
            <translation>[öƀšéŕvàţîöñ ··]</translation>
        </message>
        <message>
            <source>checklist</source>
            <translation>[çĥéçķļîšţ ·]</translation>
        </message>
        <message>
            <source>account</source>
            <translation>[àççöûñţ]</translation>
        </message>
        <message>
            <source>report</source>
            <translation>[ŕépöŕţ]</translation>
        </message>
        <message>
            <source>package</source>
            <translation>[pàçķàĝé]</translation>
        </message>
        <message>
            <source>checklist template</source>
            <translation>[çĥéçķļîšţ ţémpļàţé ·····]</translation>
        </message>
        <message>
            <source>settings</source>
            <translation>[šéţţîñĝš ·]</translation>
        </message>
        <message>
            <source>database</source>
            <translation>[ðàţàƀàšé ·]</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>[ƀàçķûp]</translation>
        </message>
        <message>
            <source>reference bundle</source>
            <translation>[ŕéféŕéñçé ƀûñðļé ····]</translation>
        </message>
        <message>
            <source>receipt</source>
            <translation>[ŕéçéîpţ]</translation>
        </message>
        <message>
            <source>central office keys</source>
            <translation>[çéñţŕàļ öffîçé ķéýš ·····]</translation>
        </message>
        <message>
            <source>file</source>
            <translation>[fîļé]</translation>
        </message>
        <message>
            <source>prisoners</source>
            <translation>[pŕîšöñéŕš ·]</translation>
        </message>
        <message>
            <source>observations</source>
            <translation>[öƀšéŕvàţîöñš ··]</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>[ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>[ţŕàîñéé]</translation>
        </message>
        <message>
            <source>training exercise</source>
            <translation>[ţŕàîñîñĝ éxéŕçîšé ····]</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>not a whole number: %1</source>
            <translation>[ñöţ à ŵĥöļé ñûmƀéŕ: %1 ·····]</translation>
        </message>
        <message>
            <source>must be between %1 and %2</source>
            <translation>[mûšţ ƀé ƀéţŵééñ %1 àñð %2 ······]</translation>
        </message>
        <message>
            <source>not a date (YYYY-MM-DD): %1</source>
            <translation>[ñöţ à ðàţé (ÝÝÝÝ-MM-ÐÐ): %1 ·······]</translation>
        </message>
        <message>
            <source>not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM): %1</source>
            <translation>[ñöţ à ðàţé öŕ ţîmé (ÝÝÝÝ-MM-ÐÐ öŕ ÝÝÝÝ-MM-ÐÐŢĤĤ:MM): %1 ···················]</translation>
        </message>
        <message>
            <source>note: %1 (%2)</source>
            <translation>[ñöţé: %1 (%2) ·]</translation>
        </message>
        <message>
            <source>Imported: %1 version %2</source>
            <translation>[Împöŕţéð: %1 véŕšîöñ %2 ·····]</translation>
        </message>
        <message>
            <source>Already stored: %1 version %2</source>
            <translation>[Åļŕéàðý šţöŕéð: %1 véŕšîöñ %2 ·······]</translation>
        </message>
        <message>
            <source>active</source>
            <translation>[àçţîvé]</translation>
        </message>
        <message>
            <source>stored, not active</source>
            <translation>[šţöŕéð, ñöţ àçţîvé ·····]</translation>
        </message>
        <message>
            <source>Never indicators:</source>
            <translation>[Ñévéŕ îñðîçàţöŕš: ····]</translation>
        </message>
        <message>
            <source>%1 v%2 — run %3 v%4 (%5, by %6)</source>
            <translation>[%1 v%2 — ŕûñ %3 v%4 (%5, ƀý %6) ·····]</translation>
        </message>
        <message>
            <source>Observation record — not a risk assessment.</source>
            <translation>[Öƀšéŕvàţîöñ ŕéçöŕð — ñöţ à ŕîšķ àššéššméñţ. ···············]</translation>
        </message>
        <message>
            <source>domain  observed  not observed  unknown  unanswered</source>
            <translation>[ðömàîñ  öƀšéŕvéð  ñöţ öƀšéŕvéð  ûñķñöŵñ  ûñàñšŵéŕéð ··················]</translation>
        </message>
        <message>
            <source>Summary: %1</source>
            <translation>[Šûmmàŕý: %1 ·]</translation>
        </message>
        <message>
            <source>Next review: %1</source>
            <translation>[Ñéxţ ŕévîéŵ: %1 ···]</translation>
        </message>
        <message>
            <source>Saved %1.</source>
            <translation>[Šàvéð %1.]</translation>
        </message>
        <message>
            <source>Completed.</source>
            <translation>[Çömpļéţéð. ·]</translation>
        </message>
        <message>
            <source>Amended: version %1.</source>
            <translation>[Åméñðéð: véŕšîöñ %1. ·····]</translation>
        </message>
        <message>
            <source>No checklist runs.</source>
            <translation>[Ñö çĥéçķļîšţ ŕûñš. ·····]</translation>
        </message>
        <message>
            <source>%1  %2 answered  %3</source>
            <translation>[%1  %2 àñšŵéŕéð  %3 ···]</translation>
        </message>
        <message>
            <source>No drafts.</source>
            <translation>[Ñö ðŕàfţš. ·]</translation>
        </message>
        <message>
            <source>Draft discarded.</source>
            <translation>[Ðŕàfţ ðîšçàŕðéð. ····]</translation>
        </message>
        <message>
            <source>cannot read %1: %2</source>
            <translation>[çàññöţ ŕéàð %1: %2 ···]</translation>
        </message>
        <message>
            <source>%1 is UTF-16 text; save it as UTF-8</source>
            <translation>[%1 îš ÛŢF-16 ţéxţ; šàvé îţ àš ÛŢF-8 ···········]</translation>
        </message>
        <message>
            <source>%1 is not a text file</source>
            <translation>[%1 îš ñöţ à ţéxţ fîļé ·····]</translation>
        </message>
        <message>
            <source>%1 is not UTF-8 text (byte %2 cannot be read); save it as UTF-8</source>
            <translation>[%1 îš ñöţ ÛŢF-8 ţéxţ (ƀýţé %2 çàññöţ ƀé ŕéàð); šàvé îţ àš ÛŢF-8 ·····················]</translation>
        </message>
        <message>
            <source>standard input</source>
            <translation>[šţàñðàŕð îñpûţ ···]</translation>
        </message>
        <message>
            <source>the first line of %1 is too long for a password</source>
            <translation>[ţĥé fîŕšţ ļîñé öf %1 îš ţöö ļöñĝ föŕ à pàššŵöŕð ···············]</translation>
        </message>
        <message>
            <source>the first line of %1 holds control characters</source>
            <translation>[ţĥé fîŕšţ ļîñé öf %1 ĥöļðš çöñţŕöļ çĥàŕàçţéŕš ···············]</translation>
        </message>
        <message>
            <source>%1 is too long for the %2 (at most %3 bytes)</source>
            <translation>[%1 îš ţöö ļöñĝ föŕ ţĥé %2 (àţ möšţ %3 ƀýţéš) ·············]</translation>
        </message>
        <message>
            <source>no terminal to ask for the password: use --password-file</source>
            <translation>[ñö ţéŕmîñàļ ţö àšķ föŕ ţĥé pàššŵöŕð: ûšé --pàššŵöŕð-fîļé ····················]</translation>
        </message>
        <message>
            <source>Password: </source>
            <translation>[Pàššŵöŕð:  ·]</translation>
        </message>
        <message>
            <source>no terminal to ask for the new password: use %1</source>
            <translation>[ñö ţéŕmîñàļ ţö àšķ föŕ ţĥé ñéŵ pàššŵöŕð: ûšé %1 ···············]</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>[Ñéŵ pàššŵöŕð ··]</translation>
        </message>
        <message>
            <source>%1 again: </source>
            <translation>[%1 àĝàîñ:  ·]</translation>
        </message>
        <message>
            <source>no user given: use --user</source>
            <translation>[ñö ûšéŕ ĝîvéñ: ûšé --ûšéŕ ·······]</translation>
        </message>
        <message>
            <source>Username: </source>
            <translation>[Ûšéŕñàmé:  ·]</translation>
        </message>
        <message>
            <source>note: %1 failed login attempts since your last login</source>
            <translation>[ñöţé: %1 fàîļéð ļöĝîñ àţţémpţš šîñçé ýöûŕ ļàšţ ļöĝîñ ·················]</translation>
        </message>
        <message>
            <source>warning: the file vault.anchor, which guards the audit log against being cut short, is missing, damaged or an older copy (recorded in the log; tell the administrator and the auditor)</source>
            <translation>[ŵàŕñîñĝ: ţĥé fîļé vàûļţ.àñçĥöŕ, ŵĥîçĥ ĝûàŕðš ţĥé àûðîţ ļöĝ àĝàîñšţ ƀéîñĝ çûţ šĥöŕţ, îš mîššîñĝ, ðàmàĝéð öŕ àñ öļðéŕ çöpý (ŕéçöŕðéð îñ ţĥé ļöĝ; ţéļļ ţĥé àðmîñîšţŕàţöŕ àñð ţĥé àûðîţöŕ) ······································································]</translation>
        </message>
        <message>
            <source>warning: audit log: %1 (recorded in the log)</source>
            <translation>[ŵàŕñîñĝ: àûðîţ ļöĝ: %1 (ŕéçöŕðéð îñ ţĥé ļöĝ) ··············]</translation>
        </message>
        <message>
            <source>note: %1</source>
            <translation>[ñöţé: %1]</translation>
        </message>
        <message>
            <source>These are NOT indicators and must never be ticked as such: %1</source>
            <comment>; </comment>
            <translation>[Ţĥéšé àŕé ÑÖŢ îñðîçàţöŕš àñð mûšţ ñévéŕ ƀé ţîçķéð àš šûçĥ: %1 ·····················]</translation>
        </message>
        <message>
            <source>%1 Add --yes to confirm without a terminal.</source>
            <translation>[%1 Åðð --ýéš ţö çöñfîŕm ŵîţĥöûţ à ţéŕmîñàļ. ··············]</translation>
        </message>
        <message>
            <source>%1 [y/N] </source>
            <translation>[%1 [ý/Ñ] ]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>[ýéš]</translation>
        </message>
        <message>
            <source>The checklist template is not valid: %1</source>
            <translation>[Ţĥé çĥéçķļîšţ ţémpļàţé îš ñöţ vàļîð: %1 ············]</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>[îñţéŕŕûpţéð ··]</translation>
        </message>
        <message>
            <source>the vault's database cannot be used (%1); `radprev doctor` says more</source>
            <translation>[ţĥé vàûļţ'š ðàţàƀàšé çàññöţ ƀé ûšéð (%1); `ŕàðpŕév ðöçţöŕ` šàýš möŕé ························]</translation>
        </message>
        <message>
            <source>; a crash report was written to %1</source>
            <translation>[; à çŕàšĥ ŕépöŕţ ŵàš ŵŕîţţéñ ţö %1 ··········]</translation>
        </message>
        <message>
            <source>internal error (%1)%2. Run the command again with --debug to see the details.</source>
            <translation>[îñţéŕñàļ éŕŕöŕ (%1)%2. Ŕûñ ţĥé çömmàñð àĝàîñ ŵîţĥ --ðéƀûĝ ţö šéé ţĥé ðéţàîļš. ···························]</translation>
        </message>
        <message>
            <source>%1%2 (see %3 --help)</source>
            <translation>[%1%2 (šéé %3 --ĥéļp) ···]</translation>
        </message>
        <message>
            <source>a command is needed (see radprev --help)</source>
            <translation>[à çömmàñð îš ñééðéð (šéé ŕàðpŕév --ĥéļp) ·············]</translation>
        </message>
        <message>
            <source>argument %1 is not valid UTF-8 text</source>
            <translation>[àŕĝûméñţ %1 îš ñöţ vàļîð ÛŢF-8 ţéxţ ···········]</translation>
        </message>
        <message>
            <source>radprev: %1</source>
            <translation>[ŕàðpŕév: %1 ·]</translation>
        </message>
        <message>
            <source>note: %1 prisoner(s) with a similar name are already recorded</source>
            <translation>[ñöţé: %1 pŕîšöñéŕ(š) ŵîţĥ à šîmîļàŕ ñàmé àŕé àļŕéàðý ŕéçöŕðéð ·····················]</translation>
        </message>
        <message>
            <source>PRISON NO</source>
            <translation>[PŔÎŠÖÑ ÑÖ ·]</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>[ÑÅMÉ]</translation>
        </message>
        <message>
            <source>UNIT</source>
            <translation>[ÛÑÎŢ]</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>[ŠŢÅŢÛŠ]</translation>
        </message>
        <message>
            <source>REVIEW DUE</source>
            <translation>[ŔÉVÎÉŴ ÐÛÉ ·]</translation>
        </message>
        <message>
            <source>(restricted)</source>
            <translation>[(ŕéšţŕîçţéð) ··]</translation>
        </message>
        <message>
            <source>(%1 in all)</source>
            <translation>[(%1 îñ àļļ) ·]</translation>
        </message>
        <message>
            <source>no similar prisoner recorded</source>
            <translation>[ñö šîmîļàŕ pŕîšöñéŕ ŕéçöŕðéð ·········]</translation>
        </message>
        <message>
            <source>%1  (%2, born %3)</source>
            <translation>[%1  (%2, ƀöŕñ %3) ··]</translation>
        </message>
        <message>
            <source>unit %1 cell %2, %3, review due %4</source>
            <translation>[ûñîţ %1 çéļļ %2, %3, ŕévîéŵ ðûé %4 ········]</translation>
        </message>
        <message>
            <source>, RESTRICTED</source>
            <translation>[, ŔÉŠŢŔÎÇŢÉÐ ··]</translation>
        </message>
        <message>
            <source>Observations: %1</source>
            <translation>[Öƀšéŕvàţîöñš: %1 ···]</translation>
        </message>
        <message>
            <source>- %1 [%2, %3, v%4, grade %5] %6</source>
            <translation>[- %1 [%2, %3, v%4, ĝŕàðé %5] %6 ·····]</translation>
        </message>
        <message>
            <source>Rectification, disputes and restriction: %1</source>
            <translation>[Ŕéçţîfîçàţîöñ, ðîšpûţéš àñð ŕéšţŕîçţîöñ: %1 ··············]</translation>
        </message>
        <message>
            <source>- %1 %2 (%3): %4 %5</source>
            <translation>- %1 %2 (%3): %4 %5</translation>
        </message>
        <message>
            <source>Processing of %1 is restricted.</source>
            <translation>[Pŕöçéššîñĝ öf %1 îš ŕéšţŕîçţéð. ·········]</translation>
        </message>
        <message>
            <source>The restriction of %1 is lifted.</source>
            <translation>[Ţĥé ŕéšţŕîçţîöñ öf %1 îš ļîfţéð. ·········]</translation>
        </message>
        <message>
            <source>Recorded as %1 (%2).</source>
            <translation>[Ŕéçöŕðéð àš %1 (%2). ····]</translation>
        </message>
        <message>
            <source>Decided: %1.</source>
            <translation>[Ðéçîðéð: %1. ·]</translation>
        </message>
        <message>
            <source>%1
%2  (pages: %3, document %4)</source>
            <translation>[%1
%2  (pàĝéš: %3, ðöçûméñţ %4)·······]</translation>
        </message>
        <message>
            <source>only one of --facts-file and --assessment-file can be '-'</source>
            <translation>[öñļý öñé öf --fàçţš-fîļé àñð --àššéššméñţ-fîļé çàñ ƀé '-' ····················]</translation>
        </message>
        <message>
            <source>standard input cannot hold both the password and a text</source>
            <translation>[šţàñðàŕð îñpûţ çàññöţ ĥöļð ƀöţĥ ţĥé pàššŵöŕð àñð à ţéxţ ···················]</translation>
        </message>
        <message>
            <source>IMMEDIATE: escalate now in person or by phone; do not wait for an export.</source>
            <translation>[ÎMMÉÐÎÅŢÉ: éšçàļàţé ñöŵ îñ péŕšöñ öŕ ƀý pĥöñé; ðö ñöţ ŵàîţ föŕ àñ éxpöŕţ. ···························]</translation>
        </message>
        <message>
            <source>nothing found</source>
            <translation>[ñöţĥîñĝ föûñð ···]</translation>
        </message>
        <message>
            <source>%1: classification %2</source>
            <translation>[%1: çļàššîfîçàţîöñ %2 ····]</translation>
        </message>
        <message>
            <source>(next review %1)</source>
            <translation>[(ñéxţ ŕévîéŵ %1) ···]</translation>
        </message>
        <message>
            <source>%1 rejected report(s) rejected before %2 would be erased.</source>
            <translation>[%1 ŕéjéçţéð ŕépöŕţ(š) ŕéjéçţéð ƀéföŕé %2 ŵöûļð ƀé éŕàšéð. ···················]</translation>
        </message>
        <message>
            <source>%1 rejected report(s) rejected before %2 erased.</source>
            <translation>[%1 ŕéjéçţéð ŕépöŕţ(š) ŕéjéçţéð ƀéföŕé %2 éŕàšéð. ···············]</translation>
        </message>
        <message>
            <source>Prisoners: %1, observations: %2 (%3 versions), reviews: %4.</source>
            <translation>[Pŕîšöñéŕš: %1, öƀšéŕvàţîöñš: %2 (%3 véŕšîöñš), ŕévîéŵš: %4. ··················]</translation>
        </message>
        <message>
            <source>Demo accounts (for demonstrations only):</source>
            <translation>[Ðémö àççöûñţš (föŕ ðémöñšţŕàţîöñš öñļý): ·············]</translation>
        </message>
        <message>
            <source>%1 is a folder: give a file name for the PDF</source>
            <translation>[%1 îš à föļðéŕ: ĝîvé à fîļé ñàmé föŕ ţĥé PÐF ··············]</translation>
        </message>
        <message>
            <source>%1  (pages: %2, document %3)</source>
            <translation>[%1  (pàĝéš: %2, ðöçûméñţ %3) ······]</translation>
        </message>
        <message>
            <source>text, 1–%1 characters</source>
            <translation>[ţéxţ, 1–%1 çĥàŕàçţéŕš ·····]</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>[%1 öŕ %2]</translation>
        </message>
        <message>
            <source>names separated by ;, lowest first</source>
            <translation>[ñàméš šépàŕàţéð ƀý ;, ļöŵéšţ fîŕšţ ···········]</translation>
        </message>
        <message>
            <source>%1: %2–%3 each</source>
            <translation>[%1: %2–%3 éàçĥ ·]</translation>
        </message>
        <message>
            <source>arrives with reference bundles</source>
            <translation>[àŕŕîvéš ŵîţĥ ŕéféŕéñçé ƀûñðļéš ·········]</translation>
        </message>
        <message>
            <source>default %1; allowed: %2</source>
            <translation>[ðéfàûļţ %1; àļļöŵéð: %2 ·····]</translation>
        </message>
        <message>
            <source>%1 arrives with reference bundles; it is not set by hand</source>
            <translation>[%1 àŕŕîvéš ŵîţĥ ŕéféŕéñçé ƀûñðļéš; îţ îš ñöţ šéţ ƀý ĥàñð ···················]</translation>
        </message>
        <message>
            <source>%1 takes PART=NUMBER pairs, not %2</source>
            <translation>[%1 ţàķéš PÅŔŢ=ÑÛMƁÉŔ pàîŕš, ñöţ %2 ·········]</translation>
        </message>
        <message>
            <source>%1 takes one value</source>
            <translation>[%1 ţàķéš öñé vàļûé ····]</translation>
        </message>
        <message>
            <source>no</source>
            <translation>[ñö]</translation>
        </message>
        <message>
            <source>(each part's default)</source>
            <translation>[(éàçĥ pàŕţ'š ðéfàûļţ) ······]</translation>
        </message>
        <message>
            <source>Certificate written to %1
Fingerprint: %2</source>
            <translation>[Çéŕţîfîçàţé ŵŕîţţéñ ţö %1
Fîñĝéŕpŕîñţ: %2·············]</translation>
        </message>
        <message>
            <source>Central office %1 trusted (fingerprint %2).</source>
            <translation>[Çéñţŕàļ öffîçé %1 ţŕûšţéð (fîñĝéŕpŕîñţ %2). ·············]</translation>
        </message>
        <message>
            <source>Workstation %1/%2 enrolled.</source>
            <translation>[Ŵöŕķšţàţîöñ %1/%2 éñŕöļļéð. ·······]</translation>
        </message>
        <message>
            <source>No workstation is enrolled yet.</source>
            <translation>[Ñö ŵöŕķšţàţîöñ îš éñŕöļļéð ýéţ. ··········]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>last package %1  missing %2  quarantined %3  conflicts %4  failed imports %5  fingerprint %6</source>
            <translation>[ļàšţ pàçķàĝé %1  mîššîñĝ %2  qûàŕàñţîñéð %3  çöñfļîçţš %4  fàîļéð împöŕţš %5  fîñĝéŕpŕîñţ %6 ·····························]</translation>
        </message>
        <message>
            <source>note: more changes are waiting; run export again</source>
            <translation>[ñöţé: möŕé çĥàñĝéš àŕé ŵàîţîñĝ; ŕûñ éxpöŕţ àĝàîñ ·················]</translation>
        </message>
        <message>
            <source>no such file: %1</source>
            <translation>[ñö šûçĥ fîļé: %1 ···]</translation>
        </message>
        <message>
            <source>no package files found</source>
            <translation>[ñö pàçķàĝé fîļéš föûñð ······]</translation>
        </message>
        <message>
            <source>radprev: %1: %2</source>
            <translation>[ŕàðpŕév: %1: %2 ··]</translation>
        </message>
        <message>
            <source>radprev: %1: rejected: %2</source>
            <translation>[ŕàðpŕév: %1: ŕéjéçţéð: %2 ······]</translation>
        </message>
        <message>
            <source>radprev: %1: import FAILED: %2</source>
            <translation>[ŕàðpŕév: %1: împöŕţ FÅÎĻÉÐ: %2 ········]</translation>
        </message>
        <message>
            <source>Workstation %1/%2: packages missing %3.</source>
            <translation>[Ŵöŕķšţàţîöñ %1/%2: pàçķàĝéš mîššîñĝ %3. ···········]</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>[Ñöţĥîñĝ ŵàš împöŕţéð. ······]</translation>
        </message>
        <message>
            <source>%1 packages, last %2, missing %3</source>
            <translation>[%1 pàçķàĝéš, ļàšţ %2, mîššîñĝ %3 ········]</translation>
        </message>
        <message>
            <source>Central office trusted: %1</source>
            <translation>[Çéñţŕàļ öffîçé ţŕûšţéð: %1 ·······]</translation>
        </message>
        <message>
            <source>NO</source>
            <translation>[ÑÖ]</translation>
        </message>
        <message>
            <source>Last export: %1 (package %2)</source>
            <translation>[Ļàšţ éxpöŕţ: %1 (pàçķàĝé %2) ·······]</translation>
        </message>
        <message>
            <source>never</source>
            <translation>[ñévéŕ]</translation>
        </message>
        <message>
            <source>Next export due: %1</source>
            <translation>[Ñéxţ éxpöŕţ ðûé: %1 ····]</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>[ÖVÉŔÐÛÉ]</translation>
        </message>
        <message>
            <source>Changes waiting: %1</source>
            <translation>[Çĥàñĝéš ŵàîţîñĝ: %1 ····]</translation>
        </message>
        <message>
            <source>Awaiting receipt: %1</source>
            <comment>, </comment>
            <translation>[Åŵàîţîñĝ ŕéçéîpţ: %1 ·····]</translation>
        </message>
        <message>
            <source>(overdue: %1)</source>
            <comment>, </comment>
            <translation>[(övéŕðûé: %1) ··]</translation>
        </message>
        <message>
            <source>central certificate</source>
            <translation>[çéñţŕàļ çéŕţîfîçàţé ·····]</translation>
        </message>
        <message>
            <source>workstation signing key</source>
            <translation>[ŵöŕķšţàţîöñ šîĝñîñĝ ķéý ·······]</translation>
        </message>
        <message>
            <source>package %1 line %2</source>
            <translation>[pàçķàĝé %1 ļîñé %2 ···]</translation>
        </message>
        <message>
            <source>Nothing is in quarantine.</source>
            <translation>[Ñöţĥîñĝ îš îñ qûàŕàñţîñé. ·······]</translation>
        </message>
        <message>
            <source>package %1</source>
            <translation>[pàçķàĝé %1 ·]</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>[véŕšîöñ %1 ·]</translation>
        </message>
        <message>
            <source>No conflicts.</source>
            <translation>[Ñö çöñfļîçţš. ···]</translation>
        </message>
        <message>
            <source>--database is for --mode central only (workstations keep a vault file)</source>
            <translation>[--ðàţàƀàšé îš föŕ --möðé çéñţŕàļ öñļý (ŵöŕķšţàţîöñš ķéép à vàûļţ fîļé) ·························]</translation>
        </message>
        <message>
            <source>a central office has no units: leave out --unit</source>
            <translation>[à çéñţŕàļ öffîçé ĥàš ñö ûñîţš: ļéàvé öûţ --ûñîţ ················]</translation>
        </message>
        <message>
            <source>Administrator password</source>
            <translation>[Åðmîñîšţŕàţöŕ pàššŵöŕð ······]</translation>
        </message>
        <message>
            <source>Central store created on %1</source>
            <translation>[Çéñţŕàļ šţöŕé çŕéàţéð öñ %1 ·······]</translation>
        </message>
        <message>
            <source>Settings (no password) in %1; use --vault %1 with every command.</source>
            <translation>[Šéţţîñĝš (ñö pàššŵöŕð) îñ %1; ûšé --vàûļţ %1 ŵîţĥ évéŕý çömmàñð. ·····················]</translation>
        </message>
        <message>
            <source>a central store backup needs --identity-file and --into SETTINGS</source>
            <translation>[à çéñţŕàļ šţöŕé ƀàçķûp ñééðš --îðéñţîţý-fîļé àñð --îñţö ŠÉŢŢÎÑĜŠ ·······················]</translation>
        </message>
        <message>
            <source>Backup %1 restored into %2; point central.json at it.</source>
            <translation>[Ɓàçķûp %1 ŕéšţöŕéð îñţö %2; pöîñţ çéñţŕàļ.jšöñ àţ îţ. ·················]</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>[Ţŕàîñîñĝ ·]</translation>
        </message>
        <message>
            <source>Training wing</source>
            <translation>[Ţŕàîñîñĝ ŵîñĝ ···]</translation>
        </message>
        <message>
            <source>Training vault created in %1
Add trainees (role officer) and a trainer (role trainer) with
  %2
Recovery code of the training vault:

    %3
</source>
            <translation>[Ţŕàîñîñĝ vàûļţ çŕéàţéð îñ %1
Åðð ţŕàîñééš (ŕöļé öffîçéŕ) àñð à ţŕàîñéŕ (ŕöļé ţŕàîñéŕ) ŵîţĥ
  %2
Ŕéçövéŕý çöðé öf ţĥé ţŕàîñîñĝ vàûļţ:

    %3
··················································]</translation>
        </message>
        <message>
            <source>Prisoner: %1, %2 — prison number %3</source>
            <translation>[Pŕîšöñéŕ: %1, %2 — pŕîšöñ ñûmƀéŕ %3 ·········]</translation>
        </message>
        <message>
            <source>Record your observation as you would on duty, then ask for feedback:</source>
            <translation>[Ŕéçöŕð ýöûŕ öƀšéŕvàţîöñ àš ýöû ŵöûļð öñ ðûţý, ţĥéñ àšķ föŕ fééðƀàçķ: ·························]</translation>
        </message>
        <message>
            <source>you have no open exercise: start one with `radprev training start`</source>
            <translation>[ýöû ĥàvé ñö öpéñ éxéŕçîšé: šţàŕţ öñé ŵîţĥ `ŕàðpŕév ţŕàîñîñĝ šţàŕţ` ························]</translation>
        </message>
        <message>
            <source>Vault created in %1</source>
            <translation>[Vàûļţ çŕéàţéð îñ %1 ····]</translation>
        </message>
        <message>
            <source>Recovery code (shown once; print it and keep it in the safe):</source>
            <translation>[Ŕéçövéŕý çöðé (šĥöŵñ öñçé; pŕîñţ îţ àñð ķéép îţ îñ ţĥé šàfé): ······················]</translation>
        </message>
        <message>
            <source>Password for %1</source>
            <translation>[Pàššŵöŕð föŕ %1 ···]</translation>
        </message>
        <message>
            <source>Added %1 (%2).</source>
            <translation>[Åððéð %1 (%2). ·]</translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>[ÛŠÉŔÑÅMÉ ·]</translation>
        </message>
        <message>
            <source>ROLES</source>
            <translation>[ŔÖĻÉŠ]</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>[ŠŢÅŢÉ]</translation>
        </message>
        <message>
            <source>UNITS</source>
            <translation>[ÛÑÎŢŠ]</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>[ðîšàƀļéð ·]</translation>
        </message>
        <message>
            <source>, must change password</source>
            <translation>[, mûšţ çĥàñĝé pàššŵöŕð ······]</translation>
        </message>
        <message>
            <source>Current password: </source>
            <translation>[Çûŕŕéñţ pàššŵöŕð:  ·····]</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>[Pàššŵöŕð çĥàñĝéð. ····]</translation>
        </message>
        <message>
            <source>Temporary password for %1</source>
            <translation>[Ţémpöŕàŕý pàššŵöŕð föŕ %1 ·······]</translation>
        </message>
        <message>
            <source>Password of %1 reset; it must be changed at the next login.</source>
            <translation>[Pàššŵöŕð öf %1 ŕéšéţ; îţ mûšţ ƀé çĥàñĝéð àţ ţĥé ñéxţ ļöĝîñ. ····················]</translation>
        </message>
        <message>
            <source>%1 disabled.</source>
            <translation>[%1 ðîšàƀļéð. ·]</translation>
        </message>
        <message>
            <source>%1 enabled; the new password must be changed at the next login.</source>
            <translation>[%1 éñàƀļéð; ţĥé ñéŵ pàššŵöŕð mûšţ ƀé çĥàñĝéð àţ ţĥé ñéxţ ļöĝîñ. ······················]</translation>
        </message>
        <message>
            <source>%1 removed; the vault was rekeyed.</source>
            <translation>[%1 ŕémövéð; ţĥé vàûļţ ŵàš ŕéķéýéð. ··········]</translation>
        </message>
        <message>
            <source>%1 removed; their password opens nothing and their open sessions were ended.</source>
            <translation>[%1 ŕémövéð; ţĥéîŕ pàššŵöŕð öpéñš ñöţĥîñĝ àñð ţĥéîŕ öpéñ šéššîöñš ŵéŕé éñðéð. ···························]</translation>
        </message>
        <message>
            <source>Recovery code: </source>
            <translation>[Ŕéçövéŕý çöðé:  ···]</translation>
        </message>
        <message>
            <source>New password for %1</source>
            <translation>[Ñéŵ pàššŵöŕð föŕ %1 ····]</translation>
        </message>
        <message>
            <source>New password set for %1.</source>
            <translation>[Ñéŵ pàššŵöŕð šéţ föŕ %1. ······]</translation>
        </message>
        <message>
            <source>The vault has a new key; every key slot was rewrapped.</source>
            <translation>[Ţĥé vàûļţ ĥàš à ñéŵ ķéý; évéŕý ķéý šļöţ ŵàš ŕéŵŕàppéð. ···················]</translation>
        </message>
        <message>
            <source>Audit log intact: %1 entries.</source>
            <translation>[Åûðîţ ļöĝ îñţàçţ: %1 éñţŕîéš. ········]</translation>
        </message>
        <message>
            <source>Audit log BROKEN at entry %1: %2</source>
            <translation>[Åûðîţ ļöĝ ƁŔÖĶÉÑ àţ éñţŕý %1: %2 ·········]</translation>
        </message>
        <message>
            <source>radprev: audit chain broken at entry %1: %2</source>
            <translation>[ŕàðpŕév: àûðîţ çĥàîñ ƀŕöķéñ àţ éñţŕý %1: %2 ·············]</translation>
        </message>
        <message>
            <source>%1 audit entries written to %2.</source>
            <translation>[%1 àûðîţ éñţŕîéš ŵŕîţţéñ ţö %2. ········]</translation>
        </message>
        <message>
            <source>--to must be a folder; %1 is not one</source>
            <translation>[--ţö mûšţ ƀé à föļðéŕ; %1 îš ñöţ öñé ···········]</translation>
        </message>
        <message>
            <source>Backup written to %1</source>
            <translation>[Ɓàçķûp ŵŕîţţéñ ţö %1 ·····]</translation>
        </message>
        <message>
            <source>Replace the vault in %1 with the backup %2? Its audit log lacks an unknown number of entries the vault has (they stay in the replaced copy).</source>
            <translation>[Ŕépļàçé ţĥé vàûļţ îñ %1 ŵîţĥ ţĥé ƀàçķûp %2? Îţš àûðîţ ļöĝ ļàçķš àñ ûñķñöŵñ ñûmƀéŕ öf éñţŕîéš ţĥé vàûļţ ĥàš (ţĥéý šţàý îñ ţĥé ŕépļàçéð çöpý). ····················································]</translation>
        </message>
        <message>
            <source>Replace the vault in %1 with the backup %2? Its audit log lacks %3 entries the vault has (they stay in the replaced copy).</source>
            <translation>[Ŕépļàçé ţĥé vàûļţ îñ %1 ŵîţĥ ţĥé ƀàçķûp %2? Îţš àûðîţ ļöĝ ļàçķš %3 éñţŕîéš ţĥé vàûļţ ĥàš (ţĥéý šţàý îñ ţĥé ŕépļàçéð çöpý). ············································]</translation>
        </message>
        <message>
            <source>radprev: restore cancelled; nothing was changed</source>
            <translation>[ŕàðpŕév: ŕéšţöŕé çàñçéļļéð; ñöţĥîñĝ ŵàš çĥàñĝéð ················]</translation>
        </message>
        <message>
            <source>Vault restored from %1; the replaced vault was kept in %2. The audit log lost %3 entries; the restore is recorded in it with that number.</source>
            <translation>[Vàûļţ ŕéšţöŕéð fŕöm %1; ţĥé ŕépļàçéð vàûļţ ŵàš ķépţ îñ %2. Ţĥé àûðîţ ļöĝ ļöšţ %3 éñţŕîéš; ţĥé ŕéšţöŕé îš ŕéçöŕðéð îñ îţ ŵîţĥ ţĥàţ ñûmƀéŕ. ··················································]</translation>
        </message>
        <message>
            <source>give --unit (repeat for several) or --none</source>
            <translation>[ĝîvé --ûñîţ (ŕépéàţ föŕ šévéŕàļ) öŕ --ñöñé ··············]</translation>
        </message>
        <message>
            <source>--unit and --none cannot be used together</source>
            <translation>[--ûñîţ àñð --ñöñé çàññöţ ƀé ûšéð ţöĝéţĥéŕ ··············]</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>[Ţĥé ţŵö pàššŵöŕðš àŕé ñöţ ţĥé šàmé. ···········]</translation>
        </message>
        <message>
            <source>Observations need at least one subject.</source>
            <extracomment>(username, password, roles) — for demonstrations only, printed by `radprev demo`.</extracomment>
            <translation>[Öƀšéŕvàţîöñš ñééð àţ ļéàšţ öñé šûƀjéçţ. ·············]</translation>
        </message>
        <message>
            <source>Choose 0–1,000,000 subjects and 0–20,000,000 observations.</source>
            <translation>[Çĥööšé 0–1,000,000 šûƀjéçţš àñð 0–20,000,000 öƀšéŕvàţîöñš. ·····················]</translation>
        </message>
        <message>
            <source>The record touches %1 of establishment %2, but the package was signed by a workstation of %3: a workstation may send records of its own establishment only, so it was not applied.</source>
            <translation>[Ţĥé ŕéçöŕð ţöûçĥéš %1 öf éšţàƀļîšĥméñţ %2, ƀûţ ţĥé pàçķàĝé ŵàš šîĝñéð ƀý à ŵöŕķšţàţîöñ öf %3: à ŵöŕķšţàţîöñ màý šéñð ŕéçöŕðš öf îţš öŵñ éšţàƀļîšĥméñţ öñļý, šö îţ ŵàš ñöţ àppļîéð. ··································································]</translation>
        </message>
        <message>
            <source>the file of a prisoner</source>
            <translation>[ţĥé fîļé öf à pŕîšöñéŕ ······]</translation>
        </message>
        <message>
            <source>The prisoner was transferred from %1 to %2: the file is now kept (changed, reviewed, erased) by %2, so this change from %1 was kept aside, not applied.</source>
            <translation>[Ţĥé pŕîšöñéŕ ŵàš ţŕàñšféŕŕéð fŕöm %1 ţö %2: ţĥé fîļé îš ñöŵ ķépţ (çĥàñĝéð, ŕévîéŵéð, éŕàšéð) ƀý %2, šö ţĥîš çĥàñĝé fŕöm %1 ŵàš ķépţ àšîðé, ñöţ àppļîéð. ·······················································]</translation>
        </message>
        <message>
            <source>This record was made at %1 and arrived with the prisoner's file: it is history here and is not corrected or reviewed here.</source>
            <translation>[Ţĥîš ŕéçöŕð ŵàš màðé àţ %1 àñð àŕŕîvéð ŵîţĥ ţĥé pŕîšöñéŕ'š fîļé: îţ îš ĥîšţöŕý ĥéŕé àñð îš ñöţ çöŕŕéçţéð öŕ ŕévîéŵéð ĥéŕé. ·············································]</translation>
        </message>
        <message>
            <source>The checklist template is not valid: %1</source>
            <translation>[Ţĥé çĥéçķļîšţ ţémpļàţé îš ñöţ vàļîð: %1 ············]</translation>
        </message>
        <message>
            <source>The training material is not valid: %1</source>
            <translation>[Ţĥé ţŕàîñîñĝ màţéŕîàļ îš ñöţ vàļîð: %1 ············]</translation>
        </message>
        <message>
            <source>Is this necessary to describe the behaviour? (%1) Confirm to keep the words as written.</source>
            <translation>[Îš ţĥîš ñéçéššàŕý ţö ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ? (%1) Çöñfîŕm ţö ķéép ţĥé ŵöŕðš àš ŵŕîţţéñ. ·······························]</translation>
        </message>
        <message>
            <source>The disk is full: %1 could not be written. Nothing was changed.</source>
            <translation>[Ţĥé ðîšķ îš fûļļ: %1 çöûļð ñöţ ƀé ŵŕîţţéñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ······················]</translation>
        </message>
        <message>
            <source>No permission to write %1 in %2. Nothing was changed.</source>
            <translation>[Ñö péŕmîššîöñ ţö ŵŕîţé %1 îñ %2. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·················]</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Nothing was changed.</source>
            <translation>[Ţĥé föļðéŕ %1 ðöéš ñöţ éxîšţ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·················]</translation>
        </message>
        <message>
            <source>%1 is not a folder. Nothing was changed.</source>
            <translation>[%1 îš ñöţ à föļðéŕ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·············]</translation>
        </message>
        <message>
            <source>The folder for %1 is no longer there (was a USB stick removed?). Nothing was changed.</source>
            <translation>[Ţĥé föļðéŕ föŕ %1 îš ñö ļöñĝéŕ ţĥéŕé (ŵàš à ÛŠƁ šţîçķ ŕémövéð?). Ñöţĥîñĝ ŵàš çĥàñĝéð. ·······························]</translation>
        </message>
        <message>
            <source>%1 is a folder, not a file. Nothing was changed.</source>
            <translation>[%1 îš à föļðéŕ, ñöţ à fîļé. Ñöţĥîñĝ ŵàš çĥàñĝéð. ················]</translation>
        </message>
        <message>
            <source>%1 could not be written (%2). Nothing was changed.</source>
            <translation>[%1 çöûļð ñöţ ƀé ŵŕîţţéñ (%2). Ñöţĥîñĝ ŵàš çĥàñĝéð. ················]</translation>
        </message>
        <message>
            <source>%1 is a folder; only a regular file can be written. Nothing was changed.</source>
            <translation>[%1 îš à föļðéŕ; öñļý à ŕéĝûļàŕ fîļé çàñ ƀé ŵŕîţţéñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·························]</translation>
        </message>
        <message>
            <source>%1 is a link; only a regular file can be written. Nothing was changed.</source>
            <translation>[%1 îš à ļîñķ; öñļý à ŕéĝûļàŕ fîļé çàñ ƀé ŵŕîţţéñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·························]</translation>
        </message>
        <message>
            <source>%1 is not a file; only a regular file can be written. Nothing was changed.</source>
            <translation>[%1 îš ñöţ à fîļé; öñļý à ŕéĝûļàŕ fîļé çàñ ƀé ŵŕîţţéñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ··························]</translation>
        </message>
        <message>
            <source>The translation file %1 is missing. Reinstall the application.</source>
            <translation>[Ţĥé ţŕàñšļàţîöñ fîļé %1 îš mîššîñĝ. Ŕéîñšţàļļ ţĥé àppļîçàţîöñ. ·····················]</translation>
        </message>
        <message>
            <source>The translation file %1 is damaged. Reinstall the application.</source>
            <translation>[Ţĥé ţŕàñšļàţîöñ fîļé %1 îš ðàmàĝéð. Ŕéîñšţàļļ ţĥé àppļîçàţîöñ. ·····················]</translation>
        </message>
        <message>
            <source>There is no language %1. Available: %2.</source>
            <extracomment>The languages whose catalogues (UI, reports, command line, errors, sample template, training scenarios and word lists, sensitive-term list, user guide) are complete: the only ones a user is offered. A translator uncomments their own line once `scripts/catalogue.py check CODE` passes (one line each, with a comment line between, so two translators' lands never touch the same lines). Hidden languages accepted on request (tests, translators' previews).</extracomment>
            <translation>[Ţĥéŕé îš ñö ļàñĝûàĝé %1. Åvàîļàƀļé: %2. ···········]</translation>
        </message>
        <message>
            <source>The translation into %1 is not complete yet, so it cannot be used. Available: %2.</source>
            <translation>[Ţĥé ţŕàñšļàţîöñ îñţö %1 îš ñöţ çömpļéţé ýéţ, šö îţ çàññöţ ƀé ûšéð. Åvàîļàƀļé: %2. ····························]</translation>
        </message>
        <message>
            <source>This is done at a workstation: the central office's prisoners and records come from the workstations' packages.</source>
            <extracomment>Which roles hold each permission. What a central office never does itself, whatever the role holds: its prisoners and records come from the workstations' packages (DESIGN: analysts import, count and print; the records are made where the prisoner is held). Asked with a session, which knows its vault; a bare `User` answers by role only. Who may produce each report (menu order). Reports that hold a prisoner's data: they need a reason and (to print) a recipient. An area is open to a user holding any one of its permissions (an empty set: everyone). Areas offered only in a training vault, and areas never offered there (nothing enters or leaves a training vault by USB). Asked with a session, which knows its vault.</extracomment>
            <translation>[Ţĥîš îš ðöñé àţ à ŵöŕķšţàţîöñ: ţĥé çéñţŕàļ öffîçé'š pŕîšöñéŕš àñð ŕéçöŕðš çömé fŕöm ţĥé ŵöŕķšţàţîöñš' pàçķàĝéš. ··········································]</translation>
        </message>
        <message>
            <source>This needs the %1 role.</source>
            <translation>[Ţĥîš ñééðš ţĥé %1 ŕöļé. ······]</translation>
        </message>
        <message>
            <source>There is no such prisoner in the units you work in. If you need this file, ask the administrator to assign you the unit.</source>
            <extracomment>Roles whose work covers every prisoner of the vault: the administrator keeps the register and accounts, the data-protection officer answers every person's request. The grant code that reaches every establishment (central office only).</extracomment>
            <translation>[Ţĥéŕé îš ñö šûçĥ pŕîšöñéŕ îñ ţĥé ûñîţš ýöû ŵöŕķ îñ. Îf ýöû ñééð ţĥîš fîļé, àšķ ţĥé àðmîñîšţŕàţöŕ ţö àššîĝñ ýöû ţĥé ûñîţ. ·············································]</translation>
        </message>
        <message>
            <source>%1 must be %2.</source>
            <translation>[%1 mûšţ ƀé %2. ·]</translation>
        </message>
        <message>
            <source>%1 is longer than %2 characters.</source>
            <translation>[%1 îš ļöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš. ·········]</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>[%1 îš émpţý. ·]</translation>
        </message>
        <message>
            <source>%1 is shorter than %2 characters.</source>
            <translation>[%1 îš šĥöŕţéŕ ţĥàñ %2 çĥàŕàçţéŕš. ·········]</translation>
        </message>
        <message>
            <source>%1 has more than %2 entries.</source>
            <translation>[%1 ĥàš möŕé ţĥàñ %2 éñţŕîéš. ·······]</translation>
        </message>
        <message>
            <source>%1 is below %2.</source>
            <translation>[%1 îš ƀéļöŵ %2. ··]</translation>
        </message>
        <message>
            <source>%1 is above %2.</source>
            <translation>[%1 îš àƀövé %2. ··]</translation>
        </message>
        <message>
            <source>%1 is not one of %2.</source>
            <translation>[%1 îš ñöţ öñé öf %2. ····]</translation>
        </message>
        <message>
            <source>%1 does not have the expected form.</source>
            <translation>[%1 ðöéš ñöţ ĥàvé ţĥé éxpéçţéð föŕm. ···········]</translation>
        </message>
        <message>
            <source>%1 does not have the required value.</source>
            <translation>[%1 ðöéš ñöţ ĥàvé ţĥé ŕéqûîŕéð vàļûé. ···········]</translation>
        </message>
        <message>
            <source>%1 has fields that are not allowed.</source>
            <translation>[%1 ĥàš fîéļðš ţĥàţ àŕé ñöţ àļļöŵéð. ···········]</translation>
        </message>
        <message>
            <source>%1 is missing.</source>
            <translation>[%1 îš mîššîñĝ. ··]</translation>
        </message>
        <message>
            <source>%1 breaks the rule %2.</source>
            <translation>[%1 ƀŕéàķš ţĥé ŕûļé %2. ·····]</translation>
        </message>
        <message>
            <source>%1: the record does not match its schema.</source>
            <translation>[%1: ţĥé ŕéçöŕð ðöéš ñöţ màţçĥ îţš šçĥémà. ·············]</translation>
        </message>
        <message>
            <source>the file is too large for a checklist template</source>
            <translation>[ţĥé fîļé îš ţöö ļàŕĝé föŕ à çĥéçķļîšţ ţémpļàţé ················]</translation>
        </message>
        <message>
            <source>cannot be read (%1)</source>
            <translation>[çàññöţ ƀé ŕéàð (%1) ····]</translation>
        </message>
        <message>
            <source>is not a JSON file</source>
            <translation>[îš ñöţ à JŠÖÑ fîļé ·····]</translation>
        </message>
        <message>
            <source>is not a checklist template</source>
            <translation>[îš ñöţ à çĥéçķļîšţ ţémpļàţé ········]</translation>
        </message>
        <message>
            <source>the template has no domains to print</source>
            <translation>[ţĥé ţémpļàţé ĥàš ñö ðömàîñš ţö pŕîñţ ············]</translation>
        </message>
        <message>
            <source>Give the reason for this report.</source>
            <extracomment>The reason a report of this kind is made for, whatever the file was opened for: the access report answers the person's own request (LED Art. 14).</extracomment>
            <translation>[Ĝîvé ţĥé ŕéàšöñ föŕ ţĥîš ŕépöŕţ. ··········]</translation>
        </message>
        <message>
            <source>The reason is too long.</source>
            <translation>[Ţĥé ŕéàšöñ îš ţöö ļöñĝ. ·······]</translation>
        </message>
        <message>
            <source>Unknown report action: %1.</source>
            <translation>[Ûñķñöŵñ ŕépöŕţ àçţîöñ: %1. ·······]</translation>
        </message>
        <message>
            <source>The reason is too long (200 characters at most).</source>
            <translation>[Ţĥé ŕéàšöñ îš ţöö ļöñĝ (200 çĥàŕàçţéŕš àţ möšţ). ·················]</translation>
        </message>
        <message>
            <source>The recipient is too long (200 characters at most).</source>
            <translation>[Ţĥé ŕéçîpîéñţ îš ţöö ļöñĝ (200 çĥàŕàçţéŕš àţ möšţ). ··················]</translation>
        </message>
        <message>
            <source>Say who the report is for (recipient).</source>
            <translation>[Šàý ŵĥö ţĥé ŕépöŕţ îš föŕ (ŕéçîpîéñţ). ·············]</translation>
        </message>
        <message>
            <source>The reason and the recipient are 200 characters at most.</source>
            <translation>[Ţĥé ŕéàšöñ àñð ţĥé ŕéçîpîéñţ àŕé 200 çĥàŕàçţéŕš àţ möšţ. ····················]</translation>
        </message>
        <message>
            <source>A key fingerprint must be hexadecimal digits.</source>
            <translation>[Å ķéý fîñĝéŕpŕîñţ mûšţ ƀé ĥéxàðéçîmàļ ðîĝîţš. ···············]</translation>
        </message>
        <message>
            <source>The vault has no signing key.</source>
            <translation>[Ţĥé vàûļţ ĥàš ñö šîĝñîñĝ ķéý. ·········]</translation>
        </message>
        <message>
            <source>The vault's signing key is damaged.</source>
            <translation>[Ţĥé vàûļţ'š šîĝñîñĝ ķéý îš ðàmàĝéð. ···········]</translation>
        </message>
        <message>
            <source>The report could not be laid out (an item is too large for a page). No PDF was made.</source>
            <translation>[Ţĥé ŕépöŕţ çöûļð ñöţ ƀé ļàîð öûţ (àñ îţém îš ţöö ļàŕĝé föŕ à pàĝé). Ñö PÐF ŵàš màðé. ·······························]</translation>
        </message>
        <message>
            <source>That is not a recovery code (8 groups of 5 letters and digits).</source>
            <translation>[Ţĥàţ îš ñöţ à ŕéçövéŕý çöðé (8 ĝŕöûpš öf 5 ļéţţéŕš àñð ðîĝîţš). ·······················]</translation>
        </message>
        <message>
            <source>A release handover is made together with its package: use Release handover in the prisoner's file, or `radprev handover`.</source>
            <translation>[Å ŕéļéàšé ĥàñðövéŕ îš màðé ţöĝéţĥéŕ ŵîţĥ îţš pàçķàĝé: ûšé Ŕéļéàšé ĥàñðövéŕ îñ ţĥé pŕîšöñéŕ'š fîļé, öŕ `ŕàðpŕév ĥàñðövéŕ`. ··············································]</translation>
        </message>
        <message>
            <source>Give the recovery code.</source>
            <translation>[Ĝîvé ţĥé ŕéçövéŕý çöðé. ·······]</translation>
        </message>
        <message>
            <source>Choose an observation.</source>
            <translation>[Çĥööšé àñ öƀšéŕvàţîöñ. ······]</translation>
        </message>
        <message>
            <source>Choose a prisoner.</source>
            <translation>[Çĥööšé à pŕîšöñéŕ. ·····]</translation>
        </message>
        <message>
            <source>Give the first day of the period.</source>
            <translation>[Ĝîvé ţĥé fîŕšţ ðàý öf ţĥé péŕîöð. ···········]</translation>
        </message>
        <message>
            <source>Give the last day of the period.</source>
            <translation>[Ĝîvé ţĥé ļàšţ ðàý öf ţĥé péŕîöð. ··········]</translation>
        </message>
        <message>
            <source>Choose an establishment.</source>
            <translation>[Çĥööšé àñ éšţàƀļîšĥméñţ. ·······]</translation>
        </message>
        <message>
            <source>Choose the question.</source>
            <translation>[Çĥööšé ţĥé qûéšţîöñ. ·····]</translation>
        </message>
        <message>
            <source>%1 is not a date (YYYY-MM-DD).</source>
            <extracomment>Statuses of an observation version the office reports on.</extracomment>
            <translation>[%1 îš ñöţ à ðàţé (ÝÝÝÝ-MM-ÐÐ). ·········]</translation>
        </message>
        <message>
            <source>You do not work in unit %1: choose one of your units.</source>
            <translation>[Ýöû ðö ñöţ ŵöŕķ îñ ûñîţ %1: çĥööšé öñé öf ýöûŕ ûñîţš. ··················]</translation>
        </message>
        <message>
            <source>The period ends before it starts.</source>
            <translation>[Ţĥé péŕîöð éñðš ƀéföŕé îţ šţàŕţš. ···········]</translation>
        </message>
        <message>
            <source>There is no unit %1 in this establishment.</source>
            <translation>[Ţĥéŕé îš ñö ûñîţ %1 îñ ţĥîš éšţàƀļîšĥméñţ. ·············]</translation>
        </message>
        <message>
            <source>You cannot remove your own account.</source>
            <translation>[Ýöû çàññöţ ŕémövé ýöûŕ öŵñ àççöûñţ. ···········]</translation>
        </message>
        <message>
            <source>You cannot disable your own account.</source>
            <translation>[Ýöû çàññöţ ðîšàƀļé ýöûŕ öŵñ àççöûñţ. ············]</translation>
        </message>
        <message>
            <source>There is no account named %1.</source>
            <translation>[Ţĥéŕé îš ñö àççöûñţ ñàméð %1. ········]</translation>
        </message>
        <message>
            <source>The account %1 is not disabled.</source>
            <translation>[Ţĥé àççöûñţ %1 îš ñöţ ðîšàƀļéð. ·········]</translation>
        </message>
        <message>
            <source>The %1 must be text.</source>
            <extracomment>The sensitive-term questions answered "necessary" when the run was sealed.</extracomment>
            <translation>[Ţĥé %1 mûšţ ƀé ţéxţ. ·····]</translation>
        </message>
        <message>
            <source>The %1 is longer than %2 characters.</source>
            <translation>[Ţĥé %1 îš ļöñĝéŕ ţĥàñ %2 çĥàŕàçţéŕš. ··········]</translation>
        </message>
        <message>
            <source>The %1 contains a character that is not allowed.</source>
            <translation>[Ţĥé %1 çöñţàîñš à çĥàŕàçţéŕ ţĥàţ îš ñöţ àļļöŵéð. ················]</translation>
        </message>
        <message>
            <source>The %1 must be a date like 2026-11-25.</source>
            <translation>[Ţĥé %1 mûšţ ƀé à ðàţé ļîķé 2026-11-25. ············]</translation>
        </message>
        <message>
            <source>date of the example for item %1</source>
            <translation>[ðàţé öf ţĥé éxàmpļé föŕ îţém %1 ·········]</translation>
        </message>
        <message>
            <source>The date of the example for item %1 is in the future.</source>
            <translation>[Ţĥé ðàţé öf ţĥé éxàmpļé föŕ îţém %1 îš îñ ţĥé fûţûŕé. ··················]</translation>
        </message>
        <message>
            <source>The date of the example for item %1 is too far back.</source>
            <translation>[Ţĥé ðàţé öf ţĥé éxàmpļé föŕ îţém %1 îš ţöö fàŕ ƀàçķ. ·················]</translation>
        </message>
        <message>
            <source>Set the date of the next review.</source>
            <translation>[Šéţ ţĥé ðàţé öf ţĥé ñéxţ ŕévîéŵ. ··········]</translation>
        </message>
        <message>
            <source>next review date</source>
            <translation>[ñéxţ ŕévîéŵ ðàţé ····]</translation>
        </message>
        <message>
            <source>The next review date cannot be in the past.</source>
            <translation>[Ţĥé ñéxţ ŕévîéŵ ðàţé çàññöţ ƀé îñ ţĥé pàšţ. ···············]</translation>
        </message>
        <message>
            <source>The next review date is more than three years ahead.</source>
            <translation>[Ţĥé ñéxţ ŕévîéŵ ðàţé îš möŕé ţĥàñ ţĥŕéé ýéàŕš àĥéàð. ··················]</translation>
        </message>
        <message>
            <source>Item %1 is not part of checklist %2 version %3.</source>
            <translation>[Îţém %1 îš ñöţ pàŕţ öf çĥéçķļîšţ %2 véŕšîöñ %3. ··············]</translation>
        </message>
        <message>
            <source>The answer for item %1 must be observed, not observed or unknown.</source>
            <translation>[Ţĥé àñšŵéŕ föŕ îţém %1 mûšţ ƀé öƀšéŕvéð, ñöţ öƀšéŕvéð öŕ ûñķñöŵñ. ·······················]</translation>
        </message>
        <message>
            <source>example for item %1</source>
            <translation>[éxàmpļé föŕ îţém %1 ····]</translation>
        </message>
        <message>
            <source>Item %1: an example and its date are recorded only when the item is marked observed.</source>
            <translation>[Îţém %1: àñ éxàmpļé àñð îţš ðàţé àŕé ŕéçöŕðéð öñļý ŵĥéñ ţĥé îţém îš màŕķéð öƀšéŕvéð. ······························]</translation>
        </message>
        <message>
            <source>Item %1 is marked observed: write a concrete example of what was seen or heard.</source>
            <translation>[Îţém %1 îš màŕķéð öƀšéŕvéð: ŵŕîţé à çöñçŕéţé éxàmpļé öf ŵĥàţ ŵàš šééñ öŕ ĥéàŕð. ····························]</translation>
        </message>
        <message>
            <source>Item %1 is marked observed: give the date of the example.</source>
            <translation>[Îţém %1 îš màŕķéð öƀšéŕvéð: ĝîvé ţĥé ðàţé öf ţĥé éxàmpļé. ···················]</translation>
        </message>
        <message>
            <source>An answer must be an AnswerInput.</source>
            <translation>[Åñ àñšŵéŕ mûšţ ƀé àñ ÅñšŵéŕÎñpûţ. ···········]</translation>
        </message>
        <message>
            <source>Item %1 is answered twice.</source>
            <translation>[Îţém %1 îš àñšŵéŕéð ţŵîçé. ·······]</translation>
        </message>
        <message>
            <source>other explanations</source>
            <translation>[öţĥéŕ éxpļàñàţîöñš ·····]</translation>
        </message>
        <message>
            <source>context notes</source>
            <translation>[çöñţéxţ ñöţéš ···]</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>[šûmmàŕý]</translation>
        </message>
        <message>
            <source>Protective factors are marked both observed and 'none observed'.</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš àŕé màŕķéð ƀöţĥ öƀšéŕvéð àñð 'ñöñé öƀšéŕvéð'. ·······················]</translation>
        </message>
        <message>
            <source>Protective factors are a required section: mark at least one as observed, or answer 'none observed'.</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš àŕé à ŕéqûîŕéð šéçţîöñ: màŕķ àţ ļéàšţ öñé àš öƀšéŕvéð, öŕ àñšŵéŕ 'ñöñé öƀšéŕvéð'. ·····································]</translation>
        </message>
        <message>
            <source>Other possible explanations are a required section: describe them, or answer 'none identified'.</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš àŕé à ŕéqûîŕéð šéçţîöñ: ðéšçŕîƀé ţĥém, öŕ àñšŵéŕ 'ñöñé îðéñţîfîéð'. ···································]</translation>
        </message>
        <message>
            <source>Other explanations are described and also marked 'none identified'.</source>
            <translation>[Öţĥéŕ éxpļàñàţîöñš àŕé ðéšçŕîƀéð àñð àļšö màŕķéð 'ñöñé îðéñţîfîéð'. ························]</translation>
        </message>
        <message>
            <source>Write a short summary before completing the checklist.</source>
            <translation>[Ŵŕîţé à šĥöŕţ šûmmàŕý ƀéföŕé çömpļéţîñĝ ţĥé çĥéçķļîšţ. ···················]</translation>
        </message>
        <message>
            <source>Item %1 is not in the template.</source>
            <translation>[Îţém %1 îš ñöţ îñ ţĥé ţémpļàţé. ·········]</translation>
        </message>
        <message>
            <source>Write the example for item %1 in your own words: what you saw or heard, when and where — not 'see above' and not the item's wording.</source>
            <translation>[Ŵŕîţé ţĥé éxàmpļé föŕ îţém %1 îñ ýöûŕ öŵñ ŵöŕðš: ŵĥàţ ýöû šàŵ öŕ ĥéàŕð, ŵĥéñ àñð ŵĥéŕé — ñöţ 'šéé àƀövé' àñð ñöţ ţĥé îţém'š ŵöŕðîñĝ. ·················································]</translation>
        </message>
        <message>
            <source>checklist_run: %1</source>
            <translation>[çĥéçķļîšţ_ŕûñ: %1 ···]</translation>
        </message>
        <message>
            <source>the item %1 is answered twice</source>
            <translation>[ţĥé îţém %1 îš àñšŵéŕéð ţŵîçé ········]</translation>
        </message>
        <message>
            <source>%1 must be a date YYYY-MM-DD</source>
            <translation>[%1 mûšţ ƀé à ðàţé ÝÝÝÝ-MM-ÐÐ ········]</translation>
        </message>
        <message>
            <source>The checklist run to export no longer exists.</source>
            <translation>[Ţĥé çĥéçķļîšţ ŕûñ ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ···············]</translation>
        </message>
        <message>
            <source>template %1 version %2 is not in the vault</source>
            <translation>[ţémpļàţé %1 véŕšîöñ %2 îš ñöţ îñ ţĥé vàûļţ ·············]</translation>
        </message>
        <message>
            <source>the run used different template content than this vault holds</source>
            <translation>[ţĥé ŕûñ ûšéð ðîfféŕéñţ ţémpļàţé çöñţéñţ ţĥàñ ţĥîš vàûļţ ĥöļðš ······················]</translation>
        </message>
        <message>
            <source>item %1 is not in the template</source>
            <translation>[îţém %1 îš ñöţ îñ ţĥé ţémpļàţé ·········]</translation>
        </message>
        <message>
            <source>item %1 is observed without a dated example</source>
            <translation>[îţém %1 îš öƀšéŕvéð ŵîţĥöûţ à ðàţéð éxàmpļé ··············]</translation>
        </message>
        <message>
            <source>There is no such checklist run in the vault.</source>
            <extracomment>The sync kind (and outbox kind) of a checklist run.</extracomment>
            <translation>[Ţĥéŕé îš ñö šûçĥ çĥéçķļîšţ ŕûñ îñ ţĥé vàûļţ. ···············]</translation>
        </message>
        <message>
            <source>The checklist template %1 version %2 is not in the vault.</source>
            <translation>[Ţĥé çĥéçķļîšţ ţémpļàţé %1 véŕšîöñ %2 îš ñöţ îñ ţĥé vàûļţ. ···················]</translation>
        </message>
        <message>
            <source>This checklist run is completed and sealed; amend it with a reason instead.</source>
            <translation>[Ţĥîš çĥéçķļîšţ ŕûñ îš çömpļéţéð àñð šéàļéð; àméñð îţ ŵîţĥ à ŕéàšöñ îñšţéàð. ···························]</translation>
        </message>
        <message>
            <source>Only the author can change a draft checklist run.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ çàñ çĥàñĝé à ðŕàfţ çĥéçķļîšţ ŕûñ. ·················]</translation>
        </message>
        <message>
            <source>reason for the amendment</source>
            <translation>[ŕéàšöñ föŕ ţĥé àméñðméñţ ·······]</translation>
        </message>
        <message>
            <source>Give the reason for the amendment.</source>
            <translation>[Ĝîvé ţĥé ŕéàšöñ föŕ ţĥé àméñðméñţ. ···········]</translation>
        </message>
        <message>
            <source>This checklist run is still a draft: edit it instead of amending it.</source>
            <translation>[Ţĥîš çĥéçķļîšţ ŕûñ îš šţîļļ à ðŕàfţ: éðîţ îţ îñšţéàð öf àméñðîñĝ îţ. ·························]</translation>
        </message>
        <message>
            <source>Only the author or a supervisor can amend a checklist run.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ öŕ à šûpéŕvîšöŕ çàñ àméñð à çĥéçķļîšţ ŕûñ. ·····················]</translation>
        </message>
        <message>
            <source>Unknown grading preset %1; known presets: %2.</source>
            <translation>[Ûñķñöŵñ ĝŕàðîñĝ pŕéšéţ %1; ķñöŵñ pŕéšéţš: %2. ··············]</translation>
        </message>
        <message>
            <source>Source grade %1 is not one of %2.</source>
            <translation>[Šöûŕçé ĝŕàðé %1 îš ñöţ öñé öf %2. ·········]</translation>
        </message>
        <message>
            <source>Information grade %1 is not one of %2.</source>
            <translation>[Îñföŕmàţîöñ ĝŕàðé %1 îš ñöţ öñé öf %2. ···········]</translation>
        </message>
        <message>
            <source>Handling code %1 is not one of %2.</source>
            <translation>[Ĥàñðļîñĝ çöðé %1 îš ñöţ öñé öf %2. ·········]</translation>
        </message>
        <message>
            <source>Handling C needs the conditions of sharing written out.</source>
            <translation>[Ĥàñðļîñĝ Ç ñééðš ţĥé çöñðîţîöñš öf šĥàŕîñĝ ŵŕîţţéñ öûţ. ···················]</translation>
        </message>
        <message>
            <source>The handling conditions are too long.</source>
            <translation>[Ţĥé ĥàñðļîñĝ çöñðîţîöñš àŕé ţöö ļöñĝ. ············]</translation>
        </message>
        <message>
            <source>Unknown reason for access %1; choose one of %2.</source>
            <translation>[Ûñķñöŵñ ŕéàšöñ föŕ àççéšš %1; çĥööšé öñé öf %2. ···············]</translation>
        </message>
        <message>
            <source>The reason %1 is implied by a screen and cannot be chosen.</source>
            <translation>[Ţĥé ŕéàšöñ %1 îš împļîéð ƀý à šçŕééñ àñð çàññöţ ƀé çĥöšéñ. ····················]</translation>
        </message>
        <message>
            <source>Say in a few words why you open this file (reason 'other').</source>
            <translation>[Šàý îñ à féŵ ŵöŕðš ŵĥý ýöû öpéñ ţĥîš fîļé (ŕéàšöñ 'öţĥéŕ'). ·····················]</translation>
        </message>
        <message>
            <source>The reason for access is limited to %1 characters.</source>
            <translation>[Ţĥé ŕéàšöñ föŕ àççéšš îš ļîmîţéð ţö %1 çĥàŕàçţéŕš. ·················]</translation>
        </message>
        <message>
            <source>A reason for access is required to open a file.</source>
            <translation>[Å ŕéàšöñ föŕ àççéšš îš ŕéqûîŕéð ţö öpéñ à fîļé. ················]</translation>
        </message>
        <message>
            <source>Drafts are never exported.</source>
            <extracomment>The sensitive-term questions the writer answered "necessary" when sealing a record.</extracomment>
            <translation>[Ðŕàfţš àŕé ñévéŕ éxpöŕţéð. ········]</translation>
        </message>
        <message>
            <source>%1 is required.</source>
            <extracomment>The longest text each field may hold, for screens that count characters as they are typed. The shape of an indicator code (A3, A3.2, …); the sync schema uses it too. Fields an author sets (in create_draft / update_draft / amend). Other explanations considered (debt, conflict, illness, bad news…), or "none identified" — required, like the assessment, before the record is sealed. A level of the establishment's list (services/classification.py); "" = the lowest.</extracomment>
            <translation>[%1 îš ŕéqûîŕéð. ···]</translation>
        </message>
        <message>
            <source>%1 is limited to %2 characters.</source>
            <translation>[%1 îš ļîmîţéð ţö %2 çĥàŕàçţéŕš. ········]</translation>
        </message>
        <message>
            <source>%1 is not a date or time (YYYY-MM-DD or YYYY-MM-DDTHH:MM).</source>
            <translation>[%1 îš ñöţ à ðàţé öŕ ţîmé (ÝÝÝÝ-MM-ÐÐ öŕ ÝÝÝÝ-MM-ÐÐŢĤĤ:MM). ····················]</translation>
        </message>
        <message>
            <source>The event cannot be in the future.</source>
            <translation>[Ţĥé évéñţ çàññöţ ƀé îñ ţĥé fûţûŕé. ···········]</translation>
        </message>
        <message>
            <source>Write the evidence for %1 in your own words: what you saw or heard, when and where — a sentence, not 'see the facts' and not the checklist's wording.</source>
            <translation>[Ŵŕîţé ţĥé évîðéñçé föŕ %1 îñ ýöûŕ öŵñ ŵöŕðš: ŵĥàţ ýöû šàŵ öŕ ĥéàŕð, ŵĥéñ àñð ŵĥéŕé — à šéñţéñçé, ñöţ 'šéé ţĥé fàçţš' àñð ñöţ ţĥé çĥéçķļîšţ'š ŵöŕðîñĝ. ························································]</translation>
        </message>
        <message>
            <source>%1 is not an indicator code (like A3.2).</source>
            <translation>[%1 îš ñöţ àñ îñðîçàţöŕ çöðé (ļîķé Å3.2). ·············]</translation>
        </message>
        <message>
            <source>Indicator %1 is listed twice.</source>
            <translation>[Îñðîçàţöŕ %1 îš ļîšţéð ţŵîçé. ········]</translation>
        </message>
        <message>
            <source>The evidence for %1</source>
            <translation>[Ţĥé évîðéñçé föŕ %1 ····]</translation>
        </message>
        <message>
            <source>Indicator %1 is not in the active checklist template.</source>
            <translation>[Îñðîçàţöŕ %1 îš ñöţ îñ ţĥé àçţîvé çĥéçķļîšţ ţémpļàţé. ··················]</translation>
        </message>
        <message>
            <source>%1 is not a category of person.</source>
            <translation>[%1 îš ñöţ à çàţéĝöŕý öf péŕšöñ. ·········]</translation>
        </message>
        <message>
            <source>A description</source>
            <translation>[Å ðéšçŕîpţîöñ ···]</translation>
        </message>
        <message>
            <source>A protective factor</source>
            <translation>[Å pŕöţéçţîvé fàçţöŕ ·····]</translation>
        </message>
        <message>
            <source>The event cannot end before it starts.</source>
            <translation>[Ţĥé évéñţ çàññöţ éñð ƀéföŕé îţ šţàŕţš. ·············]</translation>
        </message>
        <message>
            <source>The place</source>
            <translation>[Ţĥé pļàçé ·]</translation>
        </message>
        <message>
            <source>The duty</source>
            <translation>[Ţĥé ðûţý ·]</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ······]</translation>
        </message>
        <message>
            <source>The assessment</source>
            <translation>[Ţĥé àššéššméñţ ···]</translation>
        </message>
        <message>
            <source>The other explanations</source>
            <translation>[Ţĥé öţĥéŕ éxpļàñàţîöñš ······]</translation>
        </message>
        <message>
            <source>Write your assessment: why it may matter, and the person's usual behaviour before.</source>
            <translation>[Ŵŕîţé ýöûŕ àššéššméñţ: ŵĥý îţ màý màţţéŕ, àñð ţĥé péŕšöñ'š ûšûàļ ƀéĥàvîöûŕ ƀéföŕé. ······························]</translation>
        </message>
        <message>
            <source>Other possible explanations are required: describe them (debt, conflict, illness, bad news…), or answer 'none identified' after considering them.</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš àŕé ŕéqûîŕéð: ðéšçŕîƀé ţĥém (ðéƀţ, çöñfļîçţ, îļļñéšš, ƀàð ñéŵš…), öŕ àñšŵéŕ 'ñöñé îðéñţîfîéð' àfţéŕ çöñšîðéŕîñĝ ţĥém. ·······················································]</translation>
        </message>
        <message>
            <source>The source identity</source>
            <translation>[Ţĥé šöûŕçé îðéñţîţý ·····]</translation>
        </message>
        <message>
            <source>The action taken</source>
            <translation>[Ţĥé àçţîöñ ţàķéñ ····]</translation>
        </message>
        <message>
            <source>The prisoner's account</source>
            <translation>[Ţĥé pŕîšöñéŕ'š àççöûñţ ······]</translation>
        </message>
        <message>
            <source>There is no such observation (it may have been erased).</source>
            <extracomment>The columns `received_values` gives, in its order (those of `storable`).</extracomment>
            <translation>[Ţĥéŕé îš ñö šûçĥ öƀšéŕvàţîöñ (îţ màý ĥàvé ƀééñ éŕàšéð). ···················]</translation>
        </message>
        <message>
            <source>There is no such observation (drafts are visible to their author only).</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ öƀšéŕvàţîöñ (ðŕàfţš àŕé vîšîƀļé ţö ţĥéîŕ àûţĥöŕ öñļý). ··························]</translation>
        </message>
        <message>
            <source>Only the author or a supervisor may see the source identity.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ öŕ à šûpéŕvîšöŕ màý šéé ţĥé šöûŕçé îðéñţîţý. ·····················]</translation>
        </message>
        <message>
            <source>These fields cannot be changed: %1.</source>
            <translation>[Ţĥéšé fîéļðš çàññöţ ƀé çĥàñĝéð: %1. ···········]</translation>
        </message>
        <message>
            <source>This observation was submitted and is sealed; amend it with a reason.</source>
            <translation>[Ţĥîš öƀšéŕvàţîöñ ŵàš šûƀmîţţéð àñð îš šéàļéð; àméñð îţ ŵîţĥ à ŕéàšöñ. ·························]</translation>
        </message>
        <message>
            <source>Only the author may edit a draft.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ màý éðîţ à ðŕàfţ. ···········]</translation>
        </message>
        <message>
            <source>A submitted observation cannot be discarded.</source>
            <translation>[Å šûƀmîţţéð öƀšéŕvàţîöñ çàññöţ ƀé ðîšçàŕðéð. ···············]</translation>
        </message>
        <message>
            <source>This observation was already submitted.</source>
            <translation>[Ţĥîš öƀšéŕvàţîöñ ŵàš àļŕéàðý šûƀmîţţéð. ·············]</translation>
        </message>
        <message>
            <source>Only the author may submit a draft.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ màý šûƀmîţ à ðŕàfţ. ···········]</translation>
        </message>
        <message>
            <source>An amendment needs a reason.</source>
            <translation>[Åñ àméñðméñţ ñééðš à ŕéàšöñ. ·········]</translation>
        </message>
        <message>
            <source>A workstation grants access to its own establishment only.</source>
            <translation>[Å ŵöŕķšţàţîöñ ĝŕàñţš àççéšš ţö îţš öŵñ éšţàƀļîšĥméñţ öñļý. ·····················]</translation>
        </message>
        <message>
            <source>Give the establishment's code.</source>
            <translation>[Ĝîvé ţĥé éšţàƀļîšĥméñţ'š çöðé. ·········]</translation>
        </message>
        <message>
            <source>Say why the account needs this access.</source>
            <translation>[Šàý ŵĥý ţĥé àççöûñţ ñééðš ţĥîš àççéšš. ·············]</translation>
        </message>
        <message>
            <source>The reason is limited to %1 characters.</source>
            <translation>[Ţĥé ŕéàšöñ îš ļîmîţéð ţö %1 çĥàŕàçţéŕš. ············]</translation>
        </message>
        <message>
            <source>An amendment must change at least one field.</source>
            <translation>[Åñ àméñðméñţ mûšţ çĥàñĝé àţ ļéàšţ öñé fîéļð. ···············]</translation>
        </message>
        <message>
            <source>A draft is edited directly; only submitted observations are amended.</source>
            <translation>[Å ðŕàfţ îš éðîţéð ðîŕéçţļý; öñļý šûƀmîţţéð öƀšéŕvàţîöñš àŕé àméñðéð. ·························]</translation>
        </message>
        <message>
            <source>Only the author or a supervisor may amend an observation.</source>
            <translation>[Öñļý ţĥé àûţĥöŕ öŕ à šûpéŕvîšöŕ màý àméñð àñ öƀšéŕvàţîöñ. ····················]</translation>
        </message>
        <message>
            <source>This file cannot be anonymised yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
            <translation>[Ţĥîš fîļé çàññöţ ƀé àñöñýmîšéð ýéţ: %1 öf îţš ŕéçöŕðš ĥàvé ñöţ ƀééñ ðéļîvéŕéð ţö ţĥé çéñţŕàļ öffîçé. Éxpöŕţ ţĥém, ŵàîţ föŕ ţĥé ŕéçéîpţ, ţĥéñ ðéçîðé àĝàîñ. ··························································]</translation>
        </message>
        <message>
            <source>This file cannot be erased yet: %1 of its records have not been delivered to the central office. Export them, wait for the receipt, then decide again.</source>
            <translation>[Ţĥîš fîļé çàññöţ ƀé éŕàšéð ýéţ: %1 öf îţš ŕéçöŕðš ĥàvé ñöţ ƀééñ ðéļîvéŕéð ţö ţĥé çéñţŕàļ öffîçé. Éxpöŕţ ţĥém, ŵàîţ föŕ ţĥé ŕéçéîpţ, ţĥéñ ðéçîðé àĝàîñ. ·························································]</translation>
        </message>
        <message>
            <source>A retention decision needs a reason.</source>
            <translation>[Å ŕéţéñţîöñ ðéçîšîöñ ñééðš à ŕéàšöñ. ············]</translation>
        </message>
        <message>
            <source>The reason is limited to 500 characters.</source>
            <translation>[Ţĥé ŕéàšöñ îš ļîmîţéð ţö 500 çĥàŕàçţéŕš. ·············]</translation>
        </message>
        <message>
            <source>%1 is not a decision; choose keep, anonymise or erase.</source>
            <translation>[%1 îš ñöţ à ðéçîšîöñ; çĥööšé ķéép, àñöñýmîšé öŕ éŕàšé. ··················]</translation>
        </message>
        <message>
            <source>%1 is not a date.</source>
            <translation>[%1 îš ñöţ à ðàţé. ···]</translation>
        </message>
        <message>
            <source>The new review date must be in the future.</source>
            <translation>[Ţĥé ñéŵ ŕévîéŵ ðàţé mûšţ ƀé îñ ţĥé fûţûŕé. ··············]</translation>
        </message>
        <message>
            <source>This file is already anonymised.</source>
            <translation>[Ţĥîš fîļé îš àļŕéàðý àñöñýmîšéð. ··········]</translation>
        </message>
        <message>
            <source>The review to export no longer exists.</source>
            <translation>[Ţĥé ŕévîéŵ ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ·············]</translation>
        </message>
        <message>
            <source>review refers to an observation the vault does not hold.</source>
            <translation>[ŕévîéŵ ŕéféŕš ţö àñ öƀšéŕvàţîöñ ţĥé vàûļţ ðöéš ñöţ ĥöļð. ····················]</translation>
        </message>
        <message>
            <source>A page holds 1–1000 rows and starts at 0 or later.</source>
            <translation>[Å pàĝé ĥöļðš 1–1000 ŕöŵš àñð šţàŕţš àţ 0 öŕ ļàţéŕ. ·················]</translation>
        </message>
        <message>
            <source>A comment is limited to %1 characters.</source>
            <translation>[Å çömméñţ îš ļîmîţéð ţö %1 çĥàŕàçţéŕš. ············]</translation>
        </message>
        <message>
            <source>You cannot review your own observation; another supervisor must.</source>
            <translation>[Ýöû çàññöţ ŕévîéŵ ýöûŕ öŵñ öƀšéŕvàţîöñ; àñöţĥéŕ šûpéŕvîšöŕ mûšţ. ·······················]</translation>
        </message>
        <message>
            <source>This observation is %1; it is not awaiting review.</source>
            <translation>[Ţĥîš öƀšéŕvàţîöñ îš %1; îţ îš ñöţ àŵàîţîñĝ ŕévîéŵ. ·················]</translation>
        </message>
        <message>
            <source>Returning needs a comment for the author.</source>
            <translation>[Ŕéţûŕñîñĝ ñééðš à çömméñţ föŕ ţĥé àûţĥöŕ. ··············]</translation>
        </message>
        <message>
            <source>Rejecting needs a comment for the author.</source>
            <translation>[Ŕéjéçţîñĝ ñééðš à çömméñţ föŕ ţĥé àûţĥöŕ. ··············]</translation>
        </message>
        <message>
            <source>Re-grading needs a comment for the author.</source>
            <translation>[Ŕé-ĝŕàðîñĝ ñééðš à çömméñţ föŕ ţĥé àûţĥöŕ. ··············]</translation>
        </message>
        <message>
            <source>There is no such review.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ ŕévîéŵ. ·······]</translation>
        </message>
        <message>
            <source>Give a reason for access before reading the record.</source>
            <translation>[Ĝîvé à ŕéàšöñ föŕ àççéšš ƀéföŕé ŕéàðîñĝ ţĥé ŕéçöŕð. ··················]</translation>
        </message>
        <message>
            <source>Type at least one letter or digit to search for.</source>
            <translation>[Ţýpé àţ ļéàšţ öñé ļéţţéŕ öŕ ðîĝîţ ţö šéàŕçĥ föŕ. ·················]</translation>
        </message>
        <message>
            <source>The auditor sees records' metadata and the audit log, not what officers wrote: search by prisoner name or number instead.</source>
            <translation>[Ţĥé àûðîţöŕ šééš ŕéçöŕðš' méţàðàţà àñð ţĥé àûðîţ ļöĝ, ñöţ ŵĥàţ öffîçéŕš ŵŕöţé: šéàŕçĥ ƀý pŕîšöñéŕ ñàmé öŕ ñûmƀéŕ îñšţéàð. ··············································]</translation>
        </message>
        <message>
            <source>The subject to export no longer exists.</source>
            <translation>[Ţĥé šûƀjéçţ ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ·············]</translation>
        </message>
        <message>
            <source>Prison number %1 of %2 is another file at the central office: an analyst may link the two files if they are one person.</source>
            <translation>[Pŕîšöñ ñûmƀéŕ %1 öf %2 îš àñöţĥéŕ fîļé àţ ţĥé çéñţŕàļ öffîçé: àñ àñàļýšţ màý ļîñķ ţĥé ţŵö fîļéš îf ţĥéý àŕé öñé péŕšöñ. ···········································]</translation>
        </message>
        <message>
            <source>Prison number %1 of %2 is already another file in this vault.</source>
            <translation>[Pŕîšöñ ñûmƀéŕ %1 öf %2 îš àļŕéàðý àñöţĥéŕ fîļé îñ ţĥîš vàûļţ. ····················]</translation>
        </message>
        <message>
            <source>family name</source>
            <extracomment>The names of the name fields as errors say them (in the user's language).</extracomment>
            <translation>[fàmîļý ñàmé ··]</translation>
        </message>
        <message>
            <source>given names</source>
            <translation>[ĝîvéñ ñàméš ··]</translation>
        </message>
        <message>
            <source>The %1 is required.</source>
            <extracomment>The kinds of programme the issue names, until a reference bundle sends the country's list. Which status may follow which (completed, declined and ended early close a referral).</extracomment>
            <translation>[Ţĥé %1 îš ŕéqûîŕéð. ····]</translation>
        </message>
        <message>
            <source>The %1 is limited to %2 characters.</source>
            <translation>[Ţĥé %1 îš ļîmîţéð ţö %2 çĥàŕàçţéŕš. ··········]</translation>
        </message>
        <message>
            <source>The %1 contains control characters.</source>
            <translation>[Ţĥé %1 çöñţàîñš çöñţŕöļ çĥàŕàçţéŕš. ···········]</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>[Ţĥé ðàţé çàññöţ ƀé îñ ţĥé fûţûŕé. ···········]</translation>
        </message>
        <message>
            <source>The date cannot be before %1.</source>
            <translation>[Ţĥé ðàţé çàññöţ ƀé ƀéföŕé %1. ········]</translation>
        </message>
        <message>
            <source>%1 is not a programme of the list: %2.</source>
            <translation>[%1 îš ñöţ à pŕöĝŕàmmé öf ţĥé ļîšţ: %2. ···········]</translation>
        </message>
        <message>
            <source>There is no such referral (it may have been erased).</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ ŕéféŕŕàļ (îţ màý ĥàvé ƀééñ éŕàšéð). ··················]</translation>
        </message>
        <message>
            <source>Referrals are recorded at the prison, not at the central office.</source>
            <translation>[Ŕéféŕŕàļš àŕé ŕéçöŕðéð àţ ţĥé pŕîšöñ, ñöţ àţ ţĥé çéñţŕàļ öffîçé. ·······················]</translation>
        </message>
        <message>
            <source>This file belongs to another establishment; refer the prisoner there.</source>
            <translation>[Ţĥîš fîļé ƀéļöñĝš ţö àñöţĥéŕ éšţàƀļîšĥméñţ; ŕéféŕ ţĥé pŕîšöñéŕ ţĥéŕé. ·························]</translation>
        </message>
        <message>
            <source>This file was anonymised; nothing more is recorded in it.</source>
            <translation>[Ţĥîš fîļé ŵàš àñöñýmîšéð; ñöţĥîñĝ möŕé îš ŕéçöŕðéð îñ îţ. ····················]</translation>
        </message>
        <message>
            <source>This referral was made at %1 and arrived with the prisoner's file: it is history here. Record a new referral instead.</source>
            <translation>[Ţĥîš ŕéféŕŕàļ ŵàš màðé àţ %1 àñð àŕŕîvéð ŵîţĥ ţĥé pŕîšöñéŕ'š fîļé: îţ îš ĥîšţöŕý ĥéŕé. Ŕéçöŕð à ñéŵ ŕéféŕŕàļ îñšţéàð. ···········································]</translation>
        </message>
        <message>
            <source>Only the officer who referred or a supervisor may update it.</source>
            <translation>[Öñļý ţĥé öffîçéŕ ŵĥö ŕéféŕŕéð öŕ à šûpéŕvîšöŕ màý ûpðàţé îţ. ·····················]</translation>
        </message>
        <message>
            <source>A referral that is %1 cannot become %2; it is closed.</source>
            <translation>[Å ŕéféŕŕàļ ţĥàţ îš %1 çàññöţ ƀéçömé %2; îţ îš çļöšéð. ·················]</translation>
        </message>
        <message>
            <source>A referral that is %1 cannot become %2 (next: %3).</source>
            <translation>[Å ŕéféŕŕàļ ţĥàţ îš %1 çàññöţ ƀéçömé %2 (ñéxţ: %3). ···············]</translation>
        </message>
        <message>
            <source>Nothing changes: choose the next status or write the outcome.</source>
            <translation>[Ñöţĥîñĝ çĥàñĝéš: çĥööšé ţĥé ñéxţ šţàţûš öŕ ŵŕîţé ţĥé öûţçömé. ······················]</translation>
        </message>
        <message>
            <source>The %1 may hold letters, spaces and - ' . only (no emoji or symbols).</source>
            <translation>[Ţĥé %1 màý ĥöļð ļéţţéŕš, špàçéš àñð - ' . öñļý (ñö émöjî öŕ šýmƀöļš). ························]</translation>
        </message>
        <message>
            <source>A prison number is 1–32 letters or digits (spaces, '.', '/', '-' allowed).</source>
            <translation>[Å pŕîšöñ ñûmƀéŕ îš 1–32 ļéţţéŕš öŕ ðîĝîţš (špàçéš, '.', '/', '-' àļļöŵéð). ···························]</translation>
        </message>
        <message>
            <source>The birth year must be between 1900 and %1.</source>
            <translation>[Ţĥé ƀîŕţĥ ýéàŕ mûšţ ƀé ƀéţŵééñ 1900 àñð %1. ··············]</translation>
        </message>
        <message>
            <source>There is no active unit %1 in this establishment.</source>
            <translation>[Ţĥéŕé îš ñö àçţîvé ûñîţ %1 îñ ţĥîš éšţàƀļîšĥméñţ. ················]</translation>
        </message>
        <message>
            <source>cell</source>
            <translation>[çéļļ]</translation>
        </message>
        <message>
            <source>There is no such prisoner in the vault (it may have been erased).</source>
            <extracomment>Months until a file is due for review, per kind (declared with the setting). The details that say who the person is: on a restricted file, changed only as a rectification (where the person is held — unit, cell, status — is kept current).</extracomment>
            <translation>[Ţĥéŕé îš ñö šûçĥ pŕîšöñéŕ îñ ţĥé vàûļţ (îţ màý ĥàvé ƀééñ éŕàšéð). ·······················]</translation>
        </message>
        <message>
            <source>No prisoner with prison number %1 in %2 is recorded.</source>
            <translation>[Ñö pŕîšöñéŕ ŵîţĥ pŕîšöñ ñûmƀéŕ %1 îñ %2 îš ŕéçöŕðéð. ·················]</translation>
        </message>
        <message>
            <source>At the central office a prison number is given with its establishment, e.g. PL-WAW1:%1 (numbers are unique per establishment only).</source>
            <translation>[Åţ ţĥé çéñţŕàļ öffîçé à pŕîšöñ ñûmƀéŕ îš ĝîvéñ ŵîţĥ îţš éšţàƀļîšĥméñţ, é.ĝ. PĻ-ŴÅŴ1:%1 (ñûmƀéŕš àŕé ûñîqûé péŕ éšţàƀļîšĥméñţ öñļý). ·················································]</translation>
        </message>
        <message>
            <source>No prisoner with prison number %1 is recorded.</source>
            <translation>[Ñö pŕîšöñéŕ ŵîţĥ pŕîšöñ ñûmƀéŕ %1 îš ŕéçöŕðéð. ···············]</translation>
        </message>
        <message>
            <source>Prison number %1 is already recorded in this establishment; open that prisoner's file instead.</source>
            <translation>[Pŕîšöñ ñûmƀéŕ %1 îš àļŕéàðý ŕéçöŕðéð îñ ţĥîš éšţàƀļîšĥméñţ; öpéñ ţĥàţ pŕîšöñéŕ'š fîļé îñšţéàð. ··································]</translation>
        </message>
        <message>
            <source>Say why the prisoner's details change.</source>
            <translation>[Šàý ŵĥý ţĥé pŕîšöñéŕ'š ðéţàîļš çĥàñĝé. ·············]</translation>
        </message>
        <message>
            <source>This file was anonymised and cannot be changed.</source>
            <translation>[Ţĥîš fîļé ŵàš àñöñýmîšéð àñð çàññöţ ƀé çĥàñĝéð. ················]</translation>
        </message>
        <message>
            <source>Prison number %1 is already recorded.</source>
            <translation>[Pŕîšöñ ñûmƀéŕ %1 îš àļŕéàðý ŕéçöŕðéð. ···········]</translation>
        </message>
        <message>
            <source>The record refers to a prisoner the vault does not hold.</source>
            <translation>[Ţĥé ŕéçöŕð ŕéféŕš ţö à pŕîšöñéŕ ţĥé vàûļţ ðöéš ñöţ ĥöļð. ····················]</translation>
        </message>
        <message>
            <source>the file is %1 bytes; a template may be at most %2</source>
            <translation>[ţĥé fîļé îš %1 ƀýţéš; à ţémpļàţé màý ƀé àţ möšţ %2 ················]</translation>
        </message>
        <message>
            <source>Cannot read the template file %1: %2.</source>
            <translation>[Çàññöţ ŕéàð ţĥé ţémpļàţé fîļé %1: %2. ···········]</translation>
        </message>
        <message>
            <source>Unknown template origin %1.</source>
            <translation>[Ûñķñöŵñ ţémpļàţé öŕîĝîñ %1. ·······]</translation>
        </message>
        <message>
            <source>The template signature is too long.</source>
            <translation>[Ţĥé ţémpļàţé šîĝñàţûŕé îš ţöö ļöñĝ. ···········]</translation>
        </message>
        <message>
            <source>Template %1 version %2 is already stored with different content. Give the changed template a new version number.</source>
            <translation>[Ţémpļàţé %1 véŕšîöñ %2 îš àļŕéàðý šţöŕéð ŵîţĥ ðîfféŕéñţ çöñţéñţ. Ĝîvé ţĥé çĥàñĝéð ţémpļàţé à ñéŵ véŕšîöñ ñûmƀéŕ. ·········································]</translation>
        </message>
        <message>
            <source>Template %1 version %2 is stored here with different content than the central office sent.</source>
            <translation>[Ţémpļàţé %1 véŕšîöñ %2 îš šţöŕéð ĥéŕé ŵîţĥ ðîfféŕéñţ çöñţéñţ ţĥàñ ţĥé çéñţŕàļ öffîçé šéñţ. ································]</translation>
        </message>
        <message>
            <source>There is no checklist template %1 in the vault.</source>
            <translation>[Ţĥéŕé îš ñö çĥéçķļîšţ ţémpļàţé %1 îñ ţĥé vàûļţ. ···············]</translation>
        </message>
        <message>
            <source>No checklist template is active; an administrator must choose one.</source>
            <translation>[Ñö çĥéçķļîšţ ţémpļàţé îš àçţîvé; àñ àðmîñîšţŕàţöŕ mûšţ çĥööšé öñé. ························]</translation>
        </message>
        <message>
            <source>There is no such tombstone.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ ţömƀšţöñé. ········]</translation>
        </message>
        <message>
            <source>A password needs at least %1 characters.</source>
            <translation>[Å pàššŵöŕð ñééðš àţ ļéàšţ %1 çĥàŕàçţéŕš. ·············]</translation>
        </message>
        <message>
            <source>The password must not be the username.</source>
            <translation>[Ţĥé pàššŵöŕð mûšţ ñöţ ƀé ţĥé ûšéŕñàmé. ·············]</translation>
        </message>
        <message>
            <source>The password repeats too few different characters.</source>
            <translation>[Ţĥé pàššŵöŕð ŕépéàţš ţöö féŵ ðîfféŕéñţ çĥàŕàçţéŕš. ·················]</translation>
        </message>
        <message>
            <source>Give the account at least one role.</source>
            <translation>[Ĝîvé ţĥé àççöûñţ àţ ļéàšţ öñé ŕöļé. ···········]</translation>
        </message>
        <message>
            <source>The role %1 does not exist in a %2 vault.</source>
            <translation>[Ţĥé ŕöļé %1 ðöéš ñöţ éxîšţ îñ à %2 vàûļţ. ············]</translation>
        </message>
        <message>
            <source>A username is 2–32 letters, digits, '.', '_' or '-' and starts with a letter or digit.</source>
            <translation>[Å ûšéŕñàmé îš 2–32 ļéţţéŕš, ðîĝîţš, '.', '_' öŕ '-' àñð šţàŕţš ŵîţĥ à ļéţţéŕ öŕ ðîĝîţ. ································]</translation>
        </message>
        <message>
            <source>The username %1 is already taken (or was used before).</source>
            <translation>[Ţĥé ûšéŕñàmé %1 îš àļŕéàðý ţàķéñ (öŕ ŵàš ûšéð ƀéföŕé). ··················]</translation>
        </message>
        <message>
            <source>There is no unit %1.</source>
            <translation>[Ţĥéŕé îš ñö ûñîţ %1. ·····]</translation>
        </message>
        <message>
            <source>You cannot take the administrator role from yourself.</source>
            <translation>[Ýöû çàññöţ ţàķé ţĥé àðmîñîšţŕàţöŕ ŕöļé fŕöm ýöûŕšéļf. ···················]</translation>
        </message>
        <message>
            <source>The account %1 is disabled: enable it, which sets a new password.</source>
            <translation>[Ţĥé àççöûñţ %1 îš ðîšàƀļéð: éñàƀļé îţ, ŵĥîçĥ šéţš à ñéŵ pàššŵöŕð. ·······················]</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>[Ţĥé ñéŵ pàššŵöŕð mûšţ ðîfféŕ fŕöm ţĥé çûŕŕéñţ öñé. ·················]</translation>
        </message>
        <message>
            <source>The last active administrator cannot be removed.</source>
            <translation>[Ţĥé ļàšţ àçţîvé àðmîñîšţŕàţöŕ çàññöţ ƀé ŕémövéð. ·················]</translation>
        </message>
        <message>
            <source>A username uses letters, digits, '.', '_' or '-' only.</source>
            <translation>[Å ûšéŕñàmé ûšéš ļéţţéŕš, ðîĝîţš, '.', '_' öŕ '-' öñļý. ···················]</translation>
        </message>
        <message>
            <source>An establishment code is 1–16 letters or digits.</source>
            <translation>[Åñ éšţàƀļîšĥméñţ çöðé îš 1–16 ļéţţéŕš öŕ ðîĝîţš. ·················]</translation>
        </message>
        <message>
            <source>A training vault is never made in the real vault's folder; choose another folder.</source>
            <translation>[Å ţŕàîñîñĝ vàûļţ îš ñévéŕ màðé îñ ţĥé ŕéàļ vàûļţ'š föļðéŕ; çĥööšé àñöţĥéŕ föļðéŕ. ······························]</translation>
        </message>
        <message>
            <source>A vault already exists in %1.</source>
            <translation>[Å vàûļţ àļŕéàðý éxîšţš îñ %1. ········]</translation>
        </message>
        <message>
            <source>Your password was set by an administrator: choose a new one before you go on.</source>
            <extracomment>A central store on a PostgreSQL server (CentralSession): no vault key, and what ends an account there is the server's, not a re-encryption (screens say which).</extracomment>
            <translation>[Ýöûŕ pàššŵöŕð ŵàš šéţ ƀý àñ àðmîñîšţŕàţöŕ: çĥööšé à ñéŵ öñé ƀéföŕé ýöû ĝö öñ. ····························]</translation>
        </message>
        <message>
            <source>vault.keys and vault.db disagree about whether this is a training vault: one of them was replaced or edited. Nothing was opened.</source>
            <translation>[vàûļţ.ķéýš àñð vàûļţ.ðƀ ðîšàĝŕéé àƀöûţ ŵĥéţĥéŕ ţĥîš îš à ţŕàîñîñĝ vàûļţ: öñé öf ţĥém ŵàš ŕépļàçéð öŕ éðîţéð. Ñöţĥîñĝ ŵàš öpéñéð. ·················································]</translation>
        </message>
        <message>
            <source>This central office's database is kept on a server and has no recovery code. An administrator enables your account again with a new temporary password (Administration › Accounts, or radprev user enable).</source>
            <translation>[Ţĥîš çéñţŕàļ öffîçé'š ðàţàƀàšé îš ķépţ öñ à šéŕvéŕ àñð ĥàš ñö ŕéçövéŕý çöðé. Åñ àðmîñîšţŕàţöŕ éñàƀļéš ýöûŕ àççöûñţ àĝàîñ ŵîţĥ à ñéŵ ţémpöŕàŕý pàššŵöŕð (Åðmîñîšţŕàţîöñ › Åççöûñţš, öŕ ŕàðpŕév ûšéŕ éñàƀļé). ···············································································]</translation>
        </message>
        <message>
            <source>This account is disabled: an administrator enables it with a new password.</source>
            <translation>[Ţĥîš àççöûñţ îš ðîšàƀļéð: àñ àðmîñîšţŕàţöŕ éñàƀļéš îţ ŵîţĥ à ñéŵ pàššŵöŕð. ···························]</translation>
        </message>
        <message>
            <source>Only an administrator can restore a backup.</source>
            <translation>[Öñļý àñ àðmîñîšţŕàţöŕ çàñ ŕéšţöŕé à ƀàçķûp. ···············]</translation>
        </message>
        <message>
            <source>The backup's key file and database disagree about whether it is a training vault; it is not restored.</source>
            <translation>[Ţĥé ƀàçķûp'š ķéý fîļé àñð ðàţàƀàšé ðîšàĝŕéé àƀöûţ ŵĥéţĥéŕ îţ îš à ţŕàîñîñĝ vàûļţ; îţ îš ñöţ ŕéšţöŕéð. ······································]</translation>
        </message>
        <message>
            <source>This backup is of a training vault: it is never restored over a real vault.</source>
            <translation>[Ţĥîš ƀàçķûp îš öf à ţŕàîñîñĝ vàûļţ: îţ îš ñévéŕ ŕéšţöŕéð övéŕ à ŕéàļ vàûļţ. ···························]</translation>
        </message>
        <message>
            <source>This folder holds a training vault: a real vault's backup is never restored into it.</source>
            <translation>[Ţĥîš föļðéŕ ĥöļðš à ţŕàîñîñĝ vàûļţ: à ŕéàļ vàûļţ'š ƀàçķûp îš ñévéŕ ŕéšţöŕéð îñţö îţ. ·······························]</translation>
        </message>
        <message>
            <source>A vault or central store is already set up in %1.</source>
            <translation>[Å vàûļţ öŕ çéñţŕàļ šţöŕé îš àļŕéàðý šéţ ûp îñ %1. ················]</translation>
        </message>
        <message>
            <source>The database %1 already holds a central store; connect to it with its settings file instead of creating another.</source>
            <translation>[Ţĥé ðàţàƀàšé %1 àļŕéàðý ĥöļðš à çéñţŕàļ šţöŕé; çöññéçţ ţö îţ ŵîţĥ îţš šéţţîñĝš fîļé îñšţéàð öf çŕéàţîñĝ àñöţĥéŕ. ·········································]</translation>
        </message>
        <message>
            <source>No central store is set up in %1.</source>
            <translation>[Ñö çéñţŕàļ šţöŕé îš šéţ ûp îñ %1. ··········]</translation>
        </message>
        <message>
            <source>This account is disabled. Ask the administrator.</source>
            <extracomment>Where the backup taken before this login upgraded the vault's schema is (None: no upgrade); the windows say it once, in one calm line.</extracomment>
            <translation>[Ţĥîš àççöûñţ îš ðîšàƀļéð. Åšķ ţĥé àðmîñîšţŕàţöŕ. ·················]</translation>
        </message>
        <message>
            <source>The central store was set up by an earlier version of radprev (schema %1; this version needs %2). An administrator logs in once through the office's own database login to upgrade it; until then it cannot be used from here.</source>
            <translation>[Ţĥé çéñţŕàļ šţöŕé ŵàš šéţ ûp ƀý àñ éàŕļîéŕ véŕšîöñ öf ŕàðpŕév (šçĥémà %1; ţĥîš véŕšîöñ ñééðš %2). Åñ àðmîñîšţŕàţöŕ ļöĝš îñ öñçé ţĥŕöûĝĥ ţĥé öffîçé'š öŵñ ðàţàƀàšé ļöĝîñ ţö ûpĝŕàðé îţ; ûñţîļ ţĥéñ îţ çàññöţ ƀé ûšéð fŕöm ĥéŕé. ·····················································································]</translation>
        </message>
        <message>
            <source>The vault is locked.</source>
            <translation>[Ţĥé vàûļţ îš ļöçķéð. ·····]</translation>
        </message>
        <message>
            <source>There is no part %1 of %2.</source>
            <extracomment>Translation context of every label below (the Settings tab's own context). False: kept by another path (code lists arrive in reference bundles), not on the form.</extracomment>
            <translation>[Ţĥéŕé îš ñö pàŕţ %1 öf %2. ······]</translation>
        </message>
        <message>
            <source>%1 must be a whole number.</source>
            <translation>[%1 mûšţ ƀé à ŵĥöļé ñûmƀéŕ. ·······]</translation>
        </message>
        <message>
            <source>%1 must be between %2 and %3.</source>
            <translation>[%1 mûšţ ƀé ƀéţŵééñ %2 àñð %3. ·······]</translation>
        </message>
        <message>
            <source>%1 must be 1 to %2 characters.</source>
            <translation>[%1 mûšţ ƀé 1 ţö %2 çĥàŕàçţéŕš. ········]</translation>
        </message>
        <message>
            <source>%1 must be one of: %2.</source>
            <translation>[%1 mûšţ ƀé öñé öf: %2. ·····]</translation>
        </message>
        <message>
            <source>%1 must be %2 or %3.</source>
            <translation>[%1 mûšţ ƀé %2 öŕ %3. ···]</translation>
        </message>
        <message>
            <source>%1 are given per part.</source>
            <translation>[%1 àŕé ĝîvéñ péŕ pàŕţ. ·····]</translation>
        </message>
        <message>
            <source>%1: there is no part %2.</source>
            <translation>[%1: ţĥéŕé îš ñö pàŕţ %2. ·····]</translation>
        </message>
        <message>
            <source>Code lists must be an object of lists.</source>
            <translation>[Çöðé ļîšţš mûšţ ƀé àñ öƀjéçţ öf ļîšţš. ·············]</translation>
        </message>
        <message>
            <source>A code list name is not valid.</source>
            <translation>[Å çöðé ļîšţ ñàmé îš ñöţ vàļîð. ·········]</translation>
        </message>
        <message>
            <source>The code list %1 is not a list.</source>
            <translation>[Ţĥé çöðé ļîšţ %1 îš ñöţ à ļîšţ. ·········]</translation>
        </message>
        <message>
            <source>The code list %1 holds bad entries.</source>
            <translation>[Ţĥé çöðé ļîšţ %1 ĥöļðš ƀàð éñţŕîéš. ···········]</translation>
        </message>
        <message>
            <source>%1: give 1 to %2 levels separated by ';', lowest first, each 1 to %3 characters.</source>
            <extracomment>The most levels a classification list holds, and the longest name of one.</extracomment>
            <translation>[%1: ĝîvé 1 ţö %2 ļévéļš šépàŕàţéð ƀý ';', ļöŵéšţ fîŕšţ, éàçĥ 1 ţö %3 çĥàŕàçţéŕš. ···························]</translation>
        </message>
        <message>
            <source>%1 names %2 twice.</source>
            <translation>[%1 ñàméš %2 ţŵîçé. ···]</translation>
        </message>
        <message>
            <source>There is no setting named %1.</source>
            <translation>[Ţĥéŕé îš ñö šéţţîñĝ ñàméð %1. ········]</translation>
        </message>
        <message>
            <source>Writing reference bundles</source>
            <translation>[Ŵŕîţîñĝ ŕéféŕéñçé ƀûñðļéš ·······]</translation>
        </message>
        <message>
            <source>The bundle part %1 is not valid JSON.</source>
            <translation>[Ţĥé ƀûñðļé pàŕţ %1 îš ñöţ vàļîð JŠÖÑ. ···········]</translation>
        </message>
        <message>
            <source>Importing reference bundles</source>
            <translation>[Împöŕţîñĝ ŕéféŕéñçé ƀûñðļéš ········]</translation>
        </message>
        <message>
            <source>A newer reference bundle (%1) was already imported; bundle %2 is older and was not applied.</source>
            <translation>[Å ñéŵéŕ ŕéféŕéñçé ƀûñðļé (%1) ŵàš àļŕéàðý împöŕţéð; ƀûñðļé %2 îš öļðéŕ àñð ŵàš ñöţ àppļîéð. ································]</translation>
        </message>
        <message>
            <source>The bundle's profile or code lists are malformed.</source>
            <translation>[Ţĥé ƀûñðļé'š pŕöfîļé öŕ çöðé ļîšţš àŕé màļföŕméð. ·················]</translation>
        </message>
        <message>
            <source>The bundle's settings are not valid: %1</source>
            <translation>[Ţĥé ƀûñðļé'š šéţţîñĝš àŕé ñöţ vàļîð: %1 ············]</translation>
        </message>
        <message>
            <source>Template %1 in the bundle was refused: %2 Nothing was changed.</source>
            <translation>[Ţémpļàţé %1 îñ ţĥé ƀûñðļé ŵàš ŕéfûšéð: %2 Ñöţĥîñĝ ŵàš çĥàñĝéð. ·····················]</translation>
        </message>
        <message>
            <source>There is no such conflict.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ çöñfļîçţ. ········]</translation>
        </message>
        <message>
            <source>a hard link</source>
            <extracomment>A JSON escape of a UTF-16 surrogate (…), in either case.</extracomment>
            <translation>[à ĥàŕð ļîñķ ··]</translation>
        </message>
        <message>
            <source>a symbolic link</source>
            <translation>[à šýmƀöļîç ļîñķ ···]</translation>
        </message>
        <message>
            <source>a character device</source>
            <translation>[à çĥàŕàçţéŕ ðévîçé ·····]</translation>
        </message>
        <message>
            <source>a block device</source>
            <translation>[à ƀļöçķ ðévîçé ···]</translation>
        </message>
        <message>
            <source>a folder</source>
            <translation>[à föļðéŕ ·]</translation>
        </message>
        <message>
            <source>a FIFO</source>
            <translation>[à FÎFÖ]</translation>
        </message>
        <message>
            <source>a contiguous file</source>
            <translation>[à çöñţîĝûöûš fîļé ····]</translation>
        </message>
        <message>
            <source>a pax global header</source>
            <translation>[à pàx ĝļöƀàļ ĥéàðéŕ ·····]</translation>
        </message>
        <message>
            <source>a pax extended header</source>
            <translation>[à pàx éxţéñðéð ĥéàðéŕ ······]</translation>
        </message>
        <message>
            <source>a GNU long name</source>
            <translation>[à ĜÑÛ ļöñĝ ñàmé ···]</translation>
        </message>
        <message>
            <source>a GNU long link</source>
            <translation>[à ĜÑÛ ļöñĝ ļîñķ ···]</translation>
        </message>
        <message>
            <source>a GNU sparse file</source>
            <translation>[à ĜÑÛ špàŕšé fîļé ····]</translation>
        </message>
        <message>
            <source>The file's archive has a malformed %1 field.</source>
            <translation>[Ţĥé fîļé'š àŕçĥîvé ĥàš à màļföŕméð %1 fîéļð. ··············]</translation>
        </message>
        <message>
            <source>The file's archive is damaged (a header checksum is wrong).</source>
            <translation>[Ţĥé fîļé'š àŕçĥîvé îš ðàmàĝéð (à ĥéàðéŕ çĥéçķšûm îš ŵŕöñĝ). ·····················]</translation>
        </message>
        <message>
            <source>The file is not a POSIX ustar archive (other tar formats are refused).</source>
            <translation>[Ţĥé fîļé îš ñöţ à PÖŠÎX ûšţàŕ àŕçĥîvé (öţĥéŕ ţàŕ föŕmàţš àŕé ŕéfûšéð). ·························]</translation>
        </message>
        <message>
            <source>The file holds a part whose name is not plain ASCII.</source>
            <translation>[Ţĥé fîļé ĥöļðš à pàŕţ ŵĥöšé ñàmé îš ñöţ pļàîñ ÅŠÇÎÎ. ··················]</translation>
        </message>
        <message>
            <source>an entry of an unknown type</source>
            <translation>[àñ éñţŕý öf àñ ûñķñöŵñ ţýpé ········]</translation>
        </message>
        <message>
            <source>The file holds an entry %1 that is %2, not a file.</source>
            <translation>[Ţĥé fîļé ĥöļðš àñ éñţŕý %1 ţĥàţ îš %2, ñöţ à fîļé. ················]</translation>
        </message>
        <message>
            <source>The file holds an entry %1 inside a folder.</source>
            <translation>[Ţĥé fîļé ĥöļðš àñ éñţŕý %1 îñšîðé à föļðéŕ. ··············]</translation>
        </message>
        <message>
            <source>The file holds an unexpected part %1.</source>
            <translation>[Ţĥé fîļé ĥöļðš àñ ûñéxpéçţéð pàŕţ %1. ···········]</translation>
        </message>
        <message>
            <source>The part %1 is larger than allowed.</source>
            <translation>[Ţĥé pàŕţ %1 îš ļàŕĝéŕ ţĥàñ àļļöŵéð. ···········]</translation>
        </message>
        <message>
            <source>The file is truncated (its archive has no end marker).</source>
            <translation>[Ţĥé fîļé îš ţŕûñçàţéð (îţš àŕçĥîvé ĥàš ñö éñð màŕķéŕ). ···················]</translation>
        </message>
        <message>
            <source>The file holds too many parts.</source>
            <translation>[Ţĥé fîļé ĥöļðš ţöö màñý pàŕţš. ·········]</translation>
        </message>
        <message>
            <source>The file holds the part %1 twice.</source>
            <translation>[Ţĥé fîļé ĥöļðš ţĥé pàŕţ %1 ţŵîçé. ··········]</translation>
        </message>
        <message>
            <source>The part %1 is truncated.</source>
            <translation>[Ţĥé pàŕţ %1 îš ţŕûñçàţéð. ·······]</translation>
        </message>
        <message>
            <source>The file holds data after the end of its archive.</source>
            <translation>[Ţĥé fîļé ĥöļðš ðàţà àfţéŕ ţĥé éñð öf îţš àŕçĥîvé. ·················]</translation>
        </message>
        <message>
            <source>The file has no signed manifest.</source>
            <translation>[Ţĥé fîļé ĥàš ñö šîĝñéð màñîféšţ. ··········]</translation>
        </message>
        <message>
            <source>%1 is not a regular file.</source>
            <translation>[%1 îš ñöţ à ŕéĝûļàŕ fîļé. ·······]</translation>
        </message>
        <message>
            <source>%1 is larger than allowed (%2 bytes).</source>
            <translation>[%1 îš ļàŕĝéŕ ţĥàñ àļļöŵéð (%2 ƀýţéš). ···········]</translation>
        </message>
        <message>
            <source>%1 cannot be read (%2).</source>
            <translation>[%1 çàññöţ ƀé ŕéàð (%2). ·····]</translation>
        </message>
        <message>
            <source>The manifest is not valid JSON.</source>
            <translation>[Ţĥé màñîféšţ îš ñöţ vàļîð JŠÖÑ. ··········]</translation>
        </message>
        <message>
            <source>The manifest is not a JSON object.</source>
            <translation>[Ţĥé màñîféšţ îš ñöţ à JŠÖÑ öƀjéçţ. ···········]</translation>
        </message>
        <message>
            <source>The manifest holds text that is not valid Unicode.</source>
            <translation>[Ţĥé màñîféšţ ĥöļðš ţéxţ ţĥàţ îš ñöţ vàļîð Ûñîçöðé. ·················]</translation>
        </message>
        <message>
            <source>The manifest holds numbers that are not integers.</source>
            <translation>[Ţĥé màñîféšţ ĥöļðš ñûmƀéŕš ţĥàţ àŕé ñöţ îñţéĝéŕš. ·················]</translation>
        </message>
        <message>
            <source>The manifest is not in canonical form.</source>
            <translation>[Ţĥé màñîféšţ îš ñöţ îñ çàñöñîçàļ föŕm. ·············]</translation>
        </message>
        <message>
            <source>This is not a radprev file.</source>
            <translation>[Ţĥîš îš ñöţ à ŕàðpŕév fîļé. ········]</translation>
        </message>
        <message>
            <source>The manifest has no format version.</source>
            <translation>[Ţĥé màñîféšţ ĥàš ñö föŕmàţ véŕšîöñ. ···········]</translation>
        </message>
        <message>
            <source>The file uses format version %1; this version of radprev reads up to %2. Install the newer version.</source>
            <translation>[Ţĥé fîļé ûšéš föŕmàţ véŕšîöñ %1; ţĥîš véŕšîöñ öf ŕàðpŕév ŕéàðš ûp ţö %2. Îñšţàļļ ţĥé ñéŵéŕ véŕšîöñ. ···································]</translation>
        </message>
        <message>
            <source>The file's format version is not valid.</source>
            <translation>[Ţĥé fîļé'š föŕmàţ véŕšîöñ îš ñöţ vàļîð. ·············]</translation>
        </message>
        <message>
            <source>The manifest signature is malformed.</source>
            <translation>[Ţĥé màñîféšţ šîĝñàţûŕé îš màļföŕméð. ············]</translation>
        </message>
        <message>
            <source>The signature does not verify against %1: the file was altered or forged.</source>
            <translation>[Ţĥé šîĝñàţûŕé ðöéš ñöţ véŕîfý àĝàîñšţ %1: ţĥé fîļé ŵàš àļţéŕéð öŕ föŕĝéð. ··························]</translation>
        </message>
        <message>
            <source>The manifest does not list the parts.</source>
            <translation>[Ţĥé màñîféšţ ðöéš ñöţ ļîšţ ţĥé pàŕţš. ············]</translation>
        </message>
        <message>
            <source>The parts in the file do not match the manifest.</source>
            <translation>[Ţĥé pàŕţš îñ ţĥé fîļé ðö ñöţ màţçĥ ţĥé màñîféšţ. ·················]</translation>
        </message>
        <message>
            <source>The manifest entry for %1 is malformed.</source>
            <translation>[Ţĥé màñîféšţ éñţŕý föŕ %1 îš màļföŕméð. ············]</translation>
        </message>
        <message>
            <source>The part %1 does not match its hash: it was altered.</source>
            <translation>[Ţĥé pàŕţ %1 ðöéš ñöţ màţçĥ îţš ĥàšĥ: îţ ŵàš àļţéŕéð. ·················]</translation>
        </message>
        <message>
            <source>The part %1 claims too many lines.</source>
            <translation>[Ţĥé pàŕţ %1 çļàîmš ţöö màñý ļîñéš. ··········]</translation>
        </message>
        <message>
            <source>The part %1 does not hold the number of lines listed.</source>
            <translation>[Ţĥé pàŕţ %1 ðöéš ñöţ ĥöļð ţĥé ñûmƀéŕ öf ļîñéš ļîšţéð. ··················]</translation>
        </message>
        <message>
            <source>The file is not an encrypted radprev package.</source>
            <translation>[Ţĥé fîļé îš ñöţ àñ éñçŕýpţéð ŕàðpŕév pàçķàĝé. ···············]</translation>
        </message>
        <message>
            <source>The package cannot be decrypted with this office's key: it was addressed to another office, or it is damaged or truncated.</source>
            <translation>[Ţĥé pàçķàĝé çàññöţ ƀé ðéçŕýpţéð ŵîţĥ ţĥîš öffîçé'š ķéý: îţ ŵàš àððŕéššéð ţö àñöţĥéŕ öffîçé, öŕ îţ îš ðàmàĝéð öŕ ţŕûñçàţéð. ··············································]</translation>
        </message>
        <message>
            <source>The package is damaged (its encryption layer is malformed).</source>
            <translation>[Ţĥé pàçķàĝé îš ðàmàĝéð (îţš éñçŕýpţîöñ ļàýéŕ îš màļföŕméð). ·····················]</translation>
        </message>
        <message>
            <source>The outbox holds a change of kind %1 that this version cannot export. Nothing was changed.</source>
            <extracomment>The purpose written into the audit entry of every export (a disclosure).</extracomment>
            <translation>[Ţĥé öûţƀöx ĥöļðš à çĥàñĝé öf ķîñð %1 ţĥàţ ţĥîš véŕšîöñ çàññöţ éxpöŕţ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·································]</translation>
        </message>
        <message>
            <source>The export's %1 part would exceed the size limit; export fewer changes at once. Nothing was changed.</source>
            <translation>[Ţĥé éxpöŕţ'š %1 pàŕţ ŵöûļð éxçééð ţĥé šîžé ļîmîţ; éxpöŕţ féŵéŕ çĥàñĝéš àţ öñçé. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·····································]</translation>
        </message>
        <message>
            <source>The package would exceed the size limit; nothing was changed.</source>
            <translation>[Ţĥé pàçķàĝé ŵöûļð éxçééð ţĥé šîžé ļîmîţ; ñöţĥîñĝ ŵàš çĥàñĝéð. ······················]</translation>
        </message>
        <message>
            <source>A file named %1 is already in %2; move it away first. Nothing was changed.</source>
            <translation>[Å fîļé ñàméð %1 îš àļŕéàðý îñ %2; mövé îţ àŵàý fîŕšţ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·························]</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet. An administrator must trust it first (Sync page, or `radprev central trust FILE --fingerprint HEX`).</source>
            <translation>[Ñö çéñţŕàļ öffîçé çéŕţîfîçàţé îš ţŕûšţéð ýéţ. Åñ àðmîñîšţŕàţöŕ mûšţ ţŕûšţ îţ fîŕšţ (Šýñç pàĝé, öŕ `ŕàðpŕév çéñţŕàļ ţŕûšţ FÎĻÉ --fîñĝéŕpŕîñţ ĤÉX`). ························································]</translation>
        </message>
        <message>
            <source>The folder %1 is not there (was a USB stick removed?). Nothing was changed.</source>
            <translation>[Ţĥé föļðéŕ %1 îš ñöţ ţĥéŕé (ŵàš à ÛŠƁ šţîçķ ŕémövéð?). Ñöţĥîñĝ ŵàš çĥàñĝéð. ···························]</translation>
        </message>
        <message>
            <source>Exporting</source>
            <translation>[Éxpöŕţîñĝ ·]</translation>
        </message>
        <message>
            <source>%1 did not read back correctly from the medium (faulty stick?). Nothing was changed.</source>
            <translation>[%1 ðîð ñöţ ŕéàð ƀàçķ çöŕŕéçţļý fŕöm ţĥé méðîûm (fàûļţý šţîçķ?). Ñöţĥîñĝ ŵàš çĥàñĝéð. ······························]</translation>
        </message>
        <message>
            <source>%1 did not read back correctly. Nothing was changed.</source>
            <translation>[%1 ðîð ñöţ ŕéàð ƀàçķ çöŕŕéçţļý. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·················]</translation>
        </message>
        <message>
            <source>The file is not a radprev package, receipt or bundle.</source>
            <translation>[Ţĥé fîļé îš ñöţ à ŕàðpŕév pàçķàĝé, ŕéçéîpţ öŕ ƀûñðļé. ···················]</translation>
        </message>
        <message>
            <source>The package comes from a workstation that is not enrolled (%1, fingerprint %2). Compare the fingerprint with the workstation's enrolment sheet, then enrol it and import again.</source>
            <translation>[Ţĥé pàçķàĝé çöméš fŕöm à ŵöŕķšţàţîöñ ţĥàţ îš ñöţ éñŕöļļéð (%1, fîñĝéŕpŕîñţ %2). Çömpàŕé ţĥé fîñĝéŕpŕîñţ ŵîţĥ ţĥé ŵöŕķšţàţîöñ'š éñŕöļméñţ šĥééţ, ţĥéñ éñŕöļ îţ àñð împöŕţ àĝàîñ. ··································································]</translation>
        </message>
        <message>
            <source>The package is larger than allowed.</source>
            <translation>[Ţĥé pàçķàĝé îš ļàŕĝéŕ ţĥàñ àļļöŵéð. ···········]</translation>
        </message>
        <message>
            <source>The file is not an export package.</source>
            <translation>[Ţĥé fîļé îš ñöţ àñ éxpöŕţ pàçķàĝé. ···········]</translation>
        </message>
        <message>
            <source>The manifest does not name the sender.</source>
            <translation>[Ţĥé màñîféšţ ðöéš ñöţ ñàmé ţĥé šéñðéŕ. ·············]</translation>
        </message>
        <message>
            <source>The manifest's sender is malformed.</source>
            <translation>[Ţĥé màñîféšţ'š šéñðéŕ îš màļföŕméð. ···········]</translation>
        </message>
        <message>
            <source>The manifest's sender key is malformed.</source>
            <translation>[Ţĥé màñîféšţ'š šéñðéŕ ķéý îš màļföŕméð. ·············]</translation>
        </message>
        <message>
            <source>The manifest's sequence number is not valid.</source>
            <translation>[Ţĥé màñîféšţ'š šéqûéñçé ñûmƀéŕ îš ñöţ vàļîð. ···············]</translation>
        </message>
        <message>
            <source>The manifest's previous package hash is malformed.</source>
            <translation>[Ţĥé màñîféšţ'š pŕévîöûš pàçķàĝé ĥàšĥ îš màļföŕméð. ·················]</translation>
        </message>
        <message>
            <source>The package was made for another central office certificate (recipient fingerprint does not match this office).</source>
            <translation>[Ţĥé pàçķàĝé ŵàš màðé föŕ àñöţĥéŕ çéñţŕàļ öffîçé çéŕţîfîçàţé (ŕéçîpîéñţ fîñĝéŕpŕîñţ ðöéš ñöţ màţçĥ ţĥîš öffîçé). ··········································]</translation>
        </message>
        <message>
            <source>The package names an enrolled workstation but carries another key: it was not made by that workstation (forged or replayed under its name).</source>
            <translation>[Ţĥé pàçķàĝé ñàméš àñ éñŕöļļéð ŵöŕķšţàţîöñ ƀûţ çàŕŕîéš àñöţĥéŕ ķéý: îţ ŵàš ñöţ màðé ƀý ţĥàţ ŵöŕķšţàţîöñ (föŕĝéð öŕ ŕépļàýéð ûñðéŕ îţš ñàmé). ·····················································]</translation>
        </message>
        <message>
            <source>The package names establishment %1, but this workstation was enrolled for %2: it was not made by that workstation as enrolled. Nothing was changed.</source>
            <translation>[Ţĥé pàçķàĝé ñàméš éšţàƀļîšĥméñţ %1, ƀûţ ţĥîš ŵöŕķšţàţîöñ ŵàš éñŕöļļéð föŕ %2: îţ ŵàš ñöţ màðé ƀý ţĥàţ ŵöŕķšţàţîöñ àš éñŕöļļéð. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·······················································]</translation>
        </message>
        <message>
            <source>Enrolling a workstation</source>
            <translation>[Éñŕöļļîñĝ à ŵöŕķšţàţîöñ ·······]</translation>
        </message>
        <message>
            <source>Importing export packages</source>
            <translation>[Împöŕţîñĝ éxpöŕţ pàçķàĝéš ·······]</translation>
        </message>
        <message>
            <source>The package comes from %1, an establishment your account is not granted; an administrator or an analyst granted it imports it. Nothing was changed.</source>
            <translation>[Ţĥé pàçķàĝé çöméš fŕöm %1, àñ éšţàƀļîšĥméñţ ýöûŕ àççöûñţ îš ñöţ ĝŕàñţéð; àñ àðmîñîšţŕàţöŕ öŕ àñ àñàļýšţ ĝŕàñţéð îţ împöŕţš îţ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·······················································]</translation>
        </message>
        <message>
            <source>A different package number %1 from this workstation was already imported: this one is a replay or a forgery (or the workstation was restored from an old backup). Nothing was changed.</source>
            <translation>[Å ðîfféŕéñţ pàçķàĝé ñûmƀéŕ %1 fŕöm ţĥîš ŵöŕķšţàţîöñ ŵàš àļŕéàðý împöŕţéð: ţĥîš öñé îš à ŕépļàý öŕ à föŕĝéŕý (öŕ ţĥé ŵöŕķšţàţîöñ ŵàš ŕéšţöŕéð fŕöm àñ öļð ƀàçķûp). Ñöţĥîñĝ ŵàš çĥàñĝéð. ·····································································]</translation>
        </message>
        <message>
            <source>Package 1 names a previous package: the chain is broken.</source>
            <translation>[Pàçķàĝé 1 ñàméš à pŕévîöûš pàçķàĝé: ţĥé çĥàîñ îš ƀŕöķéñ. ····················]</translation>
        </message>
        <message>
            <source>Package %1 names no previous package: the chain is broken.</source>
            <translation>[Pàçķàĝé %1 ñàméš ñö pŕévîöûš pàçķàĝé: ţĥé çĥàîñ îš ƀŕöķéñ. ····················]</translation>
        </message>
        <message>
            <source>Package %1 does not follow package %2 already imported (the chain of packages is broken). Nothing was changed.</source>
            <translation>[Pàçķàĝé %1 ðöéš ñöţ föļļöŵ pàçķàĝé %2 àļŕéàðý împöŕţéð (ţĥé çĥàîñ öf pàçķàĝéš îš ƀŕöķéñ). Ñöţĥîñĝ ŵàš çĥàñĝéð. ········································]</translation>
        </message>
        <message>
            <source>Package %1, already imported, does not follow this package %2 (the chain of packages is broken). Nothing was changed.</source>
            <translation>[Pàçķàĝé %1, àļŕéàðý împöŕţéð, ðöéš ñöţ föļļöŵ ţĥîš pàçķàĝé %2 (ţĥé çĥàîñ öf pàçķàĝéš îš ƀŕöķéñ). Ñöţĥîñĝ ŵàš çĥàñĝéð. ···········································]</translation>
        </message>
        <message>
            <source>%1 is never done in a training vault: practice stays in the training vault.</source>
            <translation>[%1 îš ñévéŕ ðöñé îñ à ţŕàîñîñĝ vàûļţ: pŕàçţîçé šţàýš îñ ţĥé ţŕàîñîñĝ vàûļţ. ···························]</translation>
        </message>
        <message>
            <source>%1 is done at the central office, not in this vault.</source>
            <translation>[%1 îš ðöñé àţ ţĥé çéñţŕàļ öffîçé, ñöţ îñ ţĥîš vàûļţ. ·················]</translation>
        </message>
        <message>
            <source>%1 is done at a workstation, not in this vault.</source>
            <translation>[%1 îš ðöñé àţ à ŵöŕķšţàţîöñ, ñöţ îñ ţĥîš vàûļţ. ···············]</translation>
        </message>
        <message>
            <source>This vault has no signing key.</source>
            <translation>[Ţĥîš vàûļţ ĥàš ñö šîĝñîñĝ ķéý. ·········]</translation>
        </message>
        <message>
            <source>Managing the central office keys</source>
            <translation>[Màñàĝîñĝ ţĥé çéñţŕàļ öffîçé ķéýš ··········]</translation>
        </message>
        <message>
            <source>Setting the backup recipient</source>
            <translation>[Šéţţîñĝ ţĥé ƀàçķûp ŕéçîpîéñţ ·········]</translation>
        </message>
        <message>
            <source>The backup recipient is not an age key (age1…).</source>
            <translation>[Ţĥé ƀàçķûp ŕéçîpîéñţ îš ñöţ àñ àĝé ķéý (àĝé1…). ················]</translation>
        </message>
        <message>
            <source>Writing the central certificate</source>
            <translation>[Ŵŕîţîñĝ ţĥé çéñţŕàļ çéŕţîfîçàţé ··········]</translation>
        </message>
        <message>
            <source>The certificate file is too large.</source>
            <translation>[Ţĥé çéŕţîfîçàţé fîļé îš ţöö ļàŕĝé. ···········]</translation>
        </message>
        <message>
            <source>The certificate is not valid JSON.</source>
            <translation>[Ţĥé çéŕţîfîçàţé îš ñöţ vàļîð JŠÖÑ. ···········]</translation>
        </message>
        <message>
            <source>The certificate is not a JSON object.</source>
            <translation>[Ţĥé çéŕţîfîçàţé îš ñöţ à JŠÖÑ öƀjéçţ. ············]</translation>
        </message>
        <message>
            <source>This is not a radprev central office certificate.</source>
            <translation>[Ţĥîš îš ñöţ à ŕàðpŕév çéñţŕàļ öffîçé çéŕţîfîçàţé. ·················]</translation>
        </message>
        <message>
            <source>The certificate's format version is not supported.</source>
            <translation>[Ţĥé çéŕţîfîçàţé'š föŕmàţ véŕšîöñ îš ñöţ šûppöŕţéð. ·················]</translation>
        </message>
        <message>
            <source>The certificate has missing or unexpected fields.</source>
            <translation>[Ţĥé çéŕţîfîçàţé ĥàš mîššîñĝ öŕ ûñéxpéçţéð fîéļðš. ·················]</translation>
        </message>
        <message>
            <source>The certificate field %1 is malformed.</source>
            <translation>[Ţĥé çéŕţîfîçàţé fîéļð %1 îš màļföŕméð. ············]</translation>
        </message>
        <message>
            <source>The certificate holds a malformed key.</source>
            <translation>[Ţĥé çéŕţîfîçàţé ĥöļðš à màļföŕméð ķéý. ·············]</translation>
        </message>
        <message>
            <source>The certificate's signature does not verify: it was altered.</source>
            <translation>[Ţĥé çéŕţîfîçàţé'š šîĝñàţûŕé ðöéš ñöţ véŕîfý: îţ ŵàš àļţéŕéð. ·····················]</translation>
        </message>
        <message>
            <source>Trusting a central office certificate</source>
            <translation>[Ţŕûšţîñĝ à çéñţŕàļ öffîçé çéŕţîfîçàţé ············]</translation>
        </message>
        <message>
            <source>The fingerprint does not match the certificate. Do not trust it: ask the central office for the enrolment sheet and compare again. Nothing was changed.</source>
            <translation>[Ţĥé fîñĝéŕpŕîñţ ðöéš ñöţ màţçĥ ţĥé çéŕţîfîçàţé. Ðö ñöţ ţŕûšţ îţ: àšķ ţĥé çéñţŕàļ öffîçé föŕ ţĥé éñŕöļméñţ šĥééţ àñð çömpàŕé àĝàîñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ··························································]</translation>
        </message>
        <message>
            <source>The manifest's transfer key is malformed.</source>
            <translation>[Ţĥé màñîféšţ'š ţŕàñšféŕ ķéý îš màļföŕméð. ··············]</translation>
        </message>
        <message>
            <source>The fingerprint does not match the workstation's key. Do not enrol it: compare it with the workstation's enrolment sheet again. Nothing was changed.</source>
            <translation>[Ţĥé fîñĝéŕpŕîñţ ðöéš ñöţ màţçĥ ţĥé ŵöŕķšţàţîöñ'š ķéý. Ðö ñöţ éñŕöļ îţ: çömpàŕé îţ ŵîţĥ ţĥé ŵöŕķšţàţîöñ'š éñŕöļméñţ šĥééţ àĝàîñ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·························································]</translation>
        </message>
        <message>
            <source>This workstation id is already enrolled with another key (or the key under another id). Nothing was changed.</source>
            <translation>[Ţĥîš ŵöŕķšţàţîöñ îð îš àļŕéàðý éñŕöļļéð ŵîţĥ àñöţĥéŕ ķéý (öŕ ţĥé ķéý ûñðéŕ àñöţĥéŕ îð). Ñöţĥîñĝ ŵàš çĥàñĝéð. ·········································]</translation>
        </message>
        <message>
            <source>Writing receipts</source>
            <translation>[Ŵŕîţîñĝ ŕéçéîpţš ····]</translation>
        </message>
        <message>
            <source>The receipt's content is not valid JSON.</source>
            <translation>[Ţĥé ŕéçéîpţ'š çöñţéñţ îš ñöţ vàļîð JŠÖÑ. ·············]</translation>
        </message>
        <message>
            <source>The receipt's content is malformed.</source>
            <translation>[Ţĥé ŕéçéîpţ'š çöñţéñţ îš màļföŕméð. ···········]</translation>
        </message>
        <message>
            <source>The file is not a %1.</source>
            <translation>[Ţĥé fîļé îš ñöţ à %1. ·····]</translation>
        </message>
        <message>
            <source>The file does not name its sender.</source>
            <translation>[Ţĥé fîļé ðöéš ñöţ ñàmé îţš šéñðéŕ. ···········]</translation>
        </message>
        <message>
            <source>The file was not signed by the central office this workstation trusts.</source>
            <translation>[Ţĥé fîļé ŵàš ñöţ šîĝñéð ƀý ţĥé çéñţŕàļ öffîçé ţĥîš ŵöŕķšţàţîöñ ţŕûšţš. ·························]</translation>
        </message>
        <message>
            <source>The file's sequence number is not valid.</source>
            <translation>[Ţĥé fîļé'š šéqûéñçé ñûmƀéŕ îš ñöţ vàļîð. ·············]</translation>
        </message>
        <message>
            <source>Importing receipts</source>
            <translation>[Împöŕţîñĝ ŕéçéîpţš ·····]</translation>
        </message>
        <message>
            <source>The consolidated view</source>
            <translation>[Ţĥé çöñšöļîðàţéð vîéŵ ······]</translation>
        </message>
        <message>
            <source>not UTF-8 text (byte %1)</source>
            <translation>[ñöţ ÛŢF-8 ţéxţ (ƀýţé %1) ······]</translation>
        </message>
        <message>
            <source>the key %1 appears twice</source>
            <translation>[ţĥé ķéý %1 àppéàŕš ţŵîçé ······]</translation>
        </message>
        <message>
            <source>not valid JSON: %1 (line %2, column %3)</source>
            <translation>[ñöţ vàļîð JŠÖÑ: %1 (ļîñé %2, çöļûmñ %3) ···········]</translation>
        </message>
        <message>
            <source>not valid JSON: %1</source>
            <translation>[ñöţ vàļîð JŠÖÑ: %1 ····]</translation>
        </message>
        <message>
            <source>a template must be a JSON object</source>
            <translation>[à ţémpļàţé mûšţ ƀé à JŠÖÑ öƀjéçţ ··········]</translation>
        </message>
        <message>
            <source>required key is missing</source>
            <translation>[ŕéqûîŕéð ķéý îš mîššîñĝ ·······]</translation>
        </message>
        <message>
            <source>unknown key (not part of the template format)</source>
            <translation>[ûñķñöŵñ ķéý (ñöţ pàŕţ öf ţĥé ţémpļàţé föŕmàţ) ···············]</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>[ûñķñöŵñ ķéý ··]</translation>
        </message>
        <message>
            <source>must be of type %1</source>
            <translation>[mûšţ ƀé öf ţýpé %1 ····]</translation>
        </message>
        <message>
            <source>text is longer than %1 characters</source>
            <translation>[ţéxţ îš ļöñĝéŕ ţĥàñ %1 çĥàŕàçţéŕš ··········]</translation>
        </message>
        <message>
            <source>text must not be empty</source>
            <translation>[ţéxţ mûšţ ñöţ ƀé émpţý ······]</translation>
        </message>
        <message>
            <source>%1 does not have the required form %2</source>
            <translation>[%1 ðöéš ñöţ ĥàvé ţĥé ŕéqûîŕéð föŕm %2 ···········]</translation>
        </message>
        <message>
            <source>has more than %1 entries</source>
            <translation>[ĥàš möŕé ţĥàñ %1 éñţŕîéš ······]</translation>
        </message>
        <message>
            <source>needs at least %1 entries</source>
            <translation>[ñééðš àţ ļéàšţ %1 éñţŕîéš ·······]</translation>
        </message>
        <message>
            <source>entries must not repeat</source>
            <translation>[éñţŕîéš mûšţ ñöţ ŕépéàţ ·······]</translation>
        </message>
        <message>
            <source>unknown language %1</source>
            <translation>[ûñķñöŵñ ļàñĝûàĝé %1 ····]</translation>
        </message>
        <message>
            <source>%1 is not one of %2</source>
            <translation>[%1 îš ñöţ öñé öf %2 ···]</translation>
        </message>
        <message>
            <source>must be %1</source>
            <translation>[mûšţ ƀé %1 ·]</translation>
        </message>
        <message>
            <source>%1 is out of range (%2 %3)</source>
            <translation>[%1 îš öûţ öf ŕàñĝé (%2 %3) ·····]</translation>
        </message>
        <message>
            <source>does not meet the rule '%1'</source>
            <translation>[ðöéš ñöţ mééţ ţĥé ŕûļé '%1' ·······]</translation>
        </message>
        <message>
            <source>missing text in a declared language</source>
            <extracomment>Help texts may name religious practice as an innocent explanation, never origin.</extracomment>
            <translation>[mîššîñĝ ţéxţ îñ à ðéçļàŕéð ļàñĝûàĝé ···········]</translation>
        </message>
        <message>
            <source>language not listed in $.languages</source>
            <translation>[ļàñĝûàĝé ñöţ ļîšţéð îñ $.ļàñĝûàĝéš ···········]</translation>
        </message>
        <message>
            <source>code %1 is already used at %2</source>
            <translation>[çöðé %1 îš àļŕéàðý ûšéð àţ %2 ·······]</translation>
        </message>
        <message>
            <source>an item of domain %1 must start with its code and a dot</source>
            <translation>[àñ îţém öf ðömàîñ %1 mûšţ šţàŕţ ŵîţĥ îţš çöðé àñð à ðöţ ···················]</translation>
        </message>
        <message>
            <source>an item of a %1 domain must be of the same kind</source>
            <translation>[àñ îţém öf à %1 ðömàîñ mûšţ ƀé öf ţĥé šàmé ķîñð ···············]</translation>
        </message>
        <message>
            <source>stands in for %1 (%2); describe the behaviour that matters (violence, threats, coercion, support for violence), or list it under non_indicators</source>
            <translation>[šţàñðš îñ föŕ %1 (%2); ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ ţĥàţ màţţéŕš (vîöļéñçé, ţĥŕéàţš, çöéŕçîöñ, šûppöŕţ föŕ vîöļéñçé), öŕ ļîšţ îţ ûñðéŕ ñöñ_îñðîçàţöŕš ·····················································]</translation>
        </message>
        <message>
            <source>at least one domain must be of kind indicator</source>
            <translation>[àţ ļéàšţ öñé ðömàîñ mûšţ ƀé öf ķîñð îñðîçàţöŕ ···············]</translation>
        </message>
        <message>
            <source>a sample template must carry a notice that it is a sample to adapt</source>
            <translation>[à šàmpļé ţémpļàţé mûšţ çàŕŕý à ñöţîçé ţĥàţ îţ îš à šàmpļé ţö àðàpţ ························]</translation>
        </message>
        <message>
            <source>mentions religion, ethnicity or nationality (%1); an item must describe observable behaviour — list such things under non_indicators</source>
            <translation>[méñţîöñš ŕéļîĝîöñ, éţĥñîçîţý öŕ ñàţîöñàļîţý (%1); àñ îţém mûšţ ðéšçŕîƀé öƀšéŕvàƀļé ƀéĥàvîöûŕ — ļîšţ šûçĥ ţĥîñĝš ûñðéŕ ñöñ_îñðîçàţöŕš ·················································]</translation>
        </message>
        <message>
            <source>not representable as JSON: %1</source>
            <translation>[ñöţ ŕépŕéšéñţàƀļé àš JŠÖÑ: %1 ········]</translation>
        </message>
        <message>
            <source>not valid JSON: nested too deeply</source>
            <translation>[ñöţ vàļîð JŠÖÑ: ñéšţéð ţöö ðéépļý ···········]</translation>
        </message>
        <message>
            <source>the template is %1 bytes; at most %2 are allowed</source>
            <translation>[ţĥé ţémpļàţé îš %1 ƀýţéš; àţ möšţ %2 àŕé àļļöŵéð ···············]</translation>
        </message>
        <message>
            <source>The backup could not be written or did not verify (%1).</source>
            <translation>[Ţĥé ƀàçķûp çöûļð ñöţ ƀé ŵŕîţţéñ öŕ ðîð ñöţ véŕîfý (%1). ···················]</translation>
        </message>
        <message>
            <source>The backup did not pass its integrity check.</source>
            <translation>[Ţĥé ƀàçķûp ðîð ñöţ pàšš îţš îñţéĝŕîţý çĥéçķ. ···············]</translation>
        </message>
        <message>
            <source>The backup is incomplete.</source>
            <translation>[Ţĥé ƀàçķûp îš îñçömpļéţé. ·······]</translation>
        </message>
        <message>
            <source>%1 is not a backup: it needs vault.db and vault.keys together.</source>
            <translation>[%1 îš ñöţ à ƀàçķûp: îţ ñééðš vàûļţ.ðƀ àñð vàûļţ.ķéýš ţöĝéţĥéŕ. ·····················]</translation>
        </message>
        <message>
            <source>The username or password does not open this backup.</source>
            <translation>[Ţĥé ûšéŕñàmé öŕ pàššŵöŕð ðöéš ñöţ öpéñ ţĥîš ƀàçķûp. ··················]</translation>
        </message>
        <message>
            <source>The backup is damaged.</source>
            <translation>[Ţĥé ƀàçķûp îš ðàmàĝéð. ······]</translation>
        </message>
        <message>
            <source>The backup's database does not open with its key file.</source>
            <translation>[Ţĥé ƀàçķûp'š ðàţàƀàšé ðöéš ñöţ öpéñ ŵîţĥ îţš ķéý fîļé. ···················]</translation>
        </message>
        <message>
            <source>The key does not open this vault.</source>
            <extracomment>The machine setting that turns SQLite's wiping of freed memory on (decision 0026). The page HMACs a vault may use: SQLCipher 4's default and the one new vaults use. What a vault without a record in vault.keys was written with (vaults made before 0030). What every new vault, backup of a new vault and upgraded vault is written with.</extracomment>
            <translation>[Ţĥé ķéý ðöéš ñöţ öpéñ ţĥîš vàûļţ. ···········]</translation>
        </message>
        <message>
            <source>The vault database could not be opened for writing.</source>
            <translation>[Ţĥé vàûļţ ðàţàƀàšé çöûļð ñöţ ƀé öpéñéð föŕ ŵŕîţîñĝ. ··················]</translation>
        </message>
        <message>
            <source>No vault in %1.</source>
            <translation>[Ñö vàûļţ îñ %1. ···]</translation>
        </message>
        <message>
            <source>The key file vault.keys is missing from the vault folder; the vault cannot be opened without it. Restore vault.keys from a backup.</source>
            <translation>[Ţĥé ķéý fîļé vàûļţ.ķéýš îš mîššîñĝ fŕöm ţĥé vàûļţ föļðéŕ; ţĥé vàûļţ çàññöţ ƀé öpéñéð ŵîţĥöûţ îţ. Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp. ·················································]</translation>
        </message>
        <message>
            <source>The key file vault.keys is damaged or was edited (%1); the vault was not changed. Restore vault.keys from a backup.</source>
            <translation>[Ţĥé ķéý fîļé vàûļţ.ķéýš îš ðàmàĝéð öŕ ŵàš éðîţéð (%1); ţĥé vàûļţ ŵàš ñöţ çĥàñĝéð. Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp. ···········································]</translation>
        </message>
        <message>
            <source>The central store was set up by a newer version of radprev (its database has schema %1; this version works with schemas up to %2); install that version or newer on this computer. Nothing in the store was changed.</source>
            <extracomment>Python steps by migration name (without its number): run after that file's SQL.</extracomment>
            <translation>[Ţĥé çéñţŕàļ šţöŕé ŵàš šéţ ûp ƀý à ñéŵéŕ véŕšîöñ öf ŕàðpŕév (îţš ðàţàƀàšé ĥàš šçĥémà %1; ţĥîš véŕšîöñ ŵöŕķš ŵîţĥ šçĥémàš ûp ţö %2); îñšţàļļ ţĥàţ véŕšîöñ öŕ ñéŵéŕ öñ ţĥîš çömpûţéŕ. Ñöţĥîñĝ îñ ţĥé šţöŕé ŵàš çĥàñĝéð. ·················································································]</translation>
        </message>
        <message>
            <source>This vault was written by a newer version of radprev (schema %1; this version knows up to %2). Install the newer version to open it.</source>
            <translation>[Ţĥîš vàûļţ ŵàš ŵŕîţţéñ ƀý à ñéŵéŕ véŕšîöñ öf ŕàðpŕév (šçĥémà %1; ţĥîš véŕšîöñ ķñöŵš ûp ţö %2). Îñšţàļļ ţĥé ñéŵéŕ véŕšîöñ ţö öpéñ îţ. ·················································]</translation>
        </message>
        <message>
            <source>The vault's keys are being changed right now (a user removal or a rekey). Try again in a moment.</source>
            <translation>[Ţĥé vàûļţ'š ķéýš àŕé ƀéîñĝ çĥàñĝéð ŕîĝĥţ ñöŵ (à ûšéŕ ŕémövàļ öŕ à ŕéķéý). Ţŕý àĝàîñ îñ à möméñţ. ····································]</translation>
        </message>
        <message>
            <source>The database vault.db is missing from the vault folder. Restore it from a backup.</source>
            <translation>[Ţĥé ðàţàƀàšé vàûļţ.ðƀ îš mîššîñĝ fŕöm ţĥé vàûļţ föļðéŕ. Ŕéšţöŕé îţ fŕöm à ƀàçķûp. ······························]</translation>
        </message>
        <message>
            <source>The vault folder %1 cannot be written by this account; ask the administrator to fix its permissions. Nothing was changed.</source>
            <translation>[Ţĥé vàûļţ föļðéŕ %1 çàññöţ ƀé ŵŕîţţéñ ƀý ţĥîš àççöûñţ; àšķ ţĥé àðmîñîšţŕàţöŕ ţö fîx îţš péŕmîššîöñš. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·············································]</translation>
        </message>
        <message>
            <source>The database vault.db is damaged (truncated). Restore it from a backup.</source>
            <extracomment>SQLite's own words for SQLITE_CORRUPT and SQLITE_NOTADB (sqlcipher3 exposes no error code); inside an SQL function (sqlcipher_export) they arrive as OperationalError.</extracomment>
            <translation>[Ţĥé ðàţàƀàšé vàûļţ.ðƀ îš ðàmàĝéð (ţŕûñçàţéð). Ŕéšţöŕé îţ fŕöm à ƀàçķûp. ··························]</translation>
        </message>
        <message>
            <source>The username or password is not right.</source>
            <translation>[Ţĥé ûšéŕñàmé öŕ pàššŵöŕð îš ñöţ ŕîĝĥţ. ·············]</translation>
        </message>
        <message>
            <source>The central store on PostgreSQL has no vault key: key changes and vault backups are done on the server (radprev backup; docs/decisions/0011-postgresql-central-store.md).</source>
            <translation>[Ţĥé çéñţŕàļ šţöŕé öñ PöšţĝŕéŠQĻ ĥàš ñö vàûļţ ķéý: ķéý çĥàñĝéš àñð vàûļţ ƀàçķûpš àŕé ðöñé öñ ţĥé šéŕvéŕ (ŕàðpŕév ƀàçķûp; ðöçš/ðéçîšîöñš/0011-pöšţĝŕéšqļ-çéñţŕàļ-šţöŕé.mð). ·································································]</translation>
        </message>
        <message>
            <source>Too many failed attempts: wait %1 s.</source>
            <translation>[Ţöö màñý fàîļéð àţţémpţš: ŵàîţ %1 š. ···········]</translation>
        </message>
        <message>
            <source>This vault has no recovery slot.</source>
            <translation>[Ţĥîš vàûļţ ĥàš ñö ŕéçövéŕý šļöţ. ··········]</translation>
        </message>
        <message>
            <source>The database vault.db is damaged and cannot be read. Restore it from a backup.</source>
            <translation>[Ţĥé ðàţàƀàšé vàûļţ.ðƀ îš ðàmàĝéð àñð çàññöţ ƀé ŕéàð. Ŕéšţöŕé îţ fŕöm à ƀàçķûp. ·····························]</translation>
        </message>
        <message>
            <source>Your password is right, but the database vault.db does not open with the key it unlocks: vault.db or vault.keys was replaced or damaged. Restore both from a backup.</source>
            <translation>[Ýöûŕ pàššŵöŕð îš ŕîĝĥţ, ƀûţ ţĥé ðàţàƀàšé vàûļţ.ðƀ ðöéš ñöţ öpéñ ŵîţĥ ţĥé ķéý îţ ûñļöçķš: vàûļţ.ðƀ öŕ vàûļţ.ķéýš ŵàš ŕépļàçéð öŕ ðàmàĝéð. Ŕéšţöŕé ƀöţĥ fŕöm à ƀàçķûp. ·······························································]</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Nothing was opened. Restore vault.keys from a backup, or ask the administrator.</source>
            <translation>[Ţĥé ķéý fîļé vàûļţ.ķéýš ŵàš çĥàñĝéð öûţšîðé ŕàðpŕév (îţš šéàļ ðöéš ñöţ màţçĥ ţĥé vàûļţ ķéý). Ñöţĥîñĝ ŵàš öpéñéð. Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp, öŕ àšķ ţĥé àðmîñîšţŕàţöŕ. ··································································]</translation>
        </message>
        <message>
            <source>vault.keys holds a key slot this vault does not know; the key file was edited or mixed up with another vault's. Restore vault.keys from a backup.</source>
            <translation>[vàûļţ.ķéýš ĥöļðš à ķéý šļöţ ţĥîš vàûļţ ðöéš ñöţ ķñöŵ; ţĥé ķéý fîļé ŵàš éðîţéð öŕ mîxéð ûp ŵîţĥ àñöţĥéŕ vàûļţ'š. Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp. ·······················································]</translation>
        </message>
        <message>
            <source>Too many failed attempts. Wait %1 seconds before trying again.</source>
            <translation>[Ţöö màñý fàîļéð àţţémpţš. Ŵàîţ %1 šéçöñðš ƀéföŕé ţŕýîñĝ àĝàîñ. ·····················]</translation>
        </message>
        <message>
            <source>The vault was re-encrypted by another window or command meanwhile. Log in again to continue.</source>
            <translation>[Ţĥé vàûļţ ŵàš ŕé-éñçŕýpţéð ƀý àñöţĥéŕ ŵîñðöŵ öŕ çömmàñð méàñŵĥîļé. Ļöĝ îñ àĝàîñ ţö çöñţîñûé. ··································]</translation>
        </message>
        <message>
            <source>A rekey of the vault is unfinished; log in again (as an administrator) to finish it, then retry.</source>
            <translation>[Å ŕéķéý öf ţĥé vàûļţ îš ûñfîñîšĥéð; ļöĝ îñ àĝàîñ (àš àñ àðmîñîšţŕàţöŕ) ţö fîñîšĥ îţ, ţĥéñ ŕéţŕý. ····································]</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev; nothing was changed. Restore vault.keys from a backup.</source>
            <translation>[Ţĥé ķéý fîļé vàûļţ.ķéýš ŵàš çĥàñĝéð öûţšîðé ŕàðpŕév; ñöţĥîñĝ ŵàš çĥàñĝéð. Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp. ········································]</translation>
        </message>
        <message>
            <source>There is no key slot for %1.</source>
            <translation>[Ţĥéŕé îš ñö ķéý šļöţ föŕ %1. ········]</translation>
        </message>
        <message>
            <source>The current password is not right.</source>
            <translation>[Ţĥé çûŕŕéñţ pàššŵöŕð îš ñöţ ŕîĝĥţ. ···········]</translation>
        </message>
        <message>
            <source>The key slot changed meanwhile; try again.</source>
            <translation>[Ţĥé ķéý šļöţ çĥàñĝéð méàñŵĥîļé; ţŕý àĝàîñ. ··············]</translation>
        </message>
        <message>
            <source>The key file vault.keys was changed outside radprev (its seal does not match the vault key). Restore vault.keys from a backup.</source>
            <translation>[Ţĥé ķéý fîļé vàûļţ.ķéýš ŵàš çĥàñĝéð öûţšîðé ŕàðpŕév (îţš šéàļ ðöéš ñöţ màţçĥ ţĥé vàûļţ ķéý). Ŕéšţöŕé vàûļţ.ķéýš fŕöm à ƀàçķûp. ················································]</translation>
        </message>
        <message>
            <source>The re-encrypted copy did not verify; nothing was changed.</source>
            <translation>[Ţĥé ŕé-éñçŕýpţéð çöpý ðîð ñöţ véŕîfý; ñöţĥîñĝ ŵàš çĥàñĝéð. ·····················]</translation>
        </message>
        <message>
            <source>The re-encrypted copy is incomplete; nothing was changed.</source>
            <translation>[Ţĥé ŕé-éñçŕýpţéð çöpý îš îñçömpļéţé; ñöţĥîñĝ ŵàš çĥàñĝéð. ····················]</translation>
        </message>
        <message>
            <source>The database is still in use by another window; close it and retry. Nothing was changed.</source>
            <translation>[Ţĥé ðàţàƀàšé îš šţîļļ îñ ûšé ƀý àñöţĥéŕ ŵîñðöŵ; çļöšé îţ àñð ŕéţŕý. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·································]</translation>
        </message>
        <message>
            <source>The vault folder %1 is not a folder.</source>
            <translation>[Ţĥé vàûļţ föļðéŕ %1 îš ñöţ à föļðéŕ. ···········]</translation>
        </message>
        <message>
            <source>The vault folder %1 does not exist and this account cannot create it.</source>
            <translation>[Ţĥé vàûļţ föļðéŕ %1 ðöéš ñöţ éxîšţ àñð ţĥîš àççöûñţ çàññöţ çŕéàţé îţ. ························]</translation>
        </message>
        <message>
            <source>This account may not use the shared vault folder %1. Ask IT to add it to the '%2' group (sudo adduser USER %2), then log out and in again.</source>
            <translation>[Ţĥîš àççöûñţ màý ñöţ ûšé ţĥé šĥàŕéð vàûļţ föļðéŕ %1. Åšķ ÎŢ ţö àðð îţ ţö ţĥé '%2' ĝŕöûp (šûðö àððûšéŕ ÛŠÉŔ %2), ţĥéñ ļöĝ öûţ àñð îñ àĝàîñ. ··················································]</translation>
        </message>
        <message>
            <source>This account may not use the shared vault folder %1. Ask IT to give the workstation's users modify rights on it (the installer does).</source>
            <translation>[Ţĥîš àççöûñţ màý ñöţ ûšé ţĥé šĥàŕéð vàûļţ föļðéŕ %1. Åšķ ÎŢ ţö ĝîvé ţĥé ŵöŕķšţàţîöñ'š ûšéŕš möðîfý ŕîĝĥţš öñ îţ (ţĥé îñšţàļļéŕ ðöéš). ··················································]</translation>
        </message>
        <message>
            <source>This account may not read and write the vault folder %1.</source>
            <translation>[Ţĥîš àççöûñţ màý ñöţ ŕéàð àñð ŵŕîţé ţĥé vàûļţ föļðéŕ %1. ···················]</translation>
        </message>
        <message>
            <source>Please wait</source>
            <translation>[Pļéàšé ŵàîţ ··]</translation>
        </message>
        <message>
            <source>Not right</source>
            <translation>[Ñöţ ŕîĝĥţ ·]</translation>
        </message>
        <message>
            <source>Account disabled</source>
            <translation>[Åççöûñţ ðîšàƀļéð ····]</translation>
        </message>
        <message>
            <source>Password too weak</source>
            <translation>[Pàššŵöŕð ţöö ŵéàķ ····]</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>[Ţĥé ðàţàƀàšé îš ðàmàĝéð ·······]</translation>
        </message>
        <message>
            <source>No database yet</source>
            <translation>[Ñö ðàţàƀàšé ýéţ ···]</translation>
        </message>
        <message>
            <source>Database of a newer version</source>
            <translation>[Ðàţàƀàšé öf à ñéŵéŕ véŕšîöñ ········]</translation>
        </message>
        <message>
            <source>Database folder not writable</source>
            <translation>[Ðàţàƀàšé föļðéŕ ñöţ ŵŕîţàƀļé ·········]</translation>
        </message>
        <message>
            <source>Not allowed</source>
            <translation>[Ñöţ àļļöŵéð ··]</translation>
        </message>
        <message>
            <source>Please check your input</source>
            <translation>[Pļéàšé çĥéçķ ýöûŕ îñpûţ ·······]</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>[Ñöţ föûñð ·]</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>[Çöñfļîçţ ·]</translation>
        </message>
        <message>
            <source>Checklist template not valid</source>
            <translation>[Çĥéçķļîšţ ţémpļàţé ñöţ vàļîð ·········]</translation>
        </message>
        <message>
            <source>Package refused</source>
            <translation>[Pàçķàĝé ŕéfûšéð ···]</translation>
        </message>
        <message>
            <source>Audit log broken</source>
            <translation>[Åûðîţ ļöĝ ƀŕöķéñ ····]</translation>
        </message>
        <message>
            <source>The file could not be written</source>
            <translation>[Ţĥé fîļé çöûļð ñöţ ƀé ŵŕîţţéñ ·········]</translation>
        </message>
        <message>
            <source>Database problem</source>
            <translation>[Ðàţàƀàšé pŕöƀļém ····]</translation>
        </message>
        <message>
            <source>Cannot do this</source>
            <translation>[Çàññöţ ðö ţĥîš ···]</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>[Ûñéxpéçţéð éŕŕöŕ ····]</translation>
        </message>
        <message>
            <source>The checklist template is not valid:</source>
            <translation>[Ţĥé çĥéçķļîšţ ţémpļàţé îš ñöţ vàļîð: ············]</translation>
        </message>
        <message>
            <source>Something went wrong ({kind}). Nothing was changed by the failed step.</source>
            <translation>[Šöméţĥîñĝ ŵéñţ ŵŕöñĝ ({kind}). Ñöţĥîñĝ ŵàš çĥàñĝéð ƀý ţĥé fàîļéð šţép. ·······················]</translation>
        </message>
        <message>
            <source>This is a real vault: training records come from a training vault.</source>
            <translation>[Ţĥîš îš à ŕéàļ vàûļţ: ţŕàîñîñĝ ŕéçöŕðš çömé fŕöm à ţŕàîñîñĝ vàûļţ. ························]</translation>
        </message>
        <message>
            <source>Only a trainer prints another trainee's training record.</source>
            <translation>[Öñļý à ţŕàîñéŕ pŕîñţš àñöţĥéŕ ţŕàîñéé'š ţŕàîñîñĝ ŕéçöŕð. ····················]</translation>
        </message>
        <message>
            <source>This is a real vault: exercises are done only in a training vault (Practise on the login screen, or `radprev training init`).</source>
            <translation>[Ţĥîš îš à ŕéàļ vàûļţ: éxéŕçîšéš àŕé ðöñé öñļý îñ à ţŕàîñîñĝ vàûļţ (Pŕàçţîšé öñ ţĥé ļöĝîñ šçŕééñ, öŕ `ŕàðpŕév ţŕàîñîñĝ îñîţ`). ···············································]</translation>
        </message>
        <message>
            <source>There is no such exercise.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ éxéŕçîšé. ········]</translation>
        </message>
        <message>
            <source>Scenario %1 is not yet written in the language %2; it is in %3.</source>
            <translation>[Šçéñàŕîö %1 îš ñöţ ýéţ ŵŕîţţéñ îñ ţĥé ļàñĝûàĝé %2; îţ îš îñ %3. ····················]</translation>
        </message>
        <message>
            <source>Record and submit your observation about this prisoner first; then ask for feedback.</source>
            <translation>[Ŕéçöŕð àñð šûƀmîţ ýöûŕ öƀšéŕvàţîöñ àƀöûţ ţĥîš pŕîšöñéŕ fîŕšţ; ţĥéñ àšķ föŕ fééðƀàçķ. ·······························]</translation>
        </message>
        <message>
            <source>Only the trainee completes their own exercise.</source>
            <translation>[Öñļý ţĥé ţŕàîñéé çömpļéţéš ţĥéîŕ öŵñ éxéŕçîšé. ················]</translation>
        </message>
        <message>
            <source>Only a trainer sees other trainees' exercises.</source>
            <translation>[Öñļý à ţŕàîñéŕ šééš öţĥéŕ ţŕàîñééš' éxéŕçîšéš. ················]</translation>
        </message>
        <message>
            <source>There is no training scenario %1. See `radprev training list`.</source>
            <translation>[Ţĥéŕé îš ñö ţŕàîñîñĝ šçéñàŕîö %1. Šéé `ŕàðpŕév ţŕàîñîñĝ ļîšţ`. ·····················]</translation>
        </message>
        <message>
            <source>The screen is locked.</source>
            <translation>[Ţĥé šçŕééñ îš ļöçķéð. ······]</translation>
        </message>
        <message>
            <source>The report font %1 is missing from %2. Reinstall the application; no PDF was made.</source>
            <translation>[Ţĥé ŕépöŕţ föñţ %1 îš mîššîñĝ fŕöm %2. Ŕéîñšţàļļ ţĥé àppļîçàţîöñ; ñö PÐF ŵàš màðé. ·····························]</translation>
        </message>
        <message>
            <source>The report font %1 cannot be read. Reinstall the application; no PDF was made.</source>
            <translation>[Ţĥé ŕépöŕţ föñţ %1 çàññöţ ƀé ŕéàð. Ŕéîñšţàļļ ţĥé àppļîçàţîöñ; ñö PÐF ŵàš màðé. ····························]</translation>
        </message>
        <message>
            <source>%1 is not installed (PostgreSQL client tools are needed).</source>
            <translation>[%1 îš ñöţ îñšţàļļéð (PöšţĝŕéŠQĻ çļîéñţ ţööļš àŕé ñééðéð). ···················]</translation>
        </message>
        <message>
            <source>Backups read the database password from the libpq password file: set passfile in central.json (or PGPASSFILE).</source>
            <translation>[Ɓàçķûpš ŕéàð ţĥé ðàţàƀàšé pàššŵöŕð fŕöm ţĥé ļîƀpq pàššŵöŕð fîļé: šéţ pàššfîļé îñ çéñţŕàļ.jšöñ (öŕ PĜPÅŠŠFÎĻÉ). ·········································]</translation>
        </message>
        <message>
            <source>No backup key is set for this central office: name the backup recipient first (radprev central certificate --backup-recipient age1…).</source>
            <translation>[Ñö ƀàçķûp ķéý îš šéţ föŕ ţĥîš çéñţŕàļ öffîçé: ñàmé ţĥé ƀàçķûp ŕéçîpîéñţ fîŕšţ (ŕàðpŕév çéñţŕàļ çéŕţîfîçàţé --ƀàçķûp-ŕéçîpîéñţ àĝé1…). ···················································]</translation>
        </message>
        <message>
            <source>%1 exists already; choose a new file name.</source>
            <translation>[%1 éxîšţš àļŕéàðý; çĥööšé à ñéŵ fîļé ñàmé. ·············]</translation>
        </message>
        <message>
            <source>This computer's database login does not reach every establishment, so its backup would be incomplete. Take backups through the office's own login.</source>
            <translation>[Ţĥîš çömpûţéŕ'š ðàţàƀàšé ļöĝîñ ðöéš ñöţ ŕéàçĥ évéŕý éšţàƀļîšĥméñţ, šö îţš ƀàçķûp ŵöûļð ƀé îñçömpļéţé. Ţàķé ƀàçķûpš ţĥŕöûĝĥ ţĥé öffîçé'š öŵñ ļöĝîñ. ························································]</translation>
        </message>
        <message>
            <source>pg_dump failed: %1</source>
            <translation>[pĝ_ðûmp fàîļéð: %1 ····]</translation>
        </message>
        <message>
            <source>The backup key is not an age identity.</source>
            <translation>[Ţĥé ƀàçķûp ķéý îš ñöţ àñ àĝé îðéñţîţý. ·············]</translation>
        </message>
        <message>
            <source>pg_restore failed: %1</source>
            <translation>[pĝ_ŕéšţöŕé fàîļéð: %1 ·····]</translation>
        </message>
        <message>
            <source>The server refused the login %1 to the database %2: the password file %3 needs a line for that database (host:port:%2:%1:password). Add it and restore again; nothing was restored.</source>
            <translation>[Ţĥé šéŕvéŕ ŕéfûšéð ţĥé ļöĝîñ %1 ţö ţĥé ðàţàƀàšé %2: ţĥé pàššŵöŕð fîļé %3 ñééðš à ļîñé föŕ ţĥàţ ðàţàƀàšé (ĥöšţ:pöŕţ:%2:%1:pàššŵöŕð). Åðð îţ àñð ŕéšţöŕé àĝàîñ; ñöţĥîñĝ ŵàš ŕéšţöŕéð. ·································································]</translation>
        </message>
        <message>
            <source>The backup cannot be decrypted with this key (wrong key, or a damaged file).</source>
            <translation>[Ţĥé ƀàçķûp çàññöţ ƀé ðéçŕýpţéð ŵîţĥ ţĥîš ķéý (ŵŕöñĝ ķéý, öŕ à ðàmàĝéð fîļé). ····························]</translation>
        </message>
        <message>
            <source>The central office holds nothing of establishment %1.</source>
            <translation>[Ţĥé çéñţŕàļ öffîçé ĥöļðš ñöţĥîñĝ öf éšţàƀļîšĥméñţ %1. ··················]</translation>
        </message>
        <message>
            <source>Reports by establishment are made at the central office.</source>
            <translation>[Ŕépöŕţš ƀý éšţàƀļîšĥméñţ àŕé màðé àţ ţĥé çéñţŕàļ öffîçé. ····················]</translation>
        </message>
        <message>
            <source>Establishment %1 is not among the establishments assigned to you. If you need it, ask the administrator for a grant.</source>
            <translation>[Éšţàƀļîšĥméñţ %1 îš ñöţ àmöñĝ ţĥé éšţàƀļîšĥméñţš àššîĝñéð ţö ýöû. Îf ýöû ñééð îţ, àšķ ţĥé àðmîñîšţŕàţöŕ föŕ à ĝŕàñţ. ···········································]</translation>
        </message>
        <message>
            <source>This prisoner was transferred to another establishment: the release handover is made by the establishment that releases the prisoner.</source>
            <extracomment>The parts of `handover_policy` (core/settings_catalogue.py) and what a vault that sets none uses. The levels of every reviewed observation that noted it: the factor's words are theirs, so the PDF's marking takes them into account.</extracomment>
            <translation>[Ţĥîš pŕîšöñéŕ ŵàš ţŕàñšféŕŕéð ţö àñöţĥéŕ éšţàƀļîšĥméñţ: ţĥé ŕéļéàšé ĥàñðövéŕ îš màðé ƀý ţĥé éšţàƀļîšĥméñţ ţĥàţ ŕéļéàšéš ţĥé pŕîšöñéŕ. ···················································]</translation>
        </message>
        <message>
            <source>This prisoner is in custody. A release handover is made when the prisoner is released, or before, once you confirm the prisoner is due for release.</source>
            <translation>[Ţĥîš pŕîšöñéŕ îš îñ çûšţöðý. Å ŕéļéàšé ĥàñðövéŕ îš màðé ŵĥéñ ţĥé pŕîšöñéŕ îš ŕéļéàšéð, öŕ ƀéföŕé, öñçé ýöû çöñfîŕm ţĥé pŕîšöñéŕ îš ðûé föŕ ŕéļéàšé. ························································]</translation>
        </message>
        <message>
            <source>The accuracy of this file is disputed and its processing restricted: no handover is made until a supervisor lifts the restriction.</source>
            <translation>[Ţĥé àççûŕàçý öf ţĥîš fîļé îš ðîšpûţéð àñð îţš pŕöçéššîñĝ ŕéšţŕîçţéð: ñö ĥàñðövéŕ îš màðé ûñţîļ à šûpéŕvîšöŕ ļîfţš ţĥé ŕéšţŕîçţîöñ. ·················································]</translation>
        </message>
        <message>
            <source>The referral to export no longer exists.</source>
            <translation>[Ţĥé ŕéféŕŕàļ ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ·············]</translation>
        </message>
        <message>
            <source>a referral starts as proposed</source>
            <translation>[à ŕéféŕŕàļ šţàŕţš àš pŕöpöšéð ·········]</translation>
        </message>
        <message>
            <source>the status steps are not in an allowed order</source>
            <translation>[ţĥé šţàţûš šţépš àŕé ñöţ îñ àñ àļļöŵéð öŕðéŕ ···············]</translation>
        </message>
        <message>
            <source>the status steps are not in date order</source>
            <translation>[ţĥé šţàţûš šţépš àŕé ñöţ îñ ðàţé öŕðéŕ ·············]</translation>
        </message>
        <message>
            <source>the status is not the last step of the history</source>
            <translation>[ţĥé šţàţûš îš ñöţ ţĥé ļàšţ šţép öf ţĥé ĥîšţöŕý ················]</translation>
        </message>
        <message>
            <source>Files are linked at the central office.</source>
            <translation>[Fîļéš àŕé ļîñķéð àţ ţĥé çéñţŕàļ öffîçé. ·············]</translation>
        </message>
        <message>
            <source>Say why you decided (it is kept in the audit log).</source>
            <translation>[Šàý ŵĥý ýöû ðéçîðéð (îţ îš ķépţ îñ ţĥé àûðîţ ļöĝ). ·················]</translation>
        </message>
        <message>
            <source>These are the same file already.</source>
            <translation>[Ţĥéšé àŕé ţĥé šàmé fîļé àļŕéàðý. ··········]</translation>
        </message>
        <message>
            <source>A decision about these two files exists (%1); undo it first.</source>
            <translation>[Å ðéçîšîöñ àƀöûţ ţĥéšé ţŵö fîļéš éxîšţš (%1); ûñðö îţ fîŕšţ. ·····················]</translation>
        </message>
        <message>
            <source>Say why the decision is undone.</source>
            <translation>[Šàý ŵĥý ţĥé ðéçîšîöñ îš ûñðöñé. ··········]</translation>
        </message>
        <message>
            <source>There is no such decision in force.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ ðéçîšîöñ îñ föŕçé. ···········]</translation>
        </message>
        <message>
            <source>The transfer to export no longer exists.</source>
            <translation>[Ţĥé ţŕàñšféŕ ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ·············]</translation>
        </message>
        <message>
            <source>a transfer is recorded at the establishment the prisoner leaves</source>
            <translation>[à ţŕàñšféŕ îš ŕéçöŕðéð àţ ţĥé éšţàƀļîšĥméñţ ţĥé pŕîšöñéŕ ļéàvéš ·······················]</translation>
        </message>
        <message>
            <source>a transfer goes to another establishment</source>
            <translation>[à ţŕàñšféŕ ĝöéš ţö àñöţĥéŕ éšţàƀļîšĥméñţ ·············]</translation>
        </message>
        <message>
            <source>An establishment code is 1–16 letters, digits or '-' (e.g. PL-KRK1).</source>
            <extracomment>An establishment code as the central office enrols them (letters, digits, '-'). The code list (from a reference bundle) of the establishments a prisoner may go to.</extracomment>
            <translation>[Åñ éšţàƀļîšĥméñţ çöðé îš 1–16 ļéţţéŕš, ðîĝîţš öŕ '-' (é.ĝ. PĻ-ĶŔĶ1). ·························]</translation>
        </message>
        <message>
            <source>A transfer is recorded on or after the day it happens, not before.</source>
            <translation>[Å ţŕàñšféŕ îš ŕéçöŕðéð öñ öŕ àfţéŕ ţĥé ðàý îţ ĥàppéñš, ñöţ ƀéföŕé. ························]</translation>
        </message>
        <message>
            <source>The transfer date is too far in the past.</source>
            <translation>[Ţĥé ţŕàñšféŕ ðàţé îš ţöö fàŕ îñ ţĥé pàšţ. ··············]</translation>
        </message>
        <message>
            <source>The note is limited to %1 characters.</source>
            <translation>[Ţĥé ñöţé îš ļîmîţéð ţö %1 çĥàŕàçţéŕš. ···········]</translation>
        </message>
        <message>
            <source>A transfer is recorded at the prison the prisoner leaves.</source>
            <translation>[Å ţŕàñšféŕ îš ŕéçöŕðéð àţ ţĥé pŕîšöñ ţĥé pŕîšöñéŕ ļéàvéš. ····················]</translation>
        </message>
        <message>
            <source>The prisoner is already in this establishment: name the one they go to.</source>
            <translation>[Ţĥé pŕîšöñéŕ îš àļŕéàðý îñ ţĥîš éšţàƀļîšĥméñţ: ñàmé ţĥé öñé ţĥéý ĝö ţö. ··························]</translation>
        </message>
        <message>
            <source>%1 is not one of the establishments the central office lists.</source>
            <translation>[%1 îš ñöţ öñé öf ţĥé éšţàƀļîšĥméñţš ţĥé çéñţŕàļ öffîçé ļîšţš. ·····················]</translation>
        </message>
        <message>
            <source>This file belongs to another establishment; it cannot be transferred here.</source>
            <translation>[Ţĥîš fîļé ƀéļöñĝš ţö àñöţĥéŕ éšţàƀļîšĥméñţ; îţ çàññöţ ƀé ţŕàñšféŕŕéð ĥéŕé. ···························]</translation>
        </message>
        <message>
            <source>This file was anonymised and cannot be transferred.</source>
            <translation>[Ţĥîš fîļé ŵàš àñöñýmîšéð àñð çàññöţ ƀé ţŕàñšféŕŕéð. ··················]</translation>
        </message>
        <message>
            <source>The prisoner is not in custody here (status: %1); only a prisoner in custody can be transferred.</source>
            <translation>[Ţĥé pŕîšöñéŕ îš ñöţ îñ çûšţöðý ĥéŕé (šţàţûš: %1); öñļý à pŕîšöñéŕ îñ çûšţöðý çàñ ƀé ţŕàñšféŕŕéð. ···································]</translation>
        </message>
        <message>
            <source>The recipient key file is too large to be an age key.</source>
            <translation>[Ţĥé ŕéçîpîéñţ ķéý fîļé îš ţöö ļàŕĝé ţö ƀé àñ àĝé ķéý. ···················]</translation>
        </message>
        <message>
            <source>The recipient key file is not text.</source>
            <translation>[Ţĥé ŕéçîpîéñţ ķéý fîļé îš ñöţ ţéxţ. ···········]</translation>
        </message>
        <message>
            <source>This is a secret key: ask the probation service for its public key (a line starting with age1…). Keep the secret key file safe.</source>
            <translation>[Ţĥîš îš à šéçŕéţ ķéý: àšķ ţĥé pŕöƀàţîöñ šéŕvîçé föŕ îţš pûƀļîç ķéý (à ļîñé šţàŕţîñĝ ŵîţĥ àĝé1…). Ķéép ţĥé šéçŕéţ ķéý fîļé šàfé. ················································]</translation>
        </message>
        <message>
            <source>The recipient key file must hold one age public key (a line starting with age1…).</source>
            <translation>[Ţĥé ŕéçîpîéñţ ķéý fîļé mûšţ ĥöļð öñé àĝé pûƀļîç ķéý (à ļîñé šţàŕţîñĝ ŵîţĥ àĝé1…). ······························]</translation>
        </message>
        <message>
            <source>The recipient key file holds a damaged age key.</source>
            <translation>[Ţĥé ŕéçîpîéñţ ķéý fîļé ĥöļðš à ðàmàĝéð àĝé ķéý. ················]</translation>
        </message>
        <message>
            <source>Say who the handover is for (the probation office).</source>
            <translation>[Šàý ŵĥö ţĥé ĥàñðövéŕ îš föŕ (ţĥé pŕöƀàţîöñ öffîçé). ··················]</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>[Ţĥé föļðéŕ %1 ðöéš ñöţ éxîšţ. ········]</translation>
        </message>
        <message>
            <source>A file named %1 is already in %2.</source>
            <translation>[Å fîļé ñàméð %1 îš àļŕéàðý îñ %2. ·········]</translation>
        </message>
        <message>
            <source>The package written to %1 cannot be read back.</source>
            <translation>[Ţĥé pàçķàĝé ŵŕîţţéñ ţö %1 çàññöţ ƀé ŕéàð ƀàçķ. ···············]</translation>
        </message>
        <message>
            <source>The package written to %1 does not read back as written.</source>
            <translation>[Ţĥé pàçķàĝé ŵŕîţţéñ ţö %1 ðöéš ñöţ ŕéàð ƀàçķ àš ŵŕîţţéñ. ···················]</translation>
        </message>
        <message>
            <source>This is not a release handover package.</source>
            <translation>[Ţĥîš îš ñöţ à ŕéļéàšé ĥàñðövéŕ pàçķàĝé. ·············]</translation>
        </message>
        <message>
            <source>The handover package names no signing key.</source>
            <translation>[Ţĥé ĥàñðövéŕ pàçķàĝé ñàméš ñö šîĝñîñĝ ķéý. ··············]</translation>
        </message>
        <message>
            <source>The handover package holds no readable content.</source>
            <translation>[Ţĥé ĥàñðövéŕ pàçķàĝé ĥöļðš ñö ŕéàðàƀļé çöñţéñţ. ················]</translation>
        </message>
        <message>
            <source>There is no such prisoner at the central office.</source>
            <extracomment>The record kinds a prisoner's file is made of, in the order they are taken in.</extracomment>
            <translation>[Ţĥéŕé îš ñö šûçĥ pŕîšöñéŕ àţ ţĥé çéñţŕàļ öffîçé. ·················]</translation>
        </message>
        <message>
            <source>No transfer of this prisoner has reached the central office: the prison the prisoner left records it and exports it first.</source>
            <translation>[Ñö ţŕàñšféŕ öf ţĥîš pŕîšöñéŕ ĥàš ŕéàçĥéð ţĥé çéñţŕàļ öffîçé: ţĥé pŕîšöñ ţĥé pŕîšöñéŕ ļéfţ ŕéçöŕðš îţ àñð éxpöŕţš îţ fîŕšţ. ··············································]</translation>
        </message>
        <message>
            <source>No workstation of %1 can receive the file yet: each names its transfer key in its export packages. Ask them to export once (and enrol the workstation), then issue the bundle again.</source>
            <translation>[Ñö ŵöŕķšţàţîöñ öf %1 çàñ ŕéçéîvé ţĥé fîļé ýéţ: éàçĥ ñàméš îţš ţŕàñšféŕ ķéý îñ îţš éxpöŕţ pàçķàĝéš. Åšķ ţĥém ţö éxpöŕţ öñçé (àñð éñŕöļ ţĥé ŵöŕķšţàţîöñ), ţĥéñ îššûé ţĥé ƀûñðļé àĝàîñ. ·····································································]</translation>
        </message>
        <message>
            <source>The bundle written to %1 cannot be read back.</source>
            <translation>[Ţĥé ƀûñðļé ŵŕîţţéñ ţö %1 çàññöţ ƀé ŕéàð ƀàçķ. ···············]</translation>
        </message>
        <message>
            <source>The bundle written to %1 does not read back as written.</source>
            <translation>[Ţĥé ƀûñðļé ŵŕîţţéñ ţö %1 ðöéš ñöţ ŕéàð ƀàçķ àš ŵŕîţţéñ. ···················]</translation>
        </message>
        <message>
            <source>This workstation has no transfer key yet, so no transfer bundle can be addressed to it: export once (the central office learns the key), then ask for the bundle.</source>
            <translation>[Ţĥîš ŵöŕķšţàţîöñ ĥàš ñö ţŕàñšféŕ ķéý ýéţ, šö ñö ţŕàñšféŕ ƀûñðļé çàñ ƀé àððŕéššéð ţö îţ: éxpöŕţ öñçé (ţĥé çéñţŕàļ öffîçé ļéàŕñš ţĥé ķéý), ţĥéñ àšķ föŕ ţĥé ƀûñðļé. ······························································]</translation>
        </message>
        <message>
            <source>This transfer bundle is not addressed to this workstation: it was issued for another establishment's workstations (or it is damaged). Nothing was changed.</source>
            <translation>[Ţĥîš ţŕàñšféŕ ƀûñðļé îš ñöţ àððŕéššéð ţö ţĥîš ŵöŕķšţàţîöñ: îţ ŵàš îššûéð föŕ àñöţĥéŕ éšţàƀļîšĥméñţ'š ŵöŕķšţàţîöñš (öŕ îţ îš ðàmàĝéð). Ñöţĥîñĝ ŵàš çĥàñĝéð. ···························································]</translation>
        </message>
        <message>
            <source>The transfer bundle does not say whom and what it is for.</source>
            <translation>[Ţĥé ţŕàñšféŕ ƀûñðļé ðöéš ñöţ šàý ŵĥöm àñð ŵĥàţ îţ îš föŕ. ····················]</translation>
        </message>
        <message>
            <source>This transfer bundle is for establishment %1, not for %2. Nothing was changed.</source>
            <translation>[Ţĥîš ţŕàñšféŕ ƀûñðļé îš föŕ éšţàƀļîšĥméñţ %1, ñöţ föŕ %2. Ñöţĥîñĝ ŵàš çĥàñĝéð. ···························]</translation>
        </message>
        <message>
            <source>The transfer bundle's transfer is malformed.</source>
            <translation>[Ţĥé ţŕàñšféŕ ƀûñðļé'š ţŕàñšféŕ îš màļföŕméð. ···············]</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle: %2</source>
            <translation>[Ļîñé %1 öf ţĥé ţŕàñšféŕ ƀûñðļé: %2 ·········]</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle is not about the transferred prisoner.</source>
            <translation>[Ļîñé %1 öf ţĥé ţŕàñšféŕ ƀûñðļé îš ñöţ àƀöûţ ţĥé ţŕàñšféŕŕéð pŕîšöñéŕ. ························]</translation>
        </message>
        <message>
            <source>The transfer bundle must hold the prisoner's file header once.</source>
            <translation>[Ţĥé ţŕàñšféŕ ƀûñðļé mûšţ ĥöļð ţĥé pŕîšöñéŕ'š fîļé ĥéàðéŕ öñçé. ······················]</translation>
        </message>
        <message>
            <source>A different transfer bundle number %1 from this central office was imported already: this one is a forgery or a replay. Nothing was changed.</source>
            <translation>[Å ðîfféŕéñţ ţŕàñšféŕ ƀûñðļé ñûmƀéŕ %1 fŕöm ţĥîš çéñţŕàļ öffîçé ŵàš împöŕţéð àļŕéàðý: ţĥîš öñé îš à föŕĝéŕý öŕ à ŕépļàý. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·····················································]</translation>
        </message>
        <message>
            <source>A checklist template in the bundle was refused: %1</source>
            <translation>[Å çĥéçķļîšţ ţémpļàţé îñ ţĥé ƀûñðļé ŵàš ŕéfûšéð: %1 ·················]</translation>
        </message>
        <message>
            <source>Line %1 of the transfer bundle cannot be taken in: %2 Nothing was changed.</source>
            <translation>[Ļîñé %1 öf ţĥé ţŕàñšféŕ ƀûñðļé çàññöţ ƀé ţàķéñ îñ: %2 Ñöţĥîñĝ ŵàš çĥàñĝéð. ·························]</translation>
        </message>
        <message>
            <source>Prison number %1 is already used here for another prisoner: give the prisoner's number at this establishment. Nothing was changed.</source>
            <translation>[Pŕîšöñ ñûmƀéŕ %1 îš àļŕéàðý ûšéð ĥéŕé föŕ àñöţĥéŕ pŕîšöñéŕ: ĝîvé ţĥé pŕîšöñéŕ'š ñûmƀéŕ àţ ţĥîš éšţàƀļîšĥméñţ. Ñöţĥîñĝ ŵàš çĥàñĝéð. ·················································]</translation>
        </message>
        <message>
            <source>This is done at the central office.</source>
            <extracomment>Observations written per transaction. Every how many files one is a referral, one a transfer (on average).</extracomment>
            <translation>[Ţĥîš îš ðöñé àţ ţĥé çéñţŕàļ öffîçé. ···········]</translation>
        </message>
        <message>
            <source>The central database connection must use TLS: sslmode '%1' is not allowed (use one of %2).</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé çöññéçţîöñ mûšţ ûšé ŢĻŠ: ššļmöðé '%1' îš ñöţ àļļöŵéð (ûšé öñé öf %2). ································]</translation>
        </message>
        <message>
            <source>The central database must be reached over TCP with TLS (a host name or address, not a local socket folder).</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé mûšţ ƀé ŕéàçĥéð övéŕ ŢÇP ŵîţĥ ŢĻŠ (à ĥöšţ ñàmé öŕ àððŕéšš, ñöţ à ļöçàļ šöçķéţ föļðéŕ). ········································]</translation>
        </message>
        <message>
            <source>The central database port must be a number from 1 to 65535, not %1.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé pöŕţ mûšţ ƀé à ñûmƀéŕ fŕöm 1 ţö 65535, ñöţ %1. ·······················]</translation>
        </message>
        <message>
            <source>The central database address must start with %1</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé àððŕéšš mûšţ šţàŕţ ŵîţĥ %1 ···············]</translation>
        </message>
        <message>
            <source>The central database address is not valid.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé àððŕéšš îš ñöţ vàļîð. ··············]</translation>
        </message>
        <message>
            <source>Do not put the password in the database address (it would end up in shell history and process lists): put it in a password file (passfile) or type it when asked.</source>
            <translation>[Ðö ñöţ pûţ ţĥé pàššŵöŕð îñ ţĥé ðàţàƀàšé àððŕéšš (îţ ŵöûļð éñð ûp îñ šĥéļļ ĥîšţöŕý àñð pŕöçéšš ļîšţš): pûţ îţ îñ à pàššŵöŕð fîļé (pàššfîļé) öŕ ţýpé îţ ŵĥéñ àšķéð. ······························································]</translation>
        </message>
        <message>
            <source>The central database address needs a user, a host and a database name: %1</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé àððŕéšš ñééðš à ûšéŕ, à ĥöšţ àñð à ðàţàƀàšé ñàmé: %1 ··························]</translation>
        </message>
        <message>
            <source>The central database settings in %1 cannot be read.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé šéţţîñĝš îñ %1 çàññöţ ƀé ŕéàð. ·················]</translation>
        </message>
        <message>
            <source>The central database settings in %1 are not valid (a password never belongs in them: use a password file).</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé šéţţîñĝš îñ %1 àŕé ñöţ vàļîð (à pàššŵöŕð ñévéŕ ƀéļöñĝš îñ ţĥém: ûšé à pàššŵöŕð fîļé). ·······································]</translation>
        </message>
        <message>
            <source>The central database settings in %1 lack host, dbname or user.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé šéţţîñĝš îñ %1 ļàçķ ĥöšţ, ðƀñàmé öŕ ûšéŕ. ·····················]</translation>
        </message>
        <message>
            <source>The central store ended this session: the account was disabled or removed, or its server was stopped or restarted. What was saved before is kept. Type your password to log in again; while the server is down, the login says so.</source>
            <translation>[Ţĥé çéñţŕàļ šţöŕé éñðéð ţĥîš šéššîöñ: ţĥé àççöûñţ ŵàš ðîšàƀļéð öŕ ŕémövéð, öŕ îţš šéŕvéŕ ŵàš šţöppéð öŕ ŕéšţàŕţéð. Ŵĥàţ ŵàš šàvéð ƀéföŕé îš ķépţ. Ţýpé ýöûŕ pàššŵöŕð ţö ļöĝ îñ àĝàîñ; ŵĥîļé ţĥé šéŕvéŕ îš ðöŵñ, ţĥé ļöĝîñ šàýš šö. ························································································]</translation>
        </message>
        <message>
            <source>The server at %1 refused a connection without TLS.</source>
            <translation>[Ţĥé šéŕvéŕ àţ %1 ŕéfûšéð à çöññéçţîöñ ŵîţĥöûţ ŢĻŠ. ·················]</translation>
        </message>
        <message>
            <source>The server at %1 does not offer TLS; radprev never sends analysts' data over an unencrypted connection.</source>
            <translation>[Ţĥé šéŕvéŕ àţ %1 ðöéš ñöţ öfféŕ ŢĻŠ; ŕàðpŕév ñévéŕ šéñðš àñàļýšţš' ðàţà övéŕ àñ ûñéñçŕýpţéð çöññéçţîöñ. ······································]</translation>
        </message>
        <message>
            <source>The server at %1 did not authenticate with SCRAM-SHA-256 and channel binding; set password_encryption = scram-sha-256 and use scram-sha-256 in pg_hba.conf (hostssl lines).</source>
            <translation>[Ţĥé šéŕvéŕ àţ %1 ðîð ñöţ àûţĥéñţîçàţé ŵîţĥ ŠÇŔÅM-ŠĤÅ-256 àñð çĥàññéļ ƀîñðîñĝ; šéţ pàššŵöŕð_éñçŕýpţîöñ = šçŕàm-šĥà-256 àñð ûšé šçŕàm-šĥà-256 îñ pĝ_ĥƀà.çöñf (ĥöšţššļ ļîñéš). ·································································]</translation>
        </message>
        <message>
            <source>The TLS certificate file %1 (sslrootcert) cannot be read: give the path of the certificate that signed the server's in the central database settings.</source>
            <translation>[Ţĥé ŢĻŠ çéŕţîfîçàţé fîļé %1 (ššļŕööţçéŕţ) çàññöţ ƀé ŕéàð: ĝîvé ţĥé pàţĥ öf ţĥé çéŕţîfîçàţé ţĥàţ šîĝñéð ţĥé šéŕvéŕ'š îñ ţĥé çéñţŕàļ ðàţàƀàšé šéţţîñĝš. ························································]</translation>
        </message>
        <message>
            <source>The TLS certificate of the server at %1 could not be verified.</source>
            <translation>[Ţĥé ŢĻŠ çéŕţîfîçàţé öf ţĥé šéŕvéŕ àţ %1 çöûļð ñöţ ƀé véŕîfîéð. ·····················]</translation>
        </message>
        <message>
            <source>No password for %1: put it in the libpq password file (passfile) named in the central database settings.</source>
            <translation>[Ñö pàššŵöŕð föŕ %1: pûţ îţ îñ ţĥé ļîƀpq pàššŵöŕð fîļé (pàššfîļé) ñàméð îñ ţĥé çéñţŕàļ ðàţàƀàšé šéţţîñĝš. ······································]</translation>
        </message>
        <message>
            <source>The central database refused the password for %1.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé ŕéfûšéð ţĥé pàššŵöŕð föŕ %1. ················]</translation>
        </message>
        <message>
            <source>The server at %1 has no database named %2.</source>
            <translation>[Ţĥé šéŕvéŕ àţ %1 ĥàš ñö ðàţàƀàšé ñàméð %2. ·············]</translation>
        </message>
        <message>
            <source>The central database at %1 cannot be reached: check that the server is running and that the host and port are right.</source>
            <translation>[Ţĥé çéñţŕàļ ðàţàƀàšé àţ %1 çàññöţ ƀé ŕéàçĥéð: çĥéçķ ţĥàţ ţĥé šéŕvéŕ îš ŕûññîñĝ àñð ţĥàţ ţĥé ĥöšţ àñð pöŕţ àŕé ŕîĝĥţ. ···········································]</translation>
        </message>
        <message>
            <source>Give the reason for access first: every consultation of prisoners' data is recorded with its purpose.</source>
            <translation>[Ĝîvé ţĥé ŕéàšöñ föŕ àççéšš fîŕšţ: évéŕý çöñšûļţàţîöñ öf pŕîšöñéŕš' ðàţà îš ŕéçöŕðéð ŵîţĥ îţš pûŕpöšé. ······································]</translation>
        </message>
        <message>
            <source>The vault has no key for search terms; run radprev doctor.</source>
            <translation>[Ţĥé vàûļţ ĥàš ñö ķéý föŕ šéàŕçĥ ţéŕmš; ŕûñ ŕàðpŕév ðöçţöŕ. ·····················]</translation>
        </message>
        <message>
            <source>Choose the unit the prisoner is in.</source>
            <extracomment>Conditions both SQLite and PostgreSQL read as booleans (PostgreSQL refuses a bare 1).</extracomment>
            <translation>[Çĥööšé ţĥé ûñîţ ţĥé pŕîšöñéŕ îš îñ. ···········]</translation>
        </message>
        <message>
            <source>Give the period as two dates (YYYY-MM-DD).</source>
            <translation>[Ĝîvé ţĥé péŕîöð àš ţŵö ðàţéš (ÝÝÝÝ-MM-ÐÐ). ··············]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: until a supervisor lifts the restriction, the only reports about it are the data-subject access report and the export of the person's data.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: ûñţîļ à šûpéŕvîšöŕ ļîfţš ţĥé ŕéšţŕîçţîöñ, ţĥé öñļý ŕépöŕţš àƀöûţ îţ àŕé ţĥé ðàţà-šûƀjéçţ àççéšš ŕépöŕţ àñð ţĥé éxpöŕţ öf ţĥé péŕšöñ'š ðàţà. ·····································································]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: no transfer bundle is issued until the establishment lifts the restriction.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: ñö ţŕàñšféŕ ƀûñðļé îš îššûéð ûñţîļ ţĥé éšţàƀļîšĥméñţ ļîfţš ţĥé ŕéšţŕîçţîöñ. ···········································]</translation>
        </message>
        <message>
            <source>Processing of this file is already restricted.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš àļŕéàðý ŕéšţŕîçţéð. ················]</translation>
        </message>
        <message>
            <source>Processing of this file is not restricted.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ñöţ ŕéšţŕîçţéð. ··············]</translation>
        </message>
        <message>
            <source>The classification must be one of: %1.</source>
            <translation>[Ţĥé çļàššîfîçàţîöñ mûšţ ƀé öñé öf: %1. ············]</translation>
        </message>
        <message>
            <source>Give the reason for the new classification.</source>
            <translation>[Ĝîvé ţĥé ŕéàšöñ föŕ ţĥé ñéŵ çļàššîfîçàţîöñ. ···············]</translation>
        </message>
        <message>
            <source>A draft's author chooses its classification.</source>
            <translation>[Å ðŕàfţ'š àûţĥöŕ çĥööšéš îţš çļàššîfîçàţîöñ. ···············]</translation>
        </message>
        <message>
            <source>The text is too long (2,000 characters at most).</source>
            <translation>[Ţĥé ţéxţ îš ţöö ļöñĝ (2,000 çĥàŕàçţéŕš àţ möšţ). ·················]</translation>
        </message>
        <message>
            <source>A request concerns the prisoner's details, an observation or a checklist run.</source>
            <translation>[Å ŕéqûéšţ çöñçéŕñš ţĥé pŕîšöñéŕ'š ðéţàîļš, àñ öƀšéŕvàţîöñ öŕ à çĥéçķļîšţ ŕûñ. ····························]</translation>
        </message>
        <message>
            <source>Choose the outcome: rectified, refused or noted.</source>
            <translation>[Çĥööšé ţĥé öûţçömé: ŕéçţîfîéð, ŕéfûšéð öŕ ñöţéð. ·················]</translation>
        </message>
        <message>
            <source>Only a dispute is noted; a rectification is made or refused.</source>
            <translation>[Öñļý à ðîšpûţé îš ñöţéð; à ŕéçţîfîçàţîöñ îš màðé öŕ ŕéfûšéð. ·····················]</translation>
        </message>
        <message>
            <source>Give the reason for the decision.</source>
            <translation>[Ĝîvé ţĥé ŕéàšöñ föŕ ţĥé ðéçîšîöñ. ···········]</translation>
        </message>
        <message>
            <source>Name the amended version that made the correction (2 or more).</source>
            <translation>[Ñàmé ţĥé àméñðéð véŕšîöñ ţĥàţ màðé ţĥé çöŕŕéçţîöñ (2 öŕ möŕé). ······················]</translation>
        </message>
        <message>
            <source>There is no version %1 of this record.</source>
            <translation>[Ţĥéŕé îš ñö véŕšîöñ %1 öf ţĥîš ŕéçöŕð. ············]</translation>
        </message>
        <message>
            <source>Version %1 of the prisoner's details did not correct the prison number, names or birth year after the request was recorded (it may be a change of unit, cell, status or restriction). Name the version that made the correction.</source>
            <translation>[Véŕšîöñ %1 öf ţĥé pŕîšöñéŕ'š ðéţàîļš ðîð ñöţ çöŕŕéçţ ţĥé pŕîšöñ ñûmƀéŕ, ñàméš öŕ ƀîŕţĥ ýéàŕ àfţéŕ ţĥé ŕéqûéšţ ŵàš ŕéçöŕðéð (îţ màý ƀé à çĥàñĝé öf ûñîţ, çéļļ, šţàţûš öŕ ŕéšţŕîçţîöñ). Ñàmé ţĥé véŕšîöñ ţĥàţ màðé ţĥé çöŕŕéçţîöñ. ······················································································]</translation>
        </message>
        <message>
            <source>Version %1 of this record was made before the request was recorded, so it cannot be the correction the person asked for. Amend the record, then name the version the amendment made.</source>
            <translation>[Véŕšîöñ %1 öf ţĥîš ŕéçöŕð ŵàš màðé ƀéföŕé ţĥé ŕéqûéšţ ŵàš ŕéçöŕðéð, šö îţ çàññöţ ƀé ţĥé çöŕŕéçţîöñ ţĥé péŕšöñ àšķéð föŕ. Åméñð ţĥé ŕéçöŕð, ţĥéñ ñàmé ţĥé véŕšîöñ ţĥé àméñðméñţ màðé. ·····································································]</translation>
        </message>
        <message>
            <source>Choose rectification or dispute.</source>
            <translation>[Çĥööšé ŕéçţîfîçàţîöñ öŕ ðîšpûţé. ··········]</translation>
        </message>
        <message>
            <source>Write what the person asks or contests.</source>
            <translation>[Ŵŕîţé ŵĥàţ ţĥé péŕšöñ àšķš öŕ çöñţéšţš. ·············]</translation>
        </message>
        <message>
            <source>There is no such request.</source>
            <translation>[Ţĥéŕé îš ñö šûçĥ ŕéqûéšţ. ·······]</translation>
        </message>
        <message>
            <source>This request has already been decided.</source>
            <translation>[Ţĥîš ŕéqûéšţ ĥàš àļŕéàðý ƀééñ ðéçîðéð. ·············]</translation>
        </message>
        <message>
            <source>The note to export no longer exists.</source>
            <translation>[Ţĥé ñöţé ţö éxpöŕţ ñö ļöñĝéŕ éxîšţš. ············]</translation>
        </message>
        <message>
            <source>a note's kind, outcome and object do not fit together</source>
            <translation>[à ñöţé'š ķîñð, öûţçömé àñð öƀjéçţ ðö ñöţ fîţ ţöĝéţĥéŕ ···················]</translation>
        </message>
        <message>
            <source>Processing of this file is restricted: a record is corrected only to answer an open rectification request on it. A supervisor records the request first, or lifts the restriction.</source>
            <translation>[Pŕöçéššîñĝ öf ţĥîš fîļé îš ŕéšţŕîçţéð: à ŕéçöŕð îš çöŕŕéçţéð öñļý ţö àñšŵéŕ àñ öpéñ ŕéçţîfîçàţîöñ ŕéqûéšţ öñ îţ. Å šûpéŕvîšöŕ ŕéçöŕðš ţĥé ŕéqûéšţ fîŕšţ, öŕ ļîfţš ţĥé ŕéšţŕîçţîöñ. ·····································································]</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of radprev (its key file vault.keys has format %1; this version reads up to format %2); install that version or newer. Nothing in the vault was changed.</source>
            <extracomment>Every top-level field this version writes or reads. A later version that writes anything else (or a higher `version`) made a vault this one must not open: it says so instead of "damaged" or a wrong password (decision 0034).</extracomment>
            <translation>[Ţĥîš vàûļţ ŵàš màðé ƀý à ñéŵéŕ véŕšîöñ öf ŕàðpŕév (îţš ķéý fîļé vàûļţ.ķéýš ĥàš föŕmàţ %1; ţĥîš véŕšîöñ ŕéàðš ûp ţö föŕmàţ %2); îñšţàļļ ţĥàţ véŕšîöñ öŕ ñéŵéŕ. Ñöţĥîñĝ îñ ţĥé vàûļţ ŵàš çĥàñĝéð. ········································································]</translation>
        </message>
        <message>
            <source>This vault was made by a newer version of radprev (its key file vault.keys records %1, which this version does not know); install that version or newer. Nothing in the vault was changed.</source>
            <translation>[Ţĥîš vàûļţ ŵàš màðé ƀý à ñéŵéŕ véŕšîöñ öf ŕàðpŕév (îţš ķéý fîļé vàûļţ.ķéýš ŕéçöŕðš %1, ŵĥîçĥ ţĥîš véŕšîöñ ðöéš ñöţ ķñöŵ); îñšţàļļ ţĥàţ véŕšîöñ öŕ ñéŵéŕ. Ñöţĥîñĝ îñ ţĥé vàûļţ ŵàš çĥàñĝéð. ·······································································]</translation>
        </message>
        <message>
            <source>The record is malformed (a field has the wrong type or shape).</source>
            <extracomment>json.loads' own decoder (no hook) and its scanner, for the audit lines.</extracomment>
            <translation>[Ţĥé ŕéçöŕð îš màļföŕméð (à fîéļð ĥàš ţĥé ŵŕöñĝ ţýpé öŕ šĥàpé). ······················]</translation>
        </message>
        <message>
            <source>The record does not fit the vault (a constraint refused it).</source>
            <translation>[Ţĥé ŕéçöŕð ðöéš ñöţ fîţ ţĥé vàûļţ (à çöñšţŕàîñţ ŕéfûšéð îţ). ·····················]</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <source>I saw or heard it myself</source>
            <translation>[Î šàŵ öŕ ĥéàŕð îţ mýšéļf ·······]</translation>
        </message>
        <message>
            <source>Overheard</source>
            <translation>[Övéŕĥéàŕð ·]</translation>
        </message>
        <message>
            <source>Told by a prisoner</source>
            <translation>[Ţöļð ƀý à pŕîšöñéŕ ·····]</translation>
        </message>
        <message>
            <source>Told by staff</source>
            <translation>[Ţöļð ƀý šţàff ···]</translation>
        </message>
        <message>
            <source>Item or document found</source>
            <translation>[Îţém öŕ ðöçûméñţ föûñð ······]</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>[Pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>Visitor</source>
            <translation>[Vîšîţöŕ]</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>[Šţàff]</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>[Öţĥéŕ]</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>[Ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Routine</source>
            <translation>[Ŕöûţîñé]</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>[Pŕîöŕîţý ·]</translation>
        </message>
        <message>
            <source>Immediate (threat to life or imminent harm)</source>
            <translation>[Îmméðîàţé (ţĥŕéàţ ţö ļîfé öŕ îmmîñéñţ ĥàŕm) ···············]</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>[Ðŕàfţ]</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>[Šûƀmîţţéð ·]</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>[Åççépţéð ·]</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>[Ŕéţûŕñéð ·]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Ŕéjéçţéð ·]</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>[Éxpöŕţéð ·]</translation>
        </message>
        <message>
            <source>In custody</source>
            <translation>[Îñ çûšţöðý ·]</translation>
        </message>
        <message>
            <source>Transferred</source>
            <translation>[Ţŕàñšféŕŕéð ··]</translation>
        </message>
        <message>
            <source>Released</source>
            <translation>[Ŕéļéàšéð ·]</translation>
        </message>
        <message>
            <source>Returned to the officer</source>
            <translation>[Ŕéţûŕñéð ţö ţĥé öffîçéŕ ·······]</translation>
        </message>
        <message>
            <source>Re-graded</source>
            <translation>[Ŕé-ĝŕàðéð ·]</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>[Ķépţ]</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>[Åñöñýmîšéð ·]</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>[Éŕàšéð]</translation>
        </message>
        <message>
            <source>officer</source>
            <translation>[öffîçéŕ]</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>[šûpéŕvîšöŕ ·]</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>[àðmîñîšţŕàţöŕ ···]</translation>
        </message>
        <message>
            <source>auditor</source>
            <translation>[àûðîţöŕ]</translation>
        </message>
        <message>
            <source>analyst</source>
            <translation>[àñàļýšţ]</translation>
        </message>
        <message>
            <source>trainer</source>
            <translation>[ţŕàîñéŕ]</translation>
        </message>
        <message>
            <source>workstation</source>
            <translation>[ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>central office</source>
            <translation>[çéñţŕàļ öffîçé ···]</translation>
        </message>
        <message>
            <source>Observation record</source>
            <translation>[Öƀšéŕvàţîöñ ŕéçöŕð ·····]</translation>
        </message>
        <message>
            <source>Subject summary</source>
            <translation>[Šûƀjéçţ šûmmàŕý ···]</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>[Ûñîţ àñð péŕîöð šûmmàŕý ·······]</translation>
        </message>
        <message>
            <source>Checklist (paper form)</source>
            <translation>[Çĥéçķļîšţ (pàpéŕ föŕm) ······]</translation>
        </message>
        <message>
            <source>Vault recovery sheet</source>
            <translation>[Vàûļţ ŕéçövéŕý šĥééţ ·····]</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>[Ŵöŕķšţàţîöñ éñŕöļméñţ šĥééţ ········]</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>[Ðàţà-šûƀjéçţ àççéšš ŕépöŕţ ········]</translation>
        </message>
        <message>
            <source>Establishment report</source>
            <translation>[Éšţàƀļîšĥméñţ ŕépöŕţ ·····]</translation>
        </message>
        <message>
            <source>National overview</source>
            <translation>[Ñàţîöñàļ övéŕvîéŵ ····]</translation>
        </message>
        <message>
            <source>Release handover to the probation service</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕ ţö ţĥé pŕöƀàţîöñ šéŕvîçé ··············]</translation>
        </message>
        <message>
            <source>Data-protection officer's report</source>
            <translation>[Ðàţà-pŕöţéçţîöñ öffîçéŕ'š ŕépöŕţ ··········]</translation>
        </message>
        <message>
            <source>Review of the file</source>
            <translation>[Ŕévîéŵ öf ţĥé fîļé ·····]</translation>
        </message>
        <message>
            <source>New information to record</source>
            <translation>[Ñéŵ îñföŕmàţîöñ ţö ŕéçöŕð ·······]</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>[Šûpéŕvîšîöñ ··]</translation>
        </message>
        <message>
            <source>Request of the data subject</source>
            <translation>[Ŕéqûéšţ öf ţĥé ðàţà šûƀjéçţ ········]</translation>
        </message>
        <message>
            <source>Other (explain)</source>
            <translation>[Öţĥéŕ (éxpļàîñ) ···]</translation>
        </message>
        <message>
            <source>Own work queue</source>
            <translation>[Öŵñ ŵöŕķ qûéûé ···]</translation>
        </message>
        <message>
            <source>Proposed</source>
            <extracomment>Apart from LABELS: a StrEnum member is equal to its value, so ReferralStatus.ACCEPTED and ObservationStatus.ACCEPTED ("accepted") would be one key of one dict.</extracomment>
            <translation>[Pŕöpöšéð ·]</translation>
        </message>
        <message>
            <source>Accepted by the programme</source>
            <translation>[Åççépţéð ƀý ţĥé pŕöĝŕàmmé ·······]</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>[Ðéçļîñéð ·]</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>[Šţàŕţéð]</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>[Çömpļéţéð ·]</translation>
        </message>
        <message>
            <source>Ended early</source>
            <translation>[Éñðéð éàŕļý ··]</translation>
        </message>
        <message>
            <source>Disengagement programme</source>
            <extracomment>The six kinds of programme (core/services/referrals.py) until a country's own list arrives in a reference bundle (a code of that list is shown as itself).</extracomment>
            <translation>[Ðîšéñĝàĝéméñţ pŕöĝŕàmmé ·······]</translation>
        </message>
        <message>
            <source>Rehabilitation programme</source>
            <translation>[Ŕéĥàƀîļîţàţîöñ pŕöĝŕàmmé ·······]</translation>
        </message>
        <message>
            <source>Mentoring</source>
            <translation>[Méñţöŕîñĝ ·]</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>[Éðûçàţîöñ ·]</translation>
        </message>
        <message>
            <source>Mental-health support</source>
            <translation>[Méñţàļ-ĥéàļţĥ šûppöŕţ ······]</translation>
        </message>
        <message>
            <source>Religious counselling (chaplaincy)</source>
            <translation>[Ŕéļîĝîöûš çöûñšéļļîñĝ (çĥàpļàîñçý) ···········]</translation>
        </message>
        <message>
            <source>Immediate</source>
            <extracomment>Shorter words for narrow table columns (a set without one uses LABELS).</extracomment>
            <translation>[Îmméðîàţé ·]</translation>
        </message>
        <message>
            <source>Routine: for the next review.</source>
            <extracomment>What each urgency asks of the reader (legends on screens and in reports).</extracomment>
            <translation>[Ŕöûţîñé: föŕ ţĥé ñéxţ ŕévîéŵ. ·········]</translation>
        </message>
        <message>
            <source>Priority: a supervisor should see it soon.</source>
            <translation>[Pŕîöŕîţý: à šûpéŕvîšöŕ šĥöûļð šéé îţ šööñ. ··············]</translation>
        </message>
        <message>
            <source>Immediate: threat to life or imminent harm; escalated in person or by phone at once.</source>
            <translation>[Îmméðîàţé: ţĥŕéàţ ţö ļîfé öŕ îmmîñéñţ ĥàŕm; éšçàļàţéð îñ péŕšöñ öŕ ƀý pĥöñé àţ öñçé. ·······························]</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <extracomment>The free-text fields of observations and checklists, as questions and messages name them (the sensitive-term question, core/safeguards.sensitive_findings' keys).</extracomment>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ······]</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>[Öffîçéŕ'š àššéššméñţ ·····]</translation>
        </message>
        <message>
            <source>Other explanations considered</source>
            <translation>[Öţĥéŕ éxpļàñàţîöñš çöñšîðéŕéð ·········]</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>[Pļàçé]</translation>
        </message>
        <message>
            <source>Your duty at the time</source>
            <translation>[Ýöûŕ ðûţý àţ ţĥé ţîmé ······]</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>[Åçţîöñ ţàķéñ öŕ ŕéçömméñðéð ········]</translation>
        </message>
        <message>
            <source>Prisoner's own account</source>
            <translation>[Pŕîšöñéŕ'š öŵñ àççöûñţ ······]</translation>
        </message>
        <message>
            <source>People involved</source>
            <translation>[Péöpļé îñvöļvéð ···]</translation>
        </message>
        <message>
            <source>Evidence for the items ticked</source>
            <translation>[Évîðéñçé föŕ ţĥé îţémš ţîçķéð ·········]</translation>
        </message>
        <message>
            <source>Protective factors seen</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš šééñ ·······]</translation>
        </message>
        <message>
            <source>Handling conditions</source>
            <translation>[Ĥàñðļîñĝ çöñðîţîöñš ·····]</translation>
        </message>
        <message>
            <source>Context and vulnerability notes</source>
            <translation>[Çöñţéxţ àñð vûļñéŕàƀîļîţý ñöţéš ··········]</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>[Šûmmàŕý]</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çöŕŕéçţîöñ ·······]</translation>
        </message>
        <message>
            <source>Evidence for %1</source>
            <extracomment>A checklist item's evidence field ("answers.&lt;code&gt;").</extracomment>
            <translation>[Évîðéñçé föŕ %1 ···]</translation>
        </message>
        <message>
            <source>%1 or %2</source>
            <translation>[%1 öŕ %2]</translation>
        </message>
        <message>
            <source>3x5x2 (source 1–3, information A–E, handling P/C)</source>
            <translation>[3x5x2 (šöûŕçé 1–3, îñföŕmàţîöñ Å–É, ĥàñðļîñĝ P/Ç) ·················]</translation>
        </message>
        <message>
            <source>Reliable</source>
            <translation>[Ŕéļîàƀļé ·]</translation>
        </message>
        <message>
            <source>Untested</source>
            <translation>[Ûñţéšţéð ·]</translation>
        </message>
        <message>
            <source>Not reliable</source>
            <translation>[Ñöţ ŕéļîàƀļé ··]</translation>
        </message>
        <message>
            <source>Known directly to the source</source>
            <translation>[Ķñöŵñ ðîŕéçţļý ţö ţĥé šöûŕçé ·········]</translation>
        </message>
        <message>
            <source>Known indirectly, corroborated</source>
            <translation>[Ķñöŵñ îñðîŕéçţļý, çöŕŕöƀöŕàţéð ·········]</translation>
        </message>
        <message>
            <source>Known indirectly</source>
            <translation>[Ķñöŵñ îñðîŕéçţļý ····]</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>[Ñöţ ķñöŵñ ·]</translation>
        </message>
        <message>
            <source>Suspected to be false or malicious</source>
            <translation>[Šûšpéçţéð ţö ƀé fàļšé öŕ màļîçîöûš ···········]</translation>
        </message>
        <message>
            <source>Lawful sharing permitted</source>
            <translation>[Ļàŵfûļ šĥàŕîñĝ péŕmîţţéð ·······]</translation>
        </message>
        <message>
            <source>Lawful sharing permitted with conditions</source>
            <translation>[Ļàŵfûļ šĥàŕîñĝ péŕmîţţéð ŵîţĥ çöñðîţîöñš ·············]</translation>
        </message>
        <message>
            <source>Admiralty 6x6 (source A–F, information 1–6)</source>
            <translation>[Åðmîŕàļţý 6x6 (šöûŕçé Å–F, îñföŕmàţîöñ 1–6) ···············]</translation>
        </message>
        <message>
            <source>Completely reliable</source>
            <translation>[Çömpļéţéļý ŕéļîàƀļé ·····]</translation>
        </message>
        <message>
            <source>Usually reliable</source>
            <translation>[Ûšûàļļý ŕéļîàƀļé ····]</translation>
        </message>
        <message>
            <source>Fairly reliable</source>
            <translation>[Fàîŕļý ŕéļîàƀļé ···]</translation>
        </message>
        <message>
            <source>Not usually reliable</source>
            <translation>[Ñöţ ûšûàļļý ŕéļîàƀļé ·····]</translation>
        </message>
        <message>
            <source>Unreliable</source>
            <translation>[Ûñŕéļîàƀļé ·]</translation>
        </message>
        <message>
            <source>Reliability cannot be judged</source>
            <translation>[Ŕéļîàƀîļîţý çàññöţ ƀé jûðĝéð ·········]</translation>
        </message>
        <message>
            <source>Confirmed by other sources</source>
            <translation>[Çöñfîŕméð ƀý öţĥéŕ šöûŕçéš ········]</translation>
        </message>
        <message>
            <source>Probably true</source>
            <translation>[Pŕöƀàƀļý ţŕûé ···]</translation>
        </message>
        <message>
            <source>Possibly true</source>
            <translation>[Pöššîƀļý ţŕûé ···]</translation>
        </message>
        <message>
            <source>Doubtful</source>
            <translation>[Ðöûƀţfûļ ·]</translation>
        </message>
        <message>
            <source>Improbable</source>
            <translation>[Împŕöƀàƀļé ·]</translation>
        </message>
        <message>
            <source>Truth cannot be judged</source>
            <translation>[Ţŕûţĥ çàññöţ ƀé jûðĝéð ······]</translation>
        </message>
        <message>
            <source>training</source>
            <translation>[ţŕàîñîñĝ ·]</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>The interrupted removal of %1 was finished.</source>
            <translation>[Ţĥé îñţéŕŕûpţéð ŕémövàļ öf %1 ŵàš fîñîšĥéð. ··············]</translation>
        </message>
        <message>
            <source>The interrupted disabling of %1 was finished.</source>
            <translation>[Ţĥé îñţéŕŕûpţéð ðîšàƀļîñĝ öf %1 ŵàš fîñîšĥéð. ···············]</translation>
        </message>
        <message>
            <source>%1 backup(s) under an older vault key were deleted.</source>
            <translation>[%1 ƀàçķûp(š) ûñðéŕ àñ öļðéŕ vàûļţ ķéý ŵéŕé ðéļéţéð. ·················]</translation>
        </message>
        <message>
            <source>An interrupted key change could not be finished yet: %1</source>
            <translation>[Åñ îñţéŕŕûpţéð ķéý çĥàñĝé çöûļð ñöţ ƀé fîñîšĥéð ýéţ: %1 ···················]</translation>
        </message>
        <message>
            <source>Reference bundle %1 was already imported; nothing changed.</source>
            <translation>[Ŕéféŕéñçé ƀûñðļé %1 ŵàš àļŕéàðý împöŕţéð; ñöţĥîñĝ çĥàñĝéð. ····················]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>Reference bundle %1 imported: %2 templates, settings changed: %3, code lists: %4.</source>
            <translation>[Ŕéféŕéñçé ƀûñðļé %1 împöŕţéð: %2 ţémpļàţéš, šéţţîñĝš çĥàñĝéð: %3, çöðé ļîšţš: %4. ···························]</translation>
        </message>
        <message>
            <source>%1: workstation %2 package %3 was already imported; nothing changed (replay or duplicate).</source>
            <translation>[%1: ŵöŕķšţàţîöñ %2 pàçķàĝé %3 ŵàš àļŕéàðý împöŕţéð; ñöţĥîñĝ çĥàñĝéð (ŕépļàý öŕ ðûpļîçàţé). ·······························]</translation>
        </message>
        <message>
            <source>IMPORT FAILED: %1</source>
            <translation>[ÎMPÖŔŢ FÅÎĻÉÐ: %1 ···]</translation>
        </message>
        <message>
            <source>%1: workstation %2 package %3 imported: %4 new, %5 already known, %6 conflicts, %7 quarantined, %8 audit entries.</source>
            <translation>[%1: ŵöŕķšţàţîöñ %2 pàçķàĝé %3 împöŕţéð: %4 ñéŵ, %5 àļŕéàðý ķñöŵñ, %6 çöñfļîçţš, %7 qûàŕàñţîñéð, %8 àûðîţ éñţŕîéš. ····································]</translation>
        </message>
        <message>
            <source>%1 of the quarantined records touch another establishment's files and were refused (a workstation may send its own establishment's records only).</source>
            <translation>[%1 öf ţĥé qûàŕàñţîñéð ŕéçöŕðš ţöûçĥ àñöţĥéŕ éšţàƀļîšĥméñţ'š fîļéš àñð ŵéŕé ŕéfûšéð (à ŵöŕķšţàţîöñ màý šéñð îţš öŵñ éšţàƀļîšĥméñţ'š ŕéçöŕðš öñļý). ·······················································]</translation>
        </message>
        <message>
            <source>It arrived after a later package (filled a gap).</source>
            <translation>[Îţ àŕŕîvéð àfţéŕ à ļàţéŕ pàçķàĝé (fîļļéð à ĝàp). ·················]</translation>
        </message>
        <message>
            <source>Still missing from this workstation: %1.</source>
            <translation>[Šţîļļ mîššîñĝ fŕöm ţĥîš ŵöŕķšţàţîöñ: %1. ·············]</translation>
        </message>
        <message>
            <source>Its audit log contradicts the entries this office already holds for the workstation: the contradicting entries are kept in quarantine; ask the establishment and the data-protection officer (sync verify-audit).</source>
            <translation>[Îţš àûðîţ ļöĝ çöñţŕàðîçţš ţĥé éñţŕîéš ţĥîš öffîçé àļŕéàðý ĥöļðš föŕ ţĥé ŵöŕķšţàţîöñ: ţĥé çöñţŕàðîçţîñĝ éñţŕîéš àŕé ķépţ îñ qûàŕàñţîñé; àšķ ţĥé éšţàƀļîšĥméñţ àñð ţĥé ðàţà-pŕöţéçţîöñ öffîçéŕ (šýñç véŕîfý-àûðîţ). ·················································································]</translation>
        </message>
        <message>
            <source>  quarantined line %1 (%2 %3): %4</source>
            <translation>[  qûàŕàñţîñéð ļîñé %1 (%2 %3): %4 ·······]</translation>
        </message>
        <message>
            <source>Receipt %1 was already imported; nothing changed.</source>
            <translation>[Ŕéçéîpţ %1 ŵàš àļŕéàðý împöŕţéð; ñöţĥîñĝ çĥàñĝéð. ················]</translation>
        </message>
        <message>
            <source>Receipt %1: %2 packages newly confirmed as delivered.</source>
            <translation>[Ŕéçéîpţ %1: %2 pàçķàĝéš ñéŵļý çöñfîŕméð àš ðéļîvéŕéð. ·················]</translation>
        </message>
        <message>
            <source>Not yet confirmed: %1 (re-send them with Export → re-send if they are overdue).</source>
            <translation>[Ñöţ ýéţ çöñfîŕméð: %1 (ŕé-šéñð ţĥém ŵîţĥ Éxpöŕţ → ŕé-šéñð îf ţĥéý àŕé övéŕðûé). ····························]</translation>
        </message>
        <message>
            <source>Every package written has been confirmed.</source>
            <translation>[Évéŕý pàçķàĝé ŵŕîţţéñ ĥàš ƀééñ çöñfîŕméð. ··············]</translation>
        </message>
        <message>
            <source>The central office holds different content for packages %1: tell the central office.</source>
            <translation>[Ţĥé çéñţŕàļ öffîçé ĥöļðš ðîfféŕéñţ çöñţéñţ föŕ pàçķàĝéš %1: ţéļļ ţĥé çéñţŕàļ öffîçé. ······························]</translation>
        </message>
        <message>
            <source>Transfer bundle %1 was already imported; nothing changed.</source>
            <translation>[Ţŕàñšféŕ ƀûñðļé %1 ŵàš àļŕéàðý împöŕţéð; ñöţĥîñĝ çĥàñĝéð. ···················]</translation>
        </message>
        <message>
            <source>Transfer bundle %1: the file of prisoner %2 arrived from %3 (%4); earlier records are kept read-only, new records continue the same file.</source>
            <translation>[Ţŕàñšféŕ ƀûñðļé %1: ţĥé fîļé öf pŕîšöñéŕ %2 àŕŕîvéð fŕöm %3 (%4); éàŕļîéŕ ŕéçöŕðš àŕé ķépţ ŕéàð-öñļý, ñéŵ ŕéçöŕðš çöñţîñûé ţĥé šàmé fîļé. ·················································]</translation>
        </message>
        <message>
            <source>%1 records differ from what this vault holds under the same id and version: this vault's copy was kept.</source>
            <translation>[%1 ŕéçöŕðš ðîfféŕ fŕöm ŵĥàţ ţĥîš vàûļţ ĥöļðš ûñðéŕ ţĥé šàmé îð àñð véŕšîöñ: ţĥîš vàûļţ'š çöpý ŵàš ķépţ. ······································]</translation>
        </message>
    </context>
    <context>
        <name>records</name>
        <message>
            <source>Version</source>
            <translation>[Véŕšîöñ]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñàmé]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>[Ŕévîéŵ ðûé ·]</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>[Öƀšéŕvàţîöñš ··]</translation>
        </message>
        <message>
            <source>When</source>
            <extracomment>Where the Establishment column is in SEARCH_COLUMNS.</extracomment>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>[Ûŕĝéñçý]</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ······]</translation>
        </message>
        <message>
            <source>Establishment</source>
            <extracomment>Search results name the prison a hit was recorded at, after the unit: a central office holds many prisons' records (the page hides the column on a workstation's vault).</extracomment>
            <translation>[Éšţàƀļîšĥméñţ ···]</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>[Ŕéçöŕðéð àţ ··]</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>[Îñðîçàţöŕš ·]</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>[Çļàššîfîçàţîöñ ···]</translation>
        </message>
        <message>
            <source>When sealing, the officer was asked whether these words about religion, ethnicity or politics were necessary, and kept them: {words}</source>
            <translation>[Ŵĥéñ šéàļîñĝ, ţĥé öffîçéŕ ŵàš àšķéð ŵĥéţĥéŕ ţĥéšé ŵöŕðš àƀöûţ ŕéļîĝîöñ, éţĥñîçîţý öŕ pöļîţîçš ŵéŕé ñéçéššàŕý, àñð ķépţ ţĥém: {words} ···············································]</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>The prisoner's details have not been changed since the file was opened.</source>
            <translation>[Ţĥé pŕîšöñéŕ'š ðéţàîļš ĥàvé ñöţ ƀééñ çĥàñĝéð šîñçé ţĥé fîļé ŵàš öpéñéð. ··························]</translation>
        </message>
        <message>
            <source>Information for the person (Directive (EU) 2016/680, Art. 14)</source>
            <translation>[Îñföŕmàţîöñ föŕ ţĥé péŕšöñ (Ðîŕéçţîvé (ÉÛ) 2016/680, Åŕţ. 14) ······················]</translation>
        </message>
        <message>
            <source>This file is due for review on %1. At each review a supervisor decides whether it is still needed; a file no longer needed is anonymised or erased.</source>
            <translation>[Ţĥîš fîļé îš ðûé föŕ ŕévîéŵ öñ %1. Åţ éàçĥ ŕévîéŵ à šûpéŕvîšöŕ ðéçîðéš ŵĥéţĥéŕ îţ îš šţîļļ ñééðéð; à fîļé ñö ļöñĝéŕ ñééðéð îš àñöñýmîšéð öŕ éŕàšéð. ·······················································]</translation>
        </message>
        <message>
            <source>Controller</source>
            <translation>[Çöñţŕöļļéŕ ·]</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>[Pûŕpöšé]</translation>
        </message>
        <message>
            <source>A log of what officers saw and heard, kept to prevent violent radicalisation in prison and to keep prisoners and staff safe. It is not a risk score, and the software makes no decision about anyone.</source>
            <translation>[Å ļöĝ öf ŵĥàţ öffîçéŕš šàŵ àñð ĥéàŕð, ķépţ ţö pŕévéñţ vîöļéñţ ŕàðîçàļîšàţîöñ îñ pŕîšöñ àñð ţö ķéép pŕîšöñéŕš àñð šţàff šàfé. Îţ îš ñöţ à ŕîšķ šçöŕé, àñð ţĥé šöfţŵàŕé màķéš ñö ðéçîšîöñ àƀöûţ àñýöñé. ············································································]</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>[Ļéĝàļ ƀàšîš ··]</translation>
        </message>
        <message>
            <source>The tasks of the prison service under national law: the prevention of criminal offences and the execution of criminal penalties (Directive (EU) 2016/680, Art. 8).</source>
            <translation>[Ţĥé ţàšķš öf ţĥé pŕîšöñ šéŕvîçé ûñðéŕ ñàţîöñàļ ļàŵ: ţĥé pŕévéñţîöñ öf çŕîmîñàļ öfféñçéš àñð ţĥé éxéçûţîöñ öf çŕîmîñàļ péñàļţîéš (Ðîŕéçţîvé (ÉÛ) 2016/680, Åŕţ. 8). ······························································]</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>[Ŕéţéñţîöñ ·]</translation>
        </message>
        <message>
            <source>Recipients</source>
            <translation>[Ŕéçîpîéñţš ·]</translation>
        </message>
        <message>
            <source>Officers and supervisors of the establishment, and the central office of the prison service (by encrypted USB package). Every other disclosure is listed below.</source>
            <translation>[Öffîçéŕš àñð šûpéŕvîšöŕš öf ţĥé éšţàƀļîšĥméñţ, àñð ţĥé çéñţŕàļ öffîçé öf ţĥé pŕîšöñ šéŕvîçé (ƀý éñçŕýpţéð ÛŠƁ pàçķàĝé). Évéŕý öţĥéŕ ðîšçļöšûŕé îš ļîšţéð ƀéļöŵ. ·····························································]</translation>
        </message>
        <message>
            <source>Your rights</source>
            <translation>[Ýöûŕ ŕîĝĥţš ··]</translation>
        </message>
        <message>
            <source>You may ask the establishment's data-protection officer to correct or erase your data or to restrict its processing. You have the right to lodge a complaint with the national data-protection supervisory authority.</source>
            <translation>[Ýöû màý àšķ ţĥé éšţàƀļîšĥméñţ'š ðàţà-pŕöţéçţîöñ öffîçéŕ ţö çöŕŕéçţ öŕ éŕàšé ýöûŕ ðàţà öŕ ţö ŕéšţŕîçţ îţš pŕöçéššîñĝ. Ýöû ĥàvé ţĥé ŕîĝĥţ ţö ļöðĝé à çömpļàîñţ ŵîţĥ ţĥé ñàţîöñàļ ðàţà-pŕöţéçţîöñ šûpéŕvîšöŕý àûţĥöŕîţý. ···················································································]</translation>
        </message>
        <message>
            <source>Disclosures: where this data was sent</source>
            <translation>[Ðîšçļöšûŕéš: ŵĥéŕé ţĥîš ðàţà ŵàš šéñţ ············]</translation>
        </message>
        <message>
            <source>No disclosure of this file is recorded.</source>
            <translation>[Ñö ðîšçļöšûŕé öf ţĥîš fîļé îš ŕéçöŕðéð. ·············]</translation>
        </message>
        <message>
            <source>USB package %1 to the central office (%2 records)</source>
            <translation>[ÛŠƁ pàçķàĝé %1 ţö ţĥé çéñţŕàļ öffîçé (%2 ŕéçöŕðš) ···············]</translation>
        </message>
        <message>
            <source>Release handover to %1</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕ ţö %1 ·····]</translation>
        </message>
        <message>
            <source>Transfer to establishment %1</source>
            <translation>[Ţŕàñšféŕ ţö éšţàƀļîšĥméñţ %1 ········]</translation>
        </message>
        <message>
            <source>Transfer bundle to establishment %1</source>
            <translation>[Ţŕàñšféŕ ƀûñðļé ţö éšţàƀļîšĥméñţ %1 ···········]</translation>
        </message>
        <message>
            <source>Report given to %1</source>
            <translation>[Ŕépöŕţ ĝîvéñ ţö %1 ····]</translation>
        </message>
        <message>
            <source>Copy of the person's data (JSON and PDF) given to %1</source>
            <translation>[Çöpý öf ţĥé péŕšöñ'š ðàţà (JŠÖÑ àñð PÐF) ĝîvéñ ţö %1 ·················]</translation>
        </message>
        <message>
            <source>When</source>
            <extracomment>Audit actions that read personal data (a consultation needs its purpose). Audit actions by which data leave the establishment or the screen (each one written by the code: tests/unit/test_audit_words.py checks it). A purpose that states nothing: no reason, or "other" with no words (compared in SQL, lower-cased and trimmed of blanks: audit.select_entries).</extracomment>
            <translation>[Ŵĥéñ]</translation>
        </message>
        <message>
            <source>Disclosure</source>
            <translation>[Ðîšçļöšûŕé ·]</translation>
        </message>
        <message>
            <source>Redaction log</source>
            <translation>[Ŕéðàçţîöñ ļöĝ ···]</translation>
        </message>
        <message>
            <source>What was withheld from this report to protect other people, and where. The withheld words are not shown.</source>
            <translation>[Ŵĥàţ ŵàš ŵîţĥĥéļð fŕöm ţĥîš ŕépöŕţ ţö pŕöţéçţ öţĥéŕ péöpļé, àñð ŵĥéŕé. Ţĥé ŵîţĥĥéļð ŵöŕðš àŕé ñöţ šĥöŵñ. ·······································]</translation>
        </message>
        <message>
            <source>Nothing was withheld.</source>
            <translation>[Ñöţĥîñĝ ŵàš ŵîţĥĥéļð. ······]</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>[Ţîméš]</translation>
        </message>
        <message>
            <source>By</source>
            <translation>[Ɓý]</translation>
        </message>
        <message>
            <source>Values before the change</source>
            <translation>[Vàļûéš ƀéföŕé ţĥé çĥàñĝé ·······]</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>[Ŕéàšöñ]</translation>
        </message>
        <message>
            <source>Grade history</source>
            <translation>[Ĝŕàðé ĥîšţöŕý ···]</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>[pŕöpöšéð ·]</translation>
        </message>
        <message>
            <source>re-graded</source>
            <translation>[ŕé-ĝŕàðéð ·]</translation>
        </message>
        <message>
            <source>Ver.</source>
            <translation>[Véŕ.]</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>[Ķîñð]</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>[Ĝŕàðé]</translation>
        </message>
        <message>
            <source>Rectification, disputes and restriction</source>
            <translation>[Ŕéçţîfîçàţîöñ, ðîšpûţéš àñð ŕéšţŕîçţîöñ ·············]</translation>
        </message>
        <message>
            <source>No rectification, dispute or restriction is recorded.</source>
            <translation>[Ñö ŕéçţîfîçàţîöñ, ðîšpûţé öŕ ŕéšţŕîçţîöñ îš ŕéçöŕðéð. ···················]</translation>
        </message>
        <message>
            <source>What was asked, or why</source>
            <translation>[Ŵĥàţ ŵàš àšķéð, öŕ ŵĥý ······]</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>[Ñö.]</translation>
        </message>
        <message>
            <source>User</source>
            <translation>[Ûšéŕ]</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>[Åçţîöñ]</translation>
        </message>
        <message>
            <source>Recipient</source>
            <translation>[Ŕéçîpîéñţ ·]</translation>
        </message>
        <message>
            <source>Data-subject access report</source>
            <translation>[Ðàţà-šûƀjéçţ àççéšš ŕépöŕţ ········]</translation>
        </message>
        <message>
            <source>Everything this vault holds about the person named below, including the history of changes and who consulted or disclosed the file. The identity of a restricted source is withheld to protect a third party.</source>
            <translation>[Évéŕýţĥîñĝ ţĥîš vàûļţ ĥöļðš àƀöûţ ţĥé péŕšöñ ñàméð ƀéļöŵ, îñçļûðîñĝ ţĥé ĥîšţöŕý öf çĥàñĝéš àñð ŵĥö çöñšûļţéð öŕ ðîšçļöšéð ţĥé fîļé. Ţĥé îðéñţîţý öf à ŕéšţŕîçţéð šöûŕçé îš ŵîţĥĥéļð ţö pŕöţéçţ à ţĥîŕð pàŕţý. ···············································································]</translation>
        </message>
        <message>
            <source>Prisoner</source>
            <translation>[Pŕîšöñéŕ ·]</translation>
        </message>
        <message>
            <source>File opened</source>
            <translation>[Fîļé öpéñéð ··]</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>[Ļàšţ çĥàñĝéð ··]</translation>
        </message>
        <message>
            <source>Anonymised</source>
            <translation>[Åñöñýmîšéð ·]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>[ýéš]</translation>
        </message>
        <message>
            <source>no</source>
            <translation>[ñö]</translation>
        </message>
        <message>
            <source>Changes to the prisoner's details</source>
            <translation>[Çĥàñĝéš ţö ţĥé pŕîšöñéŕ'š ðéţàîļš ···········]</translation>
        </message>
        <message>
            <source>Observations (%1)</source>
            <translation>[Öƀšéŕvàţîöñš (%1) ···]</translation>
        </message>
        <message>
            <source>Nothing has been recorded about this prisoner.</source>
            <translation>[Ñöţĥîñĝ ĥàš ƀééñ ŕéçöŕðéð àƀöûţ ţĥîš pŕîšöñéŕ. ················]</translation>
        </message>
        <message>
            <source>Observation %1 of %2</source>
            <translation>[Öƀšéŕvàţîöñ %1 öf %2 ····]</translation>
        </message>
        <message>
            <source>Earlier version %1 (replaced)</source>
            <translation>[Éàŕļîéŕ véŕšîöñ %1 (ŕépļàçéð) ········]</translation>
        </message>
        <message>
            <source>Checklist runs</source>
            <translation>[Çĥéçķļîšţ ŕûñš ···]</translation>
        </message>
        <message>
            <source>Audit trail: who consulted or disclosed this file</source>
            <translation>[Åûðîţ ţŕàîļ: ŵĥö çöñšûļţéð öŕ ðîšçļöšéð ţĥîš fîļé ·················]</translation>
        </message>
        <message>
            <source>%1 entries, oldest first, including this report.</source>
            <translation>[%1 éñţŕîéš, öļðéšţ fîŕšţ, îñçļûðîñĝ ţĥîš ŕépöŕţ. ················]</translation>
        </message>
        <message>
            <source>Checklist (paper form)</source>
            <translation>[Çĥéçķļîšţ (pàpéŕ föŕm) ······]</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>[Ţémpļàţé ·]</translation>
        </message>
        <message>
            <source>Prisoner (name, prison number)</source>
            <translation>[Pŕîšöñéŕ (ñàmé, pŕîšöñ ñûmƀéŕ) ·········]</translation>
        </message>
        <message>
            <source>Unit / cell</source>
            <translation>[Ûñîţ / çéļļ ··]</translation>
        </message>
        <message>
            <source>Completed by (name, staff code)</source>
            <translation>[Çömpļéţéð ƀý (ñàmé, šţàff çöðé) ··········]</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>[Ðàţé]</translation>
        </message>
        <message>
            <source>Tick “observed” only with a concrete, dated example written on the lines. Describe behaviour, never religion, ethnicity or nationality as such.</source>
            <translation>[Ţîçķ “öƀšéŕvéð” öñļý ŵîţĥ à çöñçŕéţé, ðàţéð éxàmpļé ŵŕîţţéñ öñ ţĥé ļîñéš. Ðéšçŕîƀé ƀéĥàvîöûŕ, ñévéŕ ŕéļîĝîöñ, éţĥñîçîţý öŕ ñàţîöñàļîţý àš šûçĥ. ·······················································]</translation>
        </message>
        <message>
            <source>Not indicators — do not record these as signs</source>
            <translation>[Ñöţ îñðîçàţöŕš — ðö ñöţ ŕéçöŕð ţĥéšé àš šîĝñš ···············]</translation>
        </message>
        <message>
            <source>observed</source>
            <translation>[öƀšéŕvéð ·]</translation>
        </message>
        <message>
            <source>not observed</source>
            <translation>[ñöţ öƀšéŕvéð ··]</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>[ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Recorded for support, not as signs of risk.</source>
            <translation>[Ŕéçöŕðéð föŕ šûppöŕţ, ñöţ àš šîĝñš öf ŕîšķ. ···············]</translation>
        </message>
        <message>
            <source>Protective factors</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš ·····]</translation>
        </message>
        <message>
            <source>Other possible explanations</source>
            <translation>[Öţĥéŕ pöššîƀļé éxpļàñàţîöñš ········]</translation>
        </message>
        <message>
            <source>Context and vulnerability notes</source>
            <translation>[Çöñţéxţ àñð vûļñéŕàƀîļîţý ñöţéš ··········]</translation>
        </message>
        <message>
            <source>Summary by the officer</source>
            <translation>[Šûmmàŕý ƀý ţĥé öffîçéŕ ······]</translation>
        </message>
        <message>
            <source>Next review due</source>
            <translation>[Ñéxţ ŕévîéŵ ðûé ···]</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>[Šîĝñàţûŕé ·]</translation>
        </message>
        <message>
            <source>Prison number</source>
            <translation>[Pŕîšöñ ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>[Ɓîŕţĥ ýéàŕ ·]</translation>
        </message>
        <message>
            <source>Establishment</source>
            <translation>[Éšţàƀļîšĥméñţ ···]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţàţûš]</translation>
        </message>
        <message>
            <source>File review due</source>
            <translation>[Fîļé ŕévîéŵ ðûé ···]</translation>
        </message>
        <message>
            <source>Subject id</source>
            <translation>[Šûƀjéçţ îð ·]</translation>
        </message>
        <message>
            <source>Restriction</source>
            <translation>[Ŕéšţŕîçţîöñ ··]</translation>
        </message>
        <message>
            <source>Accuracy disputed: processing restricted.</source>
            <translation>[Åççûŕàçý ðîšpûţéð: pŕöçéššîñĝ ŕéšţŕîçţéð. ··············]</translation>
        </message>
        <message>
            <source>Proposed by the officer: %1</source>
            <translation>[Pŕöpöšéð ƀý ţĥé öffîçéŕ: %1 ·······]</translation>
        </message>
        <message>
            <source>Observation id</source>
            <translation>[Öƀšéŕvàţîöñ îð ···]</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>[Ŵĥéŕé]</translation>
        </message>
        <message>
            <source>Officer's duty</source>
            <translation>[Öffîçéŕ'š ðûţý ···]</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>[Ŕéçöŕðéð ·]</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>[Ûŕĝéñçý]</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>[Çļàššîfîçàţîöñ ···]</translation>
        </message>
        <message>
            <source>How it was obtained</source>
            <translation>[Ĥöŵ îţ ŵàš öƀţàîñéð ·····]</translation>
        </message>
        <message>
            <source>Source identity</source>
            <translation>[Šöûŕçé îðéñţîţý ···]</translation>
        </message>
        <message>
            <source>Restricted — never printed.</source>
            <translation>[Ŕéšţŕîçţéð — ñévéŕ pŕîñţéð. ········]</translation>
        </message>
        <message>
            <source>Grading (source / information / handling)</source>
            <translation>[Ĝŕàðîñĝ (šöûŕçé / îñföŕmàţîöñ / ĥàñðļîñĝ) ··············]</translation>
        </message>
        <message>
            <source>Reason for this correction</source>
            <translation>[Ŕéàšöñ föŕ ţĥîš çöŕŕéçţîöñ ········]</translation>
        </message>
        <message>
            <source>What was seen or heard (facts)</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð (fàçţš) ·········]</translation>
        </message>
        <message>
            <source>Nothing recorded.</source>
            <translation>[Ñöţĥîñĝ ŕéçöŕðéð. ····]</translation>
        </message>
        <message>
            <source>Officer's assessment (interpretation, kept apart from the facts)</source>
            <translation>[Öffîçéŕ'š àššéššméñţ (îñţéŕpŕéţàţîöñ, ķépţ àpàŕţ fŕöm ţĥé fàçţš) ·······················]</translation>
        </message>
        <message>
            <source>No assessment given.</source>
            <translation>[Ñö àššéššméñţ ĝîvéñ. ·····]</translation>
        </message>
        <message>
            <source>Other people involved</source>
            <translation>[Öţĥéŕ péöpļé îñvöļvéð ······]</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>[Çàţéĝöŕý ·]</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>[Ðéšçŕîpţîöñ ··]</translation>
        </message>
        <message>
            <source>Indicators recorded, each with its evidence</source>
            <translation>[Îñðîçàţöŕš ŕéçöŕðéð, éàçĥ ŵîţĥ îţš évîðéñçé ···············]</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>[Çöðé]</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>[Évîðéñçé ·]</translation>
        </message>
        <message>
            <source>Protective factors seen</source>
            <translation>[Pŕöţéçţîvé fàçţöŕš šééñ ·······]</translation>
        </message>
        <message>
            <source>None recorded.</source>
            <translation>[Ñöñé ŕéçöŕðéð. ···]</translation>
        </message>
        <message>
            <source>Action taken or recommended</source>
            <translation>[Åçţîöñ ţàķéñ öŕ ŕéçömméñðéð ········]</translation>
        </message>
        <message>
            <source>The prisoner's own account</source>
            <translation>[Ţĥé pŕîšöñéŕ'š öŵñ àççöûñţ ········]</translation>
        </message>
        <message>
            <source>Reviews</source>
            <translation>[Ŕévîéŵš]</translation>
        </message>
        <message>
            <source>Versions of this record</source>
            <translation>[Véŕšîöñš öf ţĥîš ŕéçöŕð ·······]</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>[Ŕévîéŵéŕ ·]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ·]</translation>
        </message>
        <message>
            <source>New grade</source>
            <translation>[Ñéŵ ĝŕàðé ·]</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>[Çömméñţ]</translation>
        </message>
        <message>
            <source>first version</source>
            <translation>[fîŕšţ véŕšîöñ ···]</translation>
        </message>
        <message>
            <source>Reason for the correction</source>
            <translation>[Ŕéàšöñ föŕ ţĥé çöŕŕéçţîöñ ·······]</translation>
        </message>
        <message>
            <source>Legend: grading codes and urgency</source>
            <translation>[Ļéĝéñð: ĝŕàðîñĝ çöðéš àñð ûŕĝéñçý ···········]</translation>
        </message>
        <message>
            <source>Each observation is graded on separate axes, never combined into a score: how reliable the source is, how the information is known, and how it may be shared.</source>
            <translation>[Éàçĥ öƀšéŕvàţîöñ îš ĝŕàðéð öñ šépàŕàţé àxéš, ñévéŕ çömƀîñéð îñţö à šçöŕé: ĥöŵ ŕéļîàƀļé ţĥé šöûŕçé îš, ĥöŵ ţĥé îñföŕmàţîöñ îš ķñöŵñ, àñð ĥöŵ îţ màý ƀé šĥàŕéð. ····························································]</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>[Šöûŕçé]</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>[Îñföŕmàţîöñ ··]</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>[Ĥàñðļîñĝ ·]</translation>
        </message>
        <message>
            <source>Preset %1</source>
            <translation>[Pŕéšéţ %1]</translation>
        </message>
        <message>
            <source>Axis</source>
            <translation>[Åxîš]</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>[Méàñîñĝ]</translation>
        </message>
        <message>
            <source>No checklist has been completed for this prisoner.</source>
            <translation>[Ñö çĥéçķļîšţ ĥàš ƀééñ çömpļéţéð föŕ ţĥîš pŕîšöñéŕ. ·················]</translation>
        </message>
        <message>
            <source>Counts of answers per domain, shown side by side. They are not added up and are not a score or a level of risk.</source>
            <translation>[Çöûñţš öf àñšŵéŕš péŕ ðömàîñ, šĥöŵñ šîðé ƀý šîðé. Ţĥéý àŕé ñöţ àððéð ûp àñð àŕé ñöţ à šçöŕé öŕ à ļévéļ öf ŕîšķ. ··········································]</translation>
        </message>
        <message>
            <source>%1 (v%2), completed %3 by %4</source>
            <translation>[%1 (v%2), çömpļéţéð %3 ƀý %4 ·····]</translation>
        </message>
        <message>
            <source>Domain</source>
            <translation>[Ðömàîñ]</translation>
        </message>
        <message>
            <source>Observed</source>
            <translation>[Öƀšéŕvéð ·]</translation>
        </message>
        <message>
            <source>Not observed</source>
            <translation>[Ñöţ öƀšéŕvéð ··]</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>[Ûñķñöŵñ]</translation>
        </message>
        <message>
            <source>Items observed, with the dated example</source>
            <translation>[Îţémš öƀšéŕvéð, ŵîţĥ ţĥé ðàţéð éxàmpļé ·············]</translation>
        </message>
        <message>
            <source>Support and vulnerability (for support, not a sign of risk)</source>
            <translation>[Šûppöŕţ àñð vûļñéŕàƀîļîţý (föŕ šûppöŕţ, ñöţ à šîĝñ öf ŕîšķ) ·····················]</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>[Îţém]</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>[Éxàmpļé]</translation>
        </message>
        <message>
            <source>None observed</source>
            <translation>[Ñöñé öƀšéŕvéð ···]</translation>
        </message>
        <message>
            <source>None identified</source>
            <translation>[Ñöñé îðéñţîfîéð ···]</translation>
        </message>
        <message>
            <source>Context and vulnerability (for support)</source>
            <translation>[Çöñţéxţ àñð vûļñéŕàƀîļîţý (föŕ šûppöŕţ) ·············]</translation>
        </message>
        <message>
            <source>Workstation enrolment sheet</source>
            <translation>[Ŵöŕķšţàţîöñ éñŕöļméñţ šĥééţ ········]</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>[Möðé]</translation>
        </message>
        <message>
            <source>Workstation id</source>
            <translation>[Ŵöŕķšţàţîöñ îð ···]</translation>
        </message>
        <message>
            <source>Vault id</source>
            <translation>[Vàûļţ îð ·]</translation>
        </message>
        <message>
            <source>Vault created</source>
            <translation>[Vàûļţ çŕéàţéð ···]</translation>
        </message>
        <message>
            <source>Signing key of this vault (Ed25519)</source>
            <translation>[Šîĝñîñĝ ķéý öf ţĥîš vàûļţ (Éð25519) ···········]</translation>
        </message>
        <message>
            <source>The central office compares this fingerprint with the one shown when the first package from this workstation is imported.</source>
            <translation>[Ţĥé çéñţŕàļ öffîçé çömpàŕéš ţĥîš fîñĝéŕpŕîñţ ŵîţĥ ţĥé öñé šĥöŵñ ŵĥéñ ţĥé fîŕšţ pàçķàĝé fŕöm ţĥîš ŵöŕķšţàţîöñ îš împöŕţéð. ··············································]</translation>
        </message>
        <message>
            <source>Central office certificate</source>
            <translation>[Çéñţŕàļ öffîçé çéŕţîfîçàţé ········]</translation>
        </message>
        <message>
            <source>Compare this fingerprint with the one given by the central office before trusting its certificate (radprev central trust FILE --fingerprint HEX).</source>
            <translation>[Çömpàŕé ţĥîš fîñĝéŕpŕîñţ ŵîţĥ ţĥé öñé ĝîvéñ ƀý ţĥé çéñţŕàļ öffîçé ƀéföŕé ţŕûšţîñĝ îţš çéŕţîfîçàţé (ŕàðpŕév çéñţŕàļ ţŕûšţ FÎĻÉ --fîñĝéŕpŕîñţ ĤÉX). ·······················································]</translation>
        </message>
        <message>
            <source>No central office certificate is trusted yet.</source>
            <translation>[Ñö çéñţŕàļ öffîçé çéŕţîfîçàţé îš ţŕûšţéð ýéţ. ···············]</translation>
        </message>
        <message>
            <source>A fingerprint is the check code radprev shows on its Sync page: groups of four letters and digits that identify a key without revealing it.</source>
            <translation>[Å fîñĝéŕpŕîñţ îš ţĥé çĥéçķ çöðé ŕàðpŕév šĥöŵš öñ îţš Šýñç pàĝé: ĝŕöûpš öf föûŕ ļéţţéŕš àñð ðîĝîţš ţĥàţ îðéñţîfý à ķéý ŵîţĥöûţ ŕévéàļîñĝ îţ. ·····················································]</translation>
        </message>
        <message>
            <source>How to confirm</source>
            <translation>[Ĥöŵ ţö çöñfîŕm ···]</translation>
        </message>
        <message>
            <source>1. Read the fingerprints aloud in groups of four, or compare them side by side.</source>
            <translation>[1. Ŕéàð ţĥé fîñĝéŕpŕîñţš àļöûð îñ ĝŕöûpš öf föûŕ, öŕ çömpàŕé ţĥém šîðé ƀý šîðé. ·····························]</translation>
        </message>
        <message>
            <source>2. Every group must match. If one differs, stop: do not import or trust the key.</source>
            <translation>[2. Évéŕý ĝŕöûp mûšţ màţçĥ. Îf öñé ðîfféŕš, šţöp: ðö ñöţ împöŕţ öŕ ţŕûšţ ţĥé ķéý. ·····························]</translation>
        </message>
        <message>
            <source>3. Both administrators sign below; keep the sheet with the enrolment records.</source>
            <translation>[3. Ɓöţĥ àðmîñîšţŕàţöŕš šîĝñ ƀéļöŵ; ķéép ţĥé šĥééţ ŵîţĥ ţĥé éñŕöļméñţ ŕéçöŕðš. ····························]</translation>
        </message>
        <message>
            <source>Workstation administrator</source>
            <translation>[Ŵöŕķšţàţîöñ àðmîñîšţŕàţöŕ ·······]</translation>
        </message>
        <message>
            <source>Central office</source>
            <translation>[Çéñţŕàļ öffîçé ···]</translation>
        </message>
        <message>
            <source>Observation record — not a risk assessment. Specialist assessment only by trained staff.</source>
            <translation>[Öƀšéŕvàţîöñ ŕéçöŕð — ñöţ à ŕîšķ àššéššméñţ. Špéçîàļîšţ àššéššméñţ öñļý ƀý ţŕàîñéð šţàff. ·································]</translation>
        </message>
        <message>
            <source>TRAINING — NOT A REAL RECORD</source>
            <translation>[ŢŔÅÎÑÎÑĜ — ÑÖŢ Å ŔÉÅĻ ŔÉÇÖŔÐ ·········]</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>[Pàĝé %1 öf %2 ·]</translation>
        </message>
        <message>
            <source>Printed by %1 at %2</source>
            <translation>[Pŕîñţéð ƀý %1 àţ %2 ···]</translation>
        </message>
        <message>
            <source>Document %1</source>
            <translation>[Ðöçûméñţ %1 ·]</translation>
        </message>
        <message>
            <source>Source %1: %2</source>
            <translation>[Šöûŕçé %1: %2 ·]</translation>
        </message>
        <message>
            <source>Information %1: %2</source>
            <translation>[Îñföŕmàţîöñ %1: %2 ···]</translation>
        </message>
        <message>
            <source>Handling %1: %2</source>
            <translation>[Ĥàñðļîñĝ %1: %2 ··]</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>[Çöñðîţîöñš: %1 ··]</translation>
        </message>
        <message>
            <source>Observation record</source>
            <translation>[Öƀšéŕvàţîöñ ŕéçöŕð ·····]</translation>
        </message>
        <message>
            <source>Observation</source>
            <translation>[Öƀšéŕvàţîöñ ··]</translation>
        </message>
        <message>
            <source>Vault recovery sheet</source>
            <translation>[Vàûļţ ŕéçövéŕý šĥééţ ·····]</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>[Ŕéçövéŕý çöðé ···]</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>[Îñšţŕûçţîöñš ··]</translation>
        </message>
        <message>
            <source>1. Keep this sheet sealed in an envelope in the establishment's safe.</source>
            <translation>[1. Ķéép ţĥîš šĥééţ šéàļéð îñ àñ éñvéļöpé îñ ţĥé éšţàƀļîšĥméñţ'š šàfé. ·························]</translation>
        </message>
        <message>
            <source>2. Do not copy, photograph or type this code anywhere else.</source>
            <translation>[2. Ðö ñöţ çöpý, pĥöţöĝŕàpĥ öŕ ţýpé ţĥîš çöðé àñýŵĥéŕé éļšé. ·····················]</translation>
        </message>
        <message>
            <source>3. With this code an administrator can set a new password when every administrator password is lost: radprev recover USER.</source>
            <translation>[3. Ŵîţĥ ţĥîš çöðé àñ àðmîñîšţŕàţöŕ çàñ šéţ à ñéŵ pàššŵöŕð ŵĥéñ évéŕý àðmîñîšţŕàţöŕ pàššŵöŕð îš ļöšţ: ŕàðpŕév ŕéçövéŕ ÛŠÉŔ. ··············································]</translation>
        </message>
        <message>
            <source>4. Anyone holding this code and the vault files can read the whole vault. If the sheet is lost or seen by someone else, tell the security unit and give the vault a new key (radprev rekey).</source>
            <translation>[4. Åñýöñé ĥöļðîñĝ ţĥîš çöðé àñð ţĥé vàûļţ fîļéš çàñ ŕéàð ţĥé ŵĥöļé vàûļţ. Îf ţĥé šĥééţ îš ļöšţ öŕ šééñ ƀý šöméöñé éļšé, ţéļļ ţĥé šéçûŕîţý ûñîţ àñð ĝîvé ţĥé vàûļţ à ñéŵ ķéý (ŕàðpŕév ŕéķéý). ·········································································]</translation>
        </message>
        <message>
            <source>5. Destroy this sheet by shredding when it is replaced.</source>
            <translation>[5. Ðéšţŕöý ţĥîš šĥééţ ƀý šĥŕéððîñĝ ŵĥéñ îţ îš ŕépļàçéð. ···················]</translation>
        </message>
        <message>
            <source>Sealed by</source>
            <translation>[Šéàļéð ƀý ·]</translation>
        </message>
        <message>
            <source>Witness</source>
            <translation>[Ŵîţñéšš]</translation>
        </message>
        <message>
            <source>Envelope number</source>
            <translation>[Éñvéļöpé ñûmƀéŕ ···]</translation>
        </message>
        <message>
            <source>Code typed from paper: letters and digits only; case and dashes do not matter.</source>
            <translation>[Çöðé ţýpéð fŕöm pàpéŕ: ļéţţéŕš àñð ðîĝîţš öñļý; çàšé àñð ðàšĥéš ðö ñöţ màţţéŕ. ·····························]</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>[Fàçţš]</translation>
        </message>
        <message>
            <source>Known as: %1</source>
            <comment>, </comment>
            <translation>[Ķñöŵñ àš: %1 ·]</translation>
        </message>
        <message>
            <source>No transfer recorded.</source>
            <translation>[Ñö ţŕàñšféŕ ŕéçöŕðéð. ······]</translation>
        </message>
        <message>
            <source>From</source>
            <translation>[Fŕöm]</translation>
        </message>
        <message>
            <source>To</source>
            <translation>[Ţö]</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>[Ŕéçöŕðéð ƀý ··]</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>[Ñöţé]</translation>
        </message>
        <message>
            <source>No referral to a programme recorded.</source>
            <translation>[Ñö ŕéféŕŕàļ ţö à pŕöĝŕàmmé ŕéçöŕðéð. ············]</translation>
        </message>
        <message>
            <source>Reason (facts)</source>
            <translation>[Ŕéàšöñ (fàçţš) ···]</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>[Åššéššméñţ ·]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçömé]</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>[Pŕöĝŕàmmé ·]</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>[Šţépš]</translation>
        </message>
        <message>
            <source>Reason and outcome</source>
            <translation>[Ŕéàšöñ àñð öûţçömé ·····]</translation>
        </message>
        <message>
            <source>Indicators</source>
            <translation>[Îñðîçàţöŕš ·]</translation>
        </message>
        <message>
            <source>Action taken</source>
            <translation>[Åçţîöñ ţàķéñ ··]</translation>
        </message>
        <message>
            <source>(officer: %1)</source>
            <translation>[(öffîçéŕ: %1) ··]</translation>
        </message>
        <message>
            <source>When / where</source>
            <translation>[Ŵĥéñ / ŵĥéŕé ··]</translation>
        </message>
        <message>
            <source>Urgency / status</source>
            <translation>[Ûŕĝéñçý / šţàţûš ····]</translation>
        </message>
        <message>
            <source>Grading</source>
            <translation>[Ĝŕàðîñĝ]</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>[Ŕéçöŕð]</translation>
        </message>
        <message>
            <source>No reviews recorded.</source>
            <translation>[Ñö ŕévîéŵš ŕéçöŕðéð. ·····]</translation>
        </message>
        <message>
            <source>Observed on</source>
            <translation>[Öƀšéŕvéð öñ ··]</translation>
        </message>
        <message>
            <source>Prisoner's details</source>
            <translation>[Pŕîšöñéŕ'š ðéţàîļš ·····]</translation>
        </message>
        <message>
            <source>Observation of %1, version %2</source>
            <translation>[Öƀšéŕvàţîöñ öf %1, véŕšîöñ %2 ·······]</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>[çöŕŕéçţéð ·]</translation>
        </message>
        <message>
            <source>No corrections recorded.</source>
            <translation>[Ñö çöŕŕéçţîöñš ŕéçöŕðéð. ·······]</translation>
        </message>
        <message>
            <source>What</source>
            <translation>[Ŵĥàţ]</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>[Çĥàñĝéð]</translation>
        </message>
        <message>
            <source>Subject summary</source>
            <translation>[Šûƀjéçţ šûmmàŕý ···]</translation>
        </message>
        <message>
            <source>Printed together with %1 other file(s) an analyst decided are the same person.</source>
            <translation>[Pŕîñţéð ţöĝéţĥéŕ ŵîţĥ %1 öţĥéŕ fîļé(š) àñ àñàļýšţ ðéçîðéð àŕé ţĥé šàmé péŕšöñ. ····························]</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>[Övéŕvîéŵ ·]</translation>
        </message>
        <message>
            <source>%1 observations recorded (routine %2, priority %3, immediate %4); %5 checklist runs.</source>
            <translation>[%1 öƀšéŕvàţîöñš ŕéçöŕðéð (ŕöûţîñé %2, pŕîöŕîţý %3, îmméðîàţé %4); %5 çĥéçķļîšţ ŕûñš. ···························]</translation>
        </message>
        <message>
            <source>First observation %1, latest %2.</source>
            <translation>[Fîŕšţ öƀšéŕvàţîöñ %1, ļàţéšţ %2. ·········]</translation>
        </message>
        <message>
            <source>Timeline of observations</source>
            <translation>[Ţîméļîñé öf öƀšéŕvàţîöñš ·······]</translation>
        </message>
        <message>
            <source>%1 report(s) returned to their author or rejected by a supervisor are not printed or counted here; the prisoner's file shows them with their state.</source>
            <translation>[%1 ŕépöŕţ(š) ŕéţûŕñéð ţö ţĥéîŕ àûţĥöŕ öŕ ŕéjéçţéð ƀý à šûpéŕvîšöŕ àŕé ñöţ pŕîñţéð öŕ çöûñţéð ĥéŕé; ţĥé pŕîšöñéŕ'š fîļé šĥöŵš ţĥém ŵîţĥ ţĥéîŕ šţàţé. ·······················································]</translation>
        </message>
        <message>
            <source>Checklist results by domain</source>
            <translation>[Çĥéçķļîšţ ŕéšûļţš ƀý ðömàîñ ········]</translation>
        </message>
        <message>
            <source>Transfers between establishments</source>
            <translation>[Ţŕàñšféŕš ƀéţŵééñ éšţàƀļîšĥméñţš ··········]</translation>
        </message>
        <message>
            <source>Reviews and re-grades</source>
            <translation>[Ŕévîéŵš àñð ŕé-ĝŕàðéš ······]</translation>
        </message>
        <message>
            <source>History of corrections</source>
            <translation>[Ĥîšţöŕý öf çöŕŕéçţîöñš ······]</translation>
        </message>
        <message>
            <source>Unit and period summary</source>
            <translation>[Ûñîţ àñð péŕîöð šûmmàŕý ·······]</translation>
        </message>
        <message>
            <source>All units</source>
            <translation>[Åļļ ûñîţš ·]</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>[Ûñîţ]</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>[Péŕîöð]</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>[Çĥéçķļîšţ ţémpļàţé ·····]</translation>
        </message>
        <message>
            <source>Observations by urgency</source>
            <translation>[Öƀšéŕvàţîöñš ƀý ûŕĝéñçý ·······]</translation>
        </message>
        <message>
            <source>Observations</source>
            <translation>[Öƀšéŕvàţîöñš ··]</translation>
        </message>
        <message>
            <source>No observation in the period cites an indicator.</source>
            <translation>[Ñö öƀšéŕvàţîöñ îñ ţĥé péŕîöð çîţéš àñ îñðîçàţöŕ. ·················]</translation>
        </message>
        <message>
            <source>No workstation is enrolled.</source>
            <translation>[Ñö ŵöŕķšţàţîöñ îš éñŕöļļéð. ········]</translation>
        </message>
        <message>
            <source>export overdue</source>
            <translation>[éxpöŕţ övéŕðûé ···]</translation>
        </message>
        <message>
            <source>missing %1</source>
            <comment>, </comment>
            <translation>[mîššîñĝ %1 ·]</translation>
        </message>
        <message>
            <source>receipt overdue</source>
            <translation>[ŕéçéîpţ övéŕðûé ···]</translation>
        </message>
        <message>
            <source>%1 in quarantine</source>
            <translation>[%1 îñ qûàŕàñţîñé ···]</translation>
        </message>
        <message>
            <source>%1 conflicts</source>
            <translation>[%1 çöñfļîçţš ·]</translation>
        </message>
        <message>
            <source>failed imports %1</source>
            <comment>, </comment>
            <translation>[fàîļéð împöŕţš %1 ···]</translation>
        </message>
        <message>
            <source>cannot receive transfers yet</source>
            <translation>[çàññöţ ŕéçéîvé ţŕàñšféŕš ýéţ ·········]</translation>
        </message>
        <message>
            <source>in order</source>
            <translation>[îñ öŕðéŕ ·]</translation>
        </message>
        <message>
            <source>Workstation</source>
            <translation>[Ŵöŕķšţàţîöñ ··]</translation>
        </message>
        <message>
            <source>Last package</source>
            <translation>[Ļàšţ pàçķàĝé ··]</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>[Màðé]</translation>
        </message>
        <message>
            <source>Awaiting receipt</source>
            <translation>[Åŵàîţîñĝ ŕéçéîpţ ····]</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>[Ñééðš àţţéñţîöñ ···]</translation>
        </message>
        <message>
            <source>Establishment report</source>
            <translation>[Éšţàƀļîšĥméñţ ŕépöŕţ ·····]</translation>
        </message>
        <message>
            <source>Observations counted</source>
            <translation>[Öƀšéŕvàţîöñš çöûñţéð ·····]</translation>
        </message>
        <message>
            <source>Files held</source>
            <translation>[Fîļéš ĥéļð ·]</translation>
        </message>
        <message>
            <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted.</source>
            <translation>[Öƀšéŕvàţîöñš àŕé çöûñţéð ŵĥéŕé ţĥéý ŵéŕé ŕéçöŕðéð, ƀý ţĥé ðàý öf ţĥé évéñţ; ŕéţûŕñéð àñð ŕéjéçţéð ŕépöŕţš àŕé ñöţ çöûñţéð. ··············································]</translation>
        </message>
        <message>
            <source>Observations by indicator domain</source>
            <translation>[Öƀšéŕvàţîöñš ƀý îñðîçàţöŕ ðömàîñ ··········]</translation>
        </message>
        <message>
            <source>Referrals to programmes</source>
            <translation>[Ŕéféŕŕàļš ţö pŕöĝŕàmméš ·······]</translation>
        </message>
        <message>
            <source>Referrals made in the period, by where each stands now.</source>
            <translation>[Ŕéféŕŕàļš màðé îñ ţĥé péŕîöð, ƀý ŵĥéŕé éàçĥ šţàñðš ñöŵ. ···················]</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>[Ŕéféŕŕàļš ·]</translation>
        </message>
        <message>
            <source>Transfers and files</source>
            <translation>[Ţŕàñšféŕš àñð fîļéš ·····]</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>[Çöûñţ]</translation>
        </message>
        <message>
            <source>Prisoners transferred in</source>
            <translation>[Pŕîšöñéŕš ţŕàñšféŕŕéð îñ ·······]</translation>
        </message>
        <message>
            <source>Prisoners transferred out</source>
            <translation>[Pŕîšöñéŕš ţŕàñšféŕŕéð öûţ ·······]</translation>
        </message>
        <message>
            <source>New files opened</source>
            <translation>[Ñéŵ fîļéš öpéñéð ····]</translation>
        </message>
        <message>
            <source>Files due for review on or before %1</source>
            <translation>[Fîļéš ðûé föŕ ŕévîéŵ öñ öŕ ƀéföŕé %1 ···········]</translation>
        </message>
        <message>
            <source>Workstations</source>
            <translation>[Ŵöŕķšţàţîöñš ··]</translation>
        </message>
        <message>
            <source>An observation citing indicators of several domains is counted in each. Counts are shown side by side and are not a score.</source>
            <translation>[Åñ öƀšéŕvàţîöñ çîţîñĝ îñðîçàţöŕš öf šévéŕàļ ðömàîñš îš çöûñţéð îñ éàçĥ. Çöûñţš àŕé šĥöŵñ šîðé ƀý šîðé àñð àŕé ñöţ à šçöŕé. ··············································]</translation>
        </message>
        <message>
            <source>Observations citing each domain (all urgencies)</source>
            <translation>[Öƀšéŕvàţîöñš çîţîñĝ éàçĥ ðömàîñ (àļļ ûŕĝéñçîéš) ················]</translation>
        </message>
        <message>
            <source>Immediate items</source>
            <translation>[Îmméðîàţé îţémš ···]</translation>
        </message>
        <message>
            <source>Facts (beginning)</source>
            <translation>[Fàçţš (ƀéĝîññîñĝ) ····]</translation>
        </message>
        <message>
            <source>The first %1 of %2 are listed.</source>
            <translation>[Ţĥé fîŕšţ %1 öf %2 àŕé ļîšţéð. ········]</translation>
        </message>
        <message>
            <source>Your units: %1</source>
            <comment>, </comment>
            <translation>[Ýöûŕ ûñîţš: %1 ··]</translation>
        </message>
        <message>
            <source>Drafts, and reports returned to their author or rejected by a supervisor, are not counted: the prisoner's file shows them with their state.</source>
            <translation>[Ðŕàfţš, àñð ŕépöŕţš ŕéţûŕñéð ţö ţĥéîŕ àûţĥöŕ öŕ ŕéjéçţéð ƀý à šûpéŕvîšöŕ, àŕé ñöţ çöûñţéð: ţĥé pŕîšöñéŕ'š fîļé šĥöŵš ţĥém ŵîţĥ ţĥéîŕ šţàţé. ·····················································]</translation>
        </message>
        <message>
            <source>No immediate items in this period.</source>
            <translation>[Ñö îmméðîàţé îţémš îñ ţĥîš péŕîöð. ···········]</translation>
        </message>
        <message>
            <source>Referrals made in the period, by where each stands now (counts only, never a score).</source>
            <translation>[Ŕéféŕŕàļš màðé îñ ţĥé péŕîöð, ƀý ŵĥéŕé éàçĥ šţàñðš ñöŵ (çöûñţš öñļý, ñévéŕ à šçöŕé). ·······························]</translation>
        </message>
        <message>
            <source>New subject files</source>
            <translation>[Ñéŵ šûƀjéçţ fîļéš ····]</translation>
        </message>
        <message>
            <source>Subject files opened in the period: %1.</source>
            <translation>[Šûƀjéçţ fîļéš öpéñéð îñ ţĥé péŕîöð: %1. ············]</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>[Öpéñéð]</translation>
        </message>
        <message>
            <source>Overdue file reviews</source>
            <translation>[Övéŕðûé fîļé ŕévîéŵš ·····]</translation>
        </message>
        <message>
            <source>Subject files due for review on or before %1: %2. For each, a supervisor decides: keep (with a reason), anonymise or erase.</source>
            <translation>[Šûƀjéçţ fîļéš ðûé föŕ ŕévîéŵ öñ öŕ ƀéföŕé %1: %2. Föŕ éàçĥ, à šûpéŕvîšöŕ ðéçîðéš: ķéép (ŵîţĥ à ŕéàšöñ), àñöñýmîšé öŕ éŕàšé. ·············································]</translation>
        </message>
        <message>
            <source>Review due</source>
            <translation>[Ŕévîéŵ ðûé ·]</translation>
        </message>
        <message>
            <source>Model observation</source>
            <translation>[Möðéļ öƀšéŕvàţîöñ ····]</translation>
        </message>
        <message>
            <source>Common mistakes</source>
            <translation>[Çömmöñ mîšţàķéš ···]</translation>
        </message>
        <message>
            <source>No mistake so far.</source>
            <translation>[Ñö mîšţàķé šö fàŕ. ·····]</translation>
        </message>
        <message>
            <source>Mistake</source>
            <translation>[Mîšţàķé]</translation>
        </message>
        <message>
            <source>times</source>
            <translation>[ţîméš]</translation>
        </message>
        <message>
            <source>in scenarios</source>
            <translation>[îñ šçéñàŕîöš ··]</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>not completed</source>
            <translation>[ñöţ çömpļéţéð ···]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé]</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>[Šţàŕţéð]</translation>
        </message>
        <message>
            <source>Items ticked</source>
            <translation>[Îţémš ţîçķéð ··]</translation>
        </message>
        <message>
            <source>How it is known</source>
            <translation>[Ĥöŵ îţ îš ķñöŵñ ···]</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>[Fééðƀàçķ ·]</translation>
        </message>
        <message>
            <source>Training record</source>
            <translation>[Ţŕàîñîñĝ ŕéçöŕð ···]</translation>
        </message>
        <message>
            <source>A record of practice on synthetic scenarios in a training vault. It says nothing about any real person, and no prisoner is scored: only the trainee's exercises are described.</source>
            <translation>[Å ŕéçöŕð öf pŕàçţîçé öñ šýñţĥéţîç šçéñàŕîöš îñ à ţŕàîñîñĝ vàûļţ. Îţ šàýš ñöţĥîñĝ àƀöûţ àñý ŕéàļ péŕšöñ, àñð ñö pŕîšöñéŕ îš šçöŕéð: öñļý ţĥé ţŕàîñéé'š éxéŕçîšéš àŕé ðéšçŕîƀéð. ···································································]</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>[Ţŕàîñéé]</translation>
        </message>
        <message>
            <source>Exercises started</source>
            <translation>[Éxéŕçîšéš šţàŕţéð ····]</translation>
        </message>
        <message>
            <source>Exercises completed</source>
            <translation>[Éxéŕçîšéš çömpļéţéð ·····]</translation>
        </message>
        <message>
            <source>Exercises</source>
            <translation>[Éxéŕçîšéš ·]</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>[Šçéñàŕîö ·]</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>[Ļàñĝûàĝé ·]</translation>
        </message>
        <message>
            <source>What the trainee recorded</source>
            <translation>[Ŵĥàţ ţĥé ţŕàîñéé ŕéçöŕðéð ·······]</translation>
        </message>
        <message>
            <source>No exercise yet.</source>
            <translation>[Ñö éxéŕçîšé ýéţ. ····]</translation>
        </message>
        <message>
            <source>“%1”</source>
            <extracomment>A word quoted from the trainee's answer, in the language's quotation marks („%1“, „%1”…).</extracomment>
            <translation>“%1”</translation>
        </message>
        <message>
            <source>Your facts say what was seen and heard, without words of opinion.</source>
            <extracomment>The headline of each kind of point (English source; %1… are filled in).</extracomment>
            <translation>[Ýöûŕ fàçţš šàý ŵĥàţ ŵàš šééñ àñð ĥéàŕð, ŵîţĥöûţ ŵöŕðš öf öpîñîöñ. ·······················]</translation>
        </message>
        <message>
            <source>Your facts contain words of opinion: %1. Facts say what was seen or heard; put opinions in the assessment, and quote what people said in quotation marks.</source>
            <translation>[Ýöûŕ fàçţš çöñţàîñ ŵöŕðš öf öpîñîöñ: %1. Fàçţš šàý ŵĥàţ ŵàš šééñ öŕ ĥéàŕð; pûţ öpîñîöñš îñ ţĥé àššéššméñţ, àñð qûöţé ŵĥàţ péöpļé šàîð îñ qûöţàţîöñ màŕķš. ··························································]</translation>
        </message>
        <message>
            <source>You named the person who told you (%1) outside the restricted source field. Their safety depends on it: name them only in the source identity field, which is never printed.</source>
            <translation>[Ýöû ñàméð ţĥé péŕšöñ ŵĥö ţöļð ýöû (%1) öûţšîðé ţĥé ŕéšţŕîçţéð šöûŕçé fîéļð. Ţĥéîŕ šàféţý ðépéñðš öñ îţ: ñàmé ţĥém öñļý îñ ţĥé šöûŕçé îðéñţîţý fîéļð, ŵĥîçĥ îš ñévéŕ pŕîñţéð. ·································································]</translation>
        </message>
        <message>
            <source>Your facts mention %1. Is this necessary to describe the behaviour?</source>
            <translation>[Ýöûŕ fàçţš méñţîöñ %1. Îš ţĥîš ñéçéššàŕý ţö ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ? ·······················]</translation>
        </message>
        <message>
            <source>You ticked %1 (%2): right.</source>
            <translation>[Ýöû ţîçķéð %1 (%2): ŕîĝĥţ. ······]</translation>
        </message>
        <message>
            <source>You did not tick %1 (%2), which the facts support.</source>
            <translation>[Ýöû ðîð ñöţ ţîçķ %1 (%2), ŵĥîçĥ ţĥé fàçţš šûppöŕţ. ················]</translation>
        </message>
        <message>
            <source>You ticked %1 (%2). Here that is a matter of judgement: neither ticking nor leaving it is a mistake.</source>
            <translation>[Ýöû ţîçķéð %1 (%2). Ĥéŕé ţĥàţ îš à màţţéŕ öf jûðĝéméñţ: ñéîţĥéŕ ţîçķîñĝ ñöŕ ļéàvîñĝ îţ îš à mîšţàķé. ····································]</translation>
        </message>
        <message>
            <source>You ticked %1 (%2), which the facts do not support.</source>
            <translation>[Ýöû ţîçķéð %1 (%2), ŵĥîçĥ ţĥé fàçţš ðö ñöţ šûppöŕţ. ················]</translation>
        </message>
        <message>
            <source>You ticked %1 (%2) on the strength of something that is never an indicator: %3.</source>
            <translation>[Ýöû ţîçķéð %1 (%2) öñ ţĥé šţŕéñĝţĥ öf šöméţĥîñĝ ţĥàţ îš ñévéŕ àñ îñðîçàţöŕ: %3. ···························]</translation>
        </message>
        <message>
            <source>You ticked no item: right, nothing in these facts is an indicator.</source>
            <translation>[Ýöû ţîçķéð ñö îţém: ŕîĝĥţ, ñöţĥîñĝ îñ ţĥéšé fàçţš îš àñ îñðîçàţöŕ. ························]</translation>
        </message>
        <message>
            <source>The evidence for %1 contains words of opinion: %2. Evidence is a concrete, dated example of what was seen or heard.</source>
            <translation>[Ţĥé évîðéñçé föŕ %1 çöñţàîñš ŵöŕðš öf öpîñîöñ: %2. Évîðéñçé îš à çöñçŕéţé, ðàţéð éxàmpļé öf ŵĥàţ ŵàš šééñ öŕ ĥéàŕð. ··········································]</translation>
        </message>
        <message>
            <source>Urgency: %1. Right.</source>
            <translation>[Ûŕĝéñçý: %1. Ŕîĝĥţ. ····]</translation>
        </message>
        <message>
            <source>You chose the urgency %1; this needs %2.</source>
            <translation>[Ýöû çĥöšé ţĥé ûŕĝéñçý %1; ţĥîš ñééðš %2. ············]</translation>
        </message>
        <message>
            <source>You chose the urgency %1; %2 is enough here.</source>
            <translation>[Ýöû çĥöšé ţĥé ûŕĝéñçý %1; %2 îš éñöûĝĥ ĥéŕé. ·············]</translation>
        </message>
        <message>
            <source>You recorded how you know it as “%1”; here it is “%2”.</source>
            <translation>[Ýöû ŕéçöŕðéð ĥöŵ ýöû ķñöŵ îţ àš “%1”; ĥéŕé îţ îš “%2”. ·················]</translation>
        </message>
        <message>
            <source>Grading: source %1, information %2. Right.</source>
            <translation>[Ĝŕàðîñĝ: šöûŕçé %1, îñföŕmàţîöñ %2. Ŕîĝĥţ. ·············]</translation>
        </message>
        <message>
            <source>You graded the source %1; here it should be %2.</source>
            <translation>[Ýöû ĝŕàðéð ţĥé šöûŕçé %1; ĥéŕé îţ šĥöûļð ƀé %2. ···············]</translation>
        </message>
        <message>
            <source>You graded the information %1; here it should be %2.</source>
            <translation>[Ýöû ĝŕàðéð ţĥé îñföŕmàţîöñ %1; ĥéŕé îţ šĥöûļð ƀé %2. ·················]</translation>
        </message>
        <message>
            <source>This vault grades with another scale (%1); your grading was not compared.</source>
            <translation>[Ţĥîš vàûļţ ĝŕàðéš ŵîţĥ àñöţĥéŕ šçàļé (%1); ýöûŕ ĝŕàðîñĝ ŵàš ñöţ çömpàŕéð. ··························]</translation>
        </message>
        <message>
            <source>Someone told you this: record who, in the restricted source identity field (never printed), so the security unit can judge the source.</source>
            <translation>[Šöméöñé ţöļð ýöû ţĥîš: ŕéçöŕð ŵĥö, îñ ţĥé ŕéšţŕîçţéð šöûŕçé îðéñţîţý fîéļð (ñévéŕ pŕîñţéð), šö ţĥé šéçûŕîţý ûñîţ çàñ jûðĝé ţĥé šöûŕçé. ···················································]</translation>
        </message>
        <message>
            <source>Your assessment weighs other possible explanations.</source>
            <translation>[Ýöûŕ àššéššméñţ ŵéîĝĥš öţĥéŕ pöššîƀļé éxpļàñàţîöñš. ··················]</translation>
        </message>
        <message>
            <source>Your assessment weighs no other explanation. Before a behaviour is read as a sign, ask what else could explain it.</source>
            <translation>[Ýöûŕ àššéššméñţ ŵéîĝĥš ñö öţĥéŕ éxpļàñàţîöñ. Ɓéföŕé à ƀéĥàvîöûŕ îš ŕéàð àš à šîĝñ, àšķ ŵĥàţ éļšé çöûļð éxpļàîñ îţ. ···········································]</translation>
        </message>
        <message>
            <source>Also worth weighing:</source>
            <translation>[Åļšö ŵöŕţĥ ŵéîĝĥîñĝ: ·····]</translation>
        </message>
        <message>
            <source>You noted the context: %1 (%2).</source>
            <translation>[Ýöû ñöţéð ţĥé çöñţéxţ: %1 (%2). ········]</translation>
        </message>
        <message>
            <source>Context worth recording, for support and never as a risk sign: %1 (%2).</source>
            <translation>[Çöñţéxţ ŵöŕţĥ ŕéçöŕðîñĝ, föŕ šûppöŕţ àñð ñévéŕ àš à ŕîšķ šîĝñ: %1 (%2). ························]</translation>
        </message>
        <message>
            <source>You recorded the protective factor %1 (%2).</source>
            <translation>[Ýöû ŕéçöŕðéð ţĥé pŕöţéçţîvé fàçţöŕ %1 (%2). ·············]</translation>
        </message>
        <message>
            <source>You did not record the protective factor %1 (%2).</source>
            <translation>[Ýöû ðîð ñöţ ŕéçöŕð ţĥé pŕöţéçţîvé fàçţöŕ %1 (%2). ···············]</translation>
        </message>
        <message>
            <source>Not an indicator: %1.</source>
            <translation>[Ñöţ àñ îñðîçàţöŕ: %1. ·····]</translation>
        </message>
        <message>
            <source>Words of opinion in the facts</source>
            <extracomment>Short names of the points to improve, for the trainer's list of common mistakes.</extracomment>
            <translation>[Ŵöŕðš öf öpîñîöñ îñ ţĥé fàçţš ·········]</translation>
        </message>
        <message>
            <source>Informant named outside the restricted field</source>
            <translation>[Îñföŕmàñţ ñàméð öûţšîðé ţĥé ŕéšţŕîçţéð fîéļð ···············]</translation>
        </message>
        <message>
            <source>Item missed</source>
            <translation>[Îţém mîššéð ··]</translation>
        </message>
        <message>
            <source>Item ticked that the facts do not support</source>
            <translation>[Îţém ţîçķéð ţĥàţ ţĥé fàçţš ðö ñöţ šûppöŕţ ··············]</translation>
        </message>
        <message>
            <source>Item ticked on the strength of a non-indicator</source>
            <translation>[Îţém ţîçķéð öñ ţĥé šţŕéñĝţĥ öf à ñöñ-îñðîçàţöŕ ················]</translation>
        </message>
        <message>
            <source>Words of opinion in the evidence</source>
            <translation>[Ŵöŕðš öf öpîñîöñ îñ ţĥé évîðéñçé ··········]</translation>
        </message>
        <message>
            <source>Urgency too low</source>
            <translation>[Ûŕĝéñçý ţöö ļöŵ ···]</translation>
        </message>
        <message>
            <source>Urgency too high</source>
            <translation>[Ûŕĝéñçý ţöö ĥîĝĥ ····]</translation>
        </message>
        <message>
            <source>How it is known recorded wrongly</source>
            <translation>[Ĥöŵ îţ îš ķñöŵñ ŕéçöŕðéð ŵŕöñĝļý ··········]</translation>
        </message>
        <message>
            <source>Source graded wrongly</source>
            <translation>[Šöûŕçé ĝŕàðéð ŵŕöñĝļý ······]</translation>
        </message>
        <message>
            <source>Information graded wrongly</source>
            <translation>[Îñföŕmàţîöñ ĝŕàðéð ŵŕöñĝļý ········]</translation>
        </message>
        <message>
            <source>No other explanation weighed</source>
            <translation>[Ñö öţĥéŕ éxpļàñàţîöñ ŵéîĝĥéð ·········]</translation>
        </message>
        <message>
            <source>Protective factor not recorded</source>
            <translation>[Pŕöţéçţîvé fàçţöŕ ñöţ ŕéçöŕðéð ·········]</translation>
        </message>
        <message>
            <source>Immediate means: tell your supervisor now, in person or by phone. Do not wait for a report, a review or an export.</source>
            <translation>[Îmméðîàţé méàñš: ţéļļ ýöûŕ šûpéŕvîšöŕ ñöŵ, îñ péŕšöñ öŕ ƀý pĥöñé. Ðö ñöţ ŵàîţ föŕ à ŕépöŕţ, à ŕévîéŵ öŕ àñ éxpöŕţ. ···········································]</translation>
        </message>
        <message>
            <source>Done well</source>
            <translation>[Ðöñé ŵéļļ ·]</translation>
        </message>
        <message>
            <source>To improve</source>
            <translation>[Ţö împŕövé ·]</translation>
        </message>
        <message>
            <source>Worth knowing</source>
            <translation>[Ŵöŕţĥ ķñöŵîñĝ ···]</translation>
        </message>
        <message>
            <source>open referrals to programmes</source>
            <translation>[öpéñ ŕéféŕŕàļš ţö pŕöĝŕàmméš ·········]</translation>
        </message>
        <message>
            <source>closed referrals and their outcomes</source>
            <translation>[çļöšéð ŕéféŕŕàļš àñð ţĥéîŕ öûţçöméš ···········]</translation>
        </message>
        <message>
            <source>the facts of reviewed observations since %1</source>
            <translation>[ţĥé fàçţš öf ŕévîéŵéð öƀšéŕvàţîöñš šîñçé %1 ··············]</translation>
        </message>
        <message>
            <source>protective factors noted in reviewed observations</source>
            <translation>[pŕöţéçţîvé fàçţöŕš ñöţéð îñ ŕévîéŵéð öƀšéŕvàţîöñš ·················]</translation>
        </message>
        <message>
            <source>officers' assessments</source>
            <translation>[öffîçéŕš' àššéššméñţš ······]</translation>
        </message>
        <message>
            <source>This extract holds, as the handover policy allows: %1.</source>
            <comment>; </comment>
            <translation>[Ţĥîš éxţŕàçţ ĥöļðš, àš ţĥé ĥàñðövéŕ pöļîçý àļļöŵš: %1. ··················]</translation>
        </message>
        <message>
            <source>Never in a handover: the identity of a source, observations whose source is restricted, and reports a supervisor returned, rejected or has not reviewed.</source>
            <translation>[Ñévéŕ îñ à ĥàñðövéŕ: ţĥé îðéñţîţý öf à šöûŕçé, öƀšéŕvàţîöñš ŵĥöšé šöûŕçé îš ŕéšţŕîçţéð, àñð ŕépöŕţš à šûpéŕvîšöŕ ŕéţûŕñéð, ŕéjéçţéð öŕ ĥàš ñöţ ŕévîéŵéð. ··························································]</translation>
        </message>
        <message>
            <source>No reviewed observation in the period.</source>
            <translation>[Ñö ŕévîéŵéð öƀšéŕvàţîöñ îñ ţĥé péŕîöð. ·············]</translation>
        </message>
        <message>
            <source>Officer's assessment</source>
            <translation>[Öffîçéŕ'š àššéššméñţ ·····]</translation>
        </message>
        <message>
            <source>Recorded at</source>
            <translation>[Ŕéçöŕðéð àţ ··]</translation>
        </message>
        <message>
            <source>What was seen or heard</source>
            <translation>[Ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ······]</translation>
        </message>
        <message>
            <source>No protective factor noted in reviewed observations.</source>
            <translation>[Ñö pŕöţéçţîvé fàçţöŕ ñöţéð îñ ŕévîéŵéð öƀšéŕvàţîöñš. ··················]</translation>
        </message>
        <message>
            <source>Protective factor</source>
            <translation>[Pŕöţéçţîvé fàçţöŕ ····]</translation>
        </message>
        <message>
            <source>Last noted</source>
            <translation>[Ļàšţ ñöţéð ·]</translation>
        </message>
        <message>
            <source>Release handover to the probation service</source>
            <translation>[Ŕéļéàšé ĥàñðövéŕ ţö ţĥé pŕöƀàţîöñ šéŕvîçé ··············]</translation>
        </message>
        <message>
            <source>For</source>
            <translation>[Föŕ]</translation>
        </message>
        <message>
            <source>Package</source>
            <translation>[Pàçķàĝé]</translation>
        </message>
        <message>
            <source>Signed with workstation key</source>
            <translation>[Šîĝñéð ŵîţĥ ŵöŕķšţàţîöñ ķéý ········]</translation>
        </message>
        <message>
            <source>Reviewed observations: what was seen or heard</source>
            <translation>[Ŕévîéŵéð öƀšéŕvàţîöñš: ŵĥàţ ŵàš šééñ öŕ ĥéàŕð ···············]</translation>
        </message>
        <message>
            <source>National overview</source>
            <translation>[Ñàţîöñàļ övéŕvîéŵ ····]</translation>
        </message>
        <message>
            <source>Establishments</source>
            <translation>[Éšţàƀļîšĥméñţš ···]</translation>
        </message>
        <message>
            <source>Workstations enrolled</source>
            <translation>[Ŵöŕķšţàţîöñš éñŕöļļéð ······]</translation>
        </message>
        <message>
            <source>Observations are counted where they were recorded, by the day of the event; returned and rejected reports are not counted. Establishments are listed by code, not ranked.</source>
            <translation>[Öƀšéŕvàţîöñš àŕé çöûñţéð ŵĥéŕé ţĥéý ŵéŕé ŕéçöŕðéð, ƀý ţĥé ðàý öf ţĥé évéñţ; ŕéţûŕñéð àñð ŕéjéçţéð ŕépöŕţš àŕé ñöţ çöûñţéð. Éšţàƀļîšĥméñţš àŕé ļîšţéð ƀý çöðé, ñöţ ŕàñķéð. ·································································]</translation>
        </message>
        <message>
            <source>Observations by establishment</source>
            <translation>[Öƀšéŕvàţîöñš ƀý éšţàƀļîšĥméñţ ·········]</translation>
        </message>
        <message>
            <source>All</source>
            <translation>[Åļļ]</translation>
        </message>
        <message>
            <source>Referrals, transfers and reviews by establishment</source>
            <translation>[Ŕéféŕŕàļš, ţŕàñšféŕš àñð ŕévîéŵš ƀý éšţàƀļîšĥméñţ ·················]</translation>
        </message>
        <message>
            <source>Referrals open</source>
            <translation>[Ŕéféŕŕàļš öpéñ ···]</translation>
        </message>
        <message>
            <source>Referrals closed</source>
            <translation>[Ŕéféŕŕàļš çļöšéð ····]</translation>
        </message>
        <message>
            <source>Transfers in</source>
            <translation>[Ţŕàñšféŕš îñ ··]</translation>
        </message>
        <message>
            <source>Transfers out</source>
            <translation>[Ţŕàñšféŕš öûţ ···]</translation>
        </message>
        <message>
            <source>Reviews due</source>
            <translation>[Ŕévîéŵš ðûé ··]</translation>
        </message>
        <message>
            <source>This overview covers only the establishments assigned to you (%1); the other establishments are not counted.</source>
            <comment>, </comment>
            <translation>[Ţĥîš övéŕvîéŵ çövéŕš öñļý ţĥé éšţàƀļîšĥméñţš àššîĝñéð ţö ýöû (%1); ţĥé öţĥéŕ éšţàƀļîšĥméñţš àŕé ñöţ çöûñţéð. ········································]</translation>
        </message>
        <message>
            <source>Observations per establishment (all urgencies)</source>
            <translation>[Öƀšéŕvàţîöñš péŕ éšţàƀļîšĥméñţ (àļļ ûŕĝéñçîéš) ················]</translation>
        </message>
        <message>
            <source>%1 of %2 workstations need attention.</source>
            <translation>[%1 öf %2 ŵöŕķšţàţîöñš ñééð àţţéñţîöñ. ···········]</translation>
        </message>
        <message>
            <source>Read the file or a record in it</source>
            <translation>[Ŕéàð ţĥé fîļé öŕ à ŕéçöŕð îñ îţ ··········]</translation>
        </message>
        <message>
            <source>Found the file in a search or a list</source>
            <translation>[Föûñð ţĥé fîļé îñ à šéàŕçĥ öŕ à ļîšţ ············]</translation>
        </message>
        <message>
            <source>Recorded or corrected the prisoner's details</source>
            <translation>[Ŕéçöŕðéð öŕ çöŕŕéçţéð ţĥé pŕîšöñéŕ'š ðéţàîļš ···············]</translation>
        </message>
        <message>
            <source>Wrote or corrected an observation</source>
            <translation>[Ŵŕöţé öŕ çöŕŕéçţéð àñ öƀšéŕvàţîöñ ···········]</translation>
        </message>
        <message>
            <source>Reviewed an observation</source>
            <translation>[Ŕévîéŵéð àñ öƀšéŕvàţîöñ ·······]</translation>
        </message>
        <message>
            <source>Completed or corrected a checklist</source>
            <translation>[Çömpļéţéð öŕ çöŕŕéçţéð à çĥéçķļîšţ ···········]</translation>
        </message>
        <message>
            <source>Made a report</source>
            <translation>[Màðé à ŕépöŕţ ···]</translation>
        </message>
        <message>
            <source>Gave data to another authority</source>
            <translation>[Ĝàvé ðàţà ţö àñöţĥéŕ àûţĥöŕîţý ·········]</translation>
        </message>
        <message>
            <source>Sent to the central office</source>
            <translation>[Šéñţ ţö ţĥé çéñţŕàļ öffîçé ········]</translation>
        </message>
        <message>
            <source>Transfer to another establishment</source>
            <translation>[Ţŕàñšféŕ ţö àñöţĥéŕ éšţàƀļîšĥméñţ ···········]</translation>
        </message>
        <message>
            <source>Referral to a programme</source>
            <translation>[Ŕéféŕŕàļ ţö à pŕöĝŕàmmé ·······]</translation>
        </message>
        <message>
            <source>Decision on keeping or erasing the file</source>
            <translation>[Ðéçîšîöñ öñ ķéépîñĝ öŕ éŕàšîñĝ ţĥé fîļé ·············]</translation>
        </message>
        <message>
            <source>Decision whether two files are the same person</source>
            <translation>[Ðéçîšîöñ ŵĥéţĥéŕ ţŵö fîļéš àŕé ţĥé šàmé péŕšöñ ················]</translation>
        </message>
        <message>
            <source>Restriction, correction or dispute of the data</source>
            <translation>[Ŕéšţŕîçţîöñ, çöŕŕéçţîöñ öŕ ðîšpûţé öf ţĥé ðàţà ················]</translation>
        </message>
        <message>
            <source>Other recorded action on the file</source>
            <extracomment>Actions that never concern a prisoner's file (accounts, keys, the vault), and codes not in the table (an older build's, read from an imported log).</extracomment>
            <translation>[Öţĥéŕ ŕéçöŕðéð àçţîöñ öñ ţĥé fîļé ···········]</translation>
        </message>
        <message>
            <source>[another prisoner]</source>
            <extracomment>Fields of the printed records that hold free text (redacted for other prisoners). Fields naming a member of staff (a username or staff code). Who is named in an access report: roles at or above the chosen rank (the setting's value).</extracomment>
            <translation>[[àñöţĥéŕ pŕîšöñéŕ] ·····]</translation>
        </message>
        <message>
            <source>[source withheld]</source>
            <translation>[[šöûŕçé ŵîţĥĥéļð] ····]</translation>
        </message>
        <message>
            <source>Officer %1</source>
            <translation>[Öffîçéŕ %1 ·]</translation>
        </message>
        <message>
            <source>Another prisoner's name</source>
            <extracomment>Kinds of redaction, as the redaction log names them.</extracomment>
            <translation>[Åñöţĥéŕ pŕîšöñéŕ'š ñàmé ·······]</translation>
        </message>
        <message>
            <source>Identity of a restricted source</source>
            <translation>[Îðéñţîţý öf à ŕéšţŕîçţéð šöûŕçé ··········]</translation>
        </message>
        <message>
            <source>Name of an officer</source>
            <translation>[Ñàmé öf àñ öffîçéŕ ·····]</translation>
        </message>
        <message>
            <source>Who consulted this file</source>
            <translation>[Ŵĥö çöñšûļţéð ţĥîš fîļé ·······]</translation>
        </message>
        <message>
            <source>Consultations without a stated purpose</source>
            <translation>[Çöñšûļţàţîöñš ŵîţĥöûţ à šţàţéð pûŕpöšé ·············]</translation>
        </message>
        <message>
            <source>Exports and disclosures in the period</source>
            <translation>[Éxpöŕţš àñð ðîšçļöšûŕéš îñ ţĥé péŕîöð ············]</translation>
        </message>
        <message>
            <source>Files overdue for their review</source>
            <translation>[Fîļéš övéŕðûé föŕ ţĥéîŕ ŕévîéŵ ·········]</translation>
        </message>
        <message>
            <source>About</source>
            <translation>[Åƀöûţ]</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>[Éñţŕîéš]</translation>
        </message>
        <message>
            <source>Reason for this report</source>
            <translation>[Ŕéàšöñ föŕ ţĥîš ŕépöŕţ ······]</translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>[Ñöţĥîñĝ föûñð. ···]</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>[Ðàýš övéŕðûé ··]</translation>
        </message>
        <message>
            <source>Rectification request</source>
            <translation>[Ŕéçţîfîçàţîöñ ŕéqûéšţ ······]</translation>
        </message>
        <message>
            <source>Dispute</source>
            <translation>[Ðîšpûţé]</translation>
        </message>
        <message>
            <source>Processing restricted</source>
            <translation>[Pŕöçéššîñĝ ŕéšţŕîçţéð ······]</translation>
        </message>
        <message>
            <source>Restriction lifted</source>
            <translation>[Ŕéšţŕîçţîöñ ļîfţéð ·····]</translation>
        </message>
        <message>
            <source>open, not decided yet</source>
            <translation>[öpéñ, ñöţ ðéçîðéð ýéţ ······]</translation>
        </message>
        <message>
            <source>rectified</source>
            <translation>[ŕéçţîfîéð ·]</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>[ŕéfûšéð]</translation>
        </message>
        <message>
            <source>noted beside the record</source>
            <translation>[ñöţéð ƀéšîðé ţĥé ŕéçöŕð ·······]</translation>
        </message>
        <message>
            <source>the prisoner's details</source>
            <translation>[ţĥé pŕîšöñéŕ'š ðéţàîļš ······]</translation>
        </message>
        <message>
            <source>an observation</source>
            <translation>[àñ öƀšéŕvàţîöñ ···]</translation>
        </message>
        <message>
            <source>a checklist run</source>
            <translation>[à çĥéçķļîšţ ŕûñ ···]</translation>
        </message>
        <message>
            <source>rectified by version %1</source>
            <translation>[ŕéçţîfîéð ƀý véŕšîöñ %1 ······]</translation>
        </message>
        <message>
            <source>refused: %1</source>
            <translation>[ŕéfûšéð: %1 ·]</translation>
        </message>
        <message>
            <source>noted beside the record: %1</source>
            <translation>[ñöţéð ƀéšîðé ţĥé ŕéçöŕð: %1 ·······]</translation>
        </message>
        <message>
            <source>not a request</source>
            <translation>[ñöţ à ŕéqûéšţ ···]</translation>
        </message>
        <message>
            <source>Transfers</source>
            <translation>[Ţŕàñšféŕš ·]</translation>
        </message>
    </context>
    <context>
        <name>safeguards</name>
        <message>
            <source>Is this necessary to describe the behaviour?</source>
            <extracomment>The gentle question (context "safeguards" of the catalogues).</extracomment>
            <translation>[Îš ţĥîš ñéçéššàŕý ţö ðéšçŕîƀé ţĥé ƀéĥàvîöûŕ? ···············]</translation>
        </message>
        <message>
            <source>Religious conversion or a change to a different faith</source>
            <extracomment>Shown when no template is installed yet (and the reference wording); translated through the catalogues (context "safeguards").</extracomment>
            <translation>[Ŕéļîĝîöûš çöñvéŕšîöñ öŕ à çĥàñĝé ţö à ðîfféŕéñţ fàîţĥ ···················]</translation>
        </message>
        <message>
            <source>More religious practice, prayer or attendance at worship</source>
            <translation>[Möŕé ŕéļîĝîöûš pŕàçţîçé, pŕàýéŕ öŕ àţţéñðàñçé àţ ŵöŕšĥîp ····················]</translation>
        </message>
        <message>
            <source>Fasting, diet or food rules</source>
            <translation>[Fàšţîñĝ, ðîéţ öŕ fööð ŕûļéš ········]</translation>
        </message>
        <message>
            <source>A beard, head covering or style of dress</source>
            <translation>[Å ƀéàŕð, ĥéàð çövéŕîñĝ öŕ šţýļé öf ðŕéšš ·············]</translation>
        </message>
        <message>
            <source>Having religious books or objects</source>
            <translation>[Ĥàvîñĝ ŕéļîĝîöûš ƀööķš öŕ öƀjéçţš ···········]</translation>
        </message>
        <message>
            <source>The language a person speaks</source>
            <translation>[Ţĥé ļàñĝûàĝé à péŕšöñ špéàķš ·········]</translation>
        </message>
        <message>
            <source>Nationality, ethnicity or skin colour</source>
            <translation>[Ñàţîöñàļîţý, éţĥñîçîţý öŕ šķîñ çöļöûŕ ············]</translation>
        </message>
        <message>
            <source>Lawful political opinions that do not advocate violence</source>
            <translation>[Ļàŵfûļ pöļîţîçàļ öpîñîöñš ţĥàţ ðö ñöţ àðvöçàţé vîöļéñçé ···················]</translation>
        </message>
        <message>
            <source>Prayer, alone or with others, religious teaching, worship or contact with a chaplain or imam</source>
            <translation>[Pŕàýéŕ, àļöñé öŕ ŵîţĥ öţĥéŕš, ŕéļîĝîöûš ţéàçĥîñĝ, ŵöŕšĥîp öŕ çöñţàçţ ŵîţĥ à çĥàpļàîñ öŕ îmàm ··································]</translation>
        </message>
    </context>
</TS>
