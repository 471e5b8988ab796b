# The words of a printed letter, in the letter's language. A letter language needs every
# message of this file; a campaign may give its own in words/<lang>/page.ftl.

# The subject line under the date.
page-subject = Subject: { $subject }
# The place and date at the top: "Lyon, 25 November 2026"; $date is written as the
# language writes a date (CLDR's long date). $day, $month (1-12) and $year are the same
# date as numbers, for a language outside the program's CLDR data to write its own:
# { $day }.{ $month }.{ $year }.
page-place-date = { $town }, { $date }
# The date alone, when the sender gave no town.
page-date = { $date }
# Heads the original letter printed after its translation, in the same envelope.
page-original = The original letter, of which the preceding pages are a translation:
