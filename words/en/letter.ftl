# What the user should know about a composed letter.

letter-unreviewed = the { $language } text of this campaign has not yet been reviewed by a native speaker; read it through before you send it
letter-term-ended = the term of { $holder } on file for the office of { $office } ended on { $end }; the letter addresses the office, not the person. Check who holds it now.
letter-bad-timezone = phone.timezone '{ $zone }': { $why }
