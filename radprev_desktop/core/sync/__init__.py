"""USB synchronisation: packages, receipts, reference bundles, enrolment.

Public API (see docs/package-format.md for the file format):

- keys: `ensure_central_keys`, `make_certificate`, `parse_certificate`, `trust_central`,
  `trusted_central`, `grouped_fingerprint`, `own_certificate_fingerprint`,
  `own_workstation_fingerprint`,
  `set_backup_recipient`, `enrol`
- export (collect → build → write → verify → record): `export_package`
- delivery: `export_history`, `export_status`, `is_delivered`, `pending_count`,
  `set_schedule`
- importer (open → authenticate → validate → apply → record): `import_package`,
  `enrol_from_package`, `EnrolmentRequired`; import_report: `ImportReport`;
  import_audit: `verify_imported_audit`
- central_state: `workstation_states`, `gaps`, `quarantine_items`, `conflict_items`,
  `conflict_content`, `resolve`
- receipts: `write_receipt`, `import_receipt`
- bundles: `write_bundle`, `import_bundle`
- transfer_bundles: `transfers_to_issue`, `issue_transfer_bundle`, `import_transfer_bundle`
- files: `import_file`, `import_packages`, `detect_kind`, `package_files`
- views: `consolidated_subjects`
"""

from __future__ import annotations

from radprev_desktop.core.sync.bundles import BundleReport, import_bundle, write_bundle
from radprev_desktop.core.sync.central_state import (
    conflict_content,
    conflict_items,
    gaps,
    quarantine_items,
    resolve,
    workstation_states,
)
from radprev_desktop.core.sync.delivery import (
    ExportStatus,
    export_history,
    export_status,
    is_delivered,
    pending_count,
    set_schedule,
)
from radprev_desktop.core.sync.export import ExportResult, export_package
from radprev_desktop.core.sync.files import (
    detect_kind,
    import_file,
    import_packages,
    package_files,
)
from radprev_desktop.core.sync.import_audit import verify_imported_audit
from radprev_desktop.core.sync.import_report import ImportReport
from radprev_desktop.core.sync.importer import (
    EnrolmentRequired,
    enrol_from_package,
    import_package,
)
from radprev_desktop.core.sync.keys import (
    CentralCertificate,
    enrol,
    ensure_central_keys,
    grouped_fingerprint,
    make_certificate,
    own_certificate_fingerprint,
    own_workstation_fingerprint,
    parse_certificate,
    set_backup_recipient,
    trust_central,
    trusted_central,
)
from radprev_desktop.core.sync.receipts import ReceiptReport, import_receipt, write_receipt
from radprev_desktop.core.sync.transfer_bundles import (
    IssuedBundle,
    issue_transfer_bundle,
    transfers_to_issue,
)
from radprev_desktop.core.sync.transfer_intake import TransferReport, import_transfer_bundle
from radprev_desktop.core.sync.views import consolidated_subjects

__all__ = [
    "BundleReport",
    "CentralCertificate",
    "EnrolmentRequired",
    "ExportResult",
    "ExportStatus",
    "ImportReport",
    "IssuedBundle",
    "ReceiptReport",
    "TransferReport",
    "conflict_content",
    "conflict_items",
    "consolidated_subjects",
    "detect_kind",
    "enrol",
    "enrol_from_package",
    "ensure_central_keys",
    "export_history",
    "export_package",
    "export_status",
    "gaps",
    "grouped_fingerprint",
    "import_bundle",
    "import_file",
    "import_package",
    "import_packages",
    "import_receipt",
    "import_transfer_bundle",
    "is_delivered",
    "issue_transfer_bundle",
    "make_certificate",
    "own_certificate_fingerprint",
    "own_workstation_fingerprint",
    "package_files",
    "parse_certificate",
    "pending_count",
    "quarantine_items",
    "resolve",
    "set_backup_recipient",
    "set_schedule",
    "transfers_to_issue",
    "trust_central",
    "trusted_central",
    "verify_imported_audit",
    "workstation_states",
    "write_bundle",
    "write_receipt",
]
