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

# Facts the campaign marks unverified (confidence = "unverified"), named in a warning.
letter-unverified = { $fact } is marked unverified in the campaign: check it before you rely on it
letter-fact-recipient = the recipient “{ $office }”
letter-fact-holder = { $name }, named as { $office }
letter-fact-postal = the postal address “{ $label }”
letter-fact-phone = the phone number { $number }
letter-fact-link = the link { $url }
letter-fact-handle = the handle @{ $handle } (owner: { $owner })
letter-fact-social = the social handles' table
letter-share-no-cities = to invite a friend in the program's words, the campaign needs its two cities: add `cities = ["MAIN", "SISTER"]` to campaign.toml (ids of [places], the main recipients' city first), or write templates/{ $language }/share.hbs
letter-no-latin-form = { $what ->
    [name] your name, { $value }, has
   *[city] your town, { $value }, has
} no Latin letter: the { $language } letter writes it as given, which its readers may not be able to read. Give a form they can read with { $what ->
    [name] --latin-name, like --latin-name "Kim Min-ji"
   *[city] --latin-city, like --latin-city "Seoul"
}
