# `check`: the problems of campaign files and templates, one a line:
# "letters/x/campaign.toml:3:7: error: …".

check-problem = { $place }: { $severity ->
    [error] error
    [note] note
   *[warning] warning
}: { $message }

# A text a campaign must have in each of its languages. $id is the recipient's or the
# place's id; $code the language.
check-no-text = { $field ->
    [office] recipient '{ $id }': office
    [salutation] recipient '{ $id }': salutation
    [holder-name] recipient '{ $id }': holder's name
    [holder-salutation] recipient '{ $id }': holder's salutation
    [place] place '{ $id }'
    [link-title] link: title
    [postal-label] postal address: label
    [postal-country] postal address: country
    [phone-office] phone: office
   *[phone-place] phone: place
} has no '{ $code }' text

check-recipient-twice = recipient '{ $id }' is declared twice
check-recipient-email = recipient '{ $id }': { $why }
check-recipient-unknown-language = recipient '{ $id }' reads '{ $code }', which is not a language of the campaign
check-postal-unknown-recipient = postal address for '{ $id }': no recipient has that id
check-cities-count = `cities` names two places of `[places]`, the main recipients' city first, then its sister city; it names { $count }
check-cities-unknown-place = `cities`: no place of `[places]` has the id '{ $id }'

# $name is a person's or an office's name.
check-stale = { $name } was last checked on { $date }, more than 12 months ago
check-stale-campaign = the campaign was last checked on { $date }, more than 12 months ago
check-term-ended = according to the campaign, the term of { $holder } as { $office } ran to { $end }: check who holds the office now

check-phone-not-international = phone number '{ $number }' is not international: write + and the country code, like +33 5 55 45 60 00
check-not-a-time-zone = '{ $zone }' is not a time zone (use an IANA name like Europe/Paris)

check-french-line-too-long = French postal line '{ $line }' has { $length } characters; the French address standard (NF Z 10-011) allows at most { $max }
check-country-not-capitals = the address must end with a country line in capitals; '{ $code }' has '{ $country }'
check-postal-use-country-code = this address says its country with `convention = "{ $convention }"`, which still works; write `country_code = "{ $code }"` instead
check-postal-no-country-code = this address has no `country_code` (ISO 3166, like DE): the program cannot tell whether a letter to it goes abroad, and check cannot apply its country's rules
check-postal-no-country = this address has neither `country_code` nor `country`: add `country_code = "DE"` (its ISO 3166 code)
check-postcode-before-town = the last line '{ $line }' should be the postcode (five digits) then the town, as the post of { $country } reads it
check-us-last-line = the last line '{ $line }' should be "CITY ST ZIP" in capitals, like "TACOMA WA 98402" (USPS Publication 28)
check-postal-rules-unknown = check knows no address rules for { $country }: the lines of its addresses are not checked
check-country-not-capitals-same = the address must end with a country line in capitals; '{ $country }'

# Templates.
check-unknown-variable = the variable `{ $name }` does not exist
check-post-too-long = the post weighs { $weight } as X counts (URLs 23, CJK and emoji 2); at most { $max }
check-share-too-long = the invitation weighs { $weight } as X counts (URLs 23, CJK and emoji 2); at most { $max }
# French typography: $mark is one of ; : ! ? »
check-french-spacing-before = French puts { $wanted ->
    [narrow] a narrow no-break space (U+202F)
   *[no-break] a no-break space (U+00A0)
} before '{ $mark }'; here there is { $found ->
    [plain] a plain space (an editor shows them alike)
   *[none] no space
}
check-french-spacing-after = French puts a narrow no-break space (U+202F) after '{ $mark }'; here there is { $found ->
    [plain] a plain space (an editor shows them alike)
   *[none] no space
}

# A campaign's own words.
check-words-not-a-letter-area = a campaign's words folder holds only words/<lang>/{ $files }: the other words are the program's own
check-words-unknown-language = '{ $code }' is not a language of the campaign: these words are never used
check-words-missing = '{ $code }' has no message { $id }: letters in it say it in English

# Facts marked unverified, listed as notes; the old list of social handles.
check-unverified = not confirmed (confidence = "unverified"): { $fact }; composing warns whenever a letter uses it
check-old-handles = `handles` lists accounts without an owner or a confidence, and the post tags none of them: give each its own [[social.handle]] table, with handle, owner and confidence (the post tags those of high or medium confidence)
check-unverified-handle = not confirmed (confidence = "unverified"): { $fact }; the post does not tag it
check-words-no-cldr = the program has no calendar data (CLDR) for '{ $code }': its letters are dated in CLDR's neutral form (2026 M12 1) and name languages and countries in English, unless words/{ $code }/page.ftl writes the date itself with $day, $month and $year (see letters/README.md)

# A placeholder that `new` wrote (or anyone), still to be filled in.
check-placeholder = a placeholder to fill in: { $text }
