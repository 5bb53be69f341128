# Not translated yet: every message of this page is shown in English (the fallback).
# Translations may be added message by message; the i18n completeness test checks their placeholders.
