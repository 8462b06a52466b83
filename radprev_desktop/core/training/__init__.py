"""Training mode (issue 17): synthetic scenarios, the feedback engine and its words.

Pure Python, no vault and no Qt: `scenarios` (the file format), `library` (the
shipped scenarios, checked), `wording` (the word lists answers are read with),
`feedback` (an answer compared with a scenario's key) and `messages` (feedback
in plain words). The vault side — the training vault's exercises and the
trainer's view — is `core/services/training.py`.
"""
