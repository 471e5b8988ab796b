# What the user should know about a composed letter.

letter-unreviewed = the { $language } text of this campaign has not yet been reviewed by a native speaker: read it through before you send it, or, if you do not read { $language }, ask someone who does to read it
letter-term-ended = according to the campaign, the term of { $holder } as { $office } ran to { $end }; the letter addresses the office, not the person. Check who holds it now.
letter-bad-timezone = phone.timezone '{ $zone }': { $why }
# A campaign language whose words (headings, the printed page's words) are not all on
# file: the ones it lacks are said in English.
letter-words-missing = the campaign has no words in '{ $language }' for { $count ->
    [one] one heading or label
   *[other] { $count } headings and labels
}, so they are in English ({ $ids }): add them in words/{ $language }/ (see letters/README.md)
