# Campaigns: reading their files, choosing one, and what a campaign file must be.

campaign-not-utf8 = not valid UTF-8
campaign-cannot-read = cannot read the file: { $why }
campaign-missing = missing
campaign-unknown = unknown campaign '{ $id }'; available: { $available }
campaign-none-found = no campaign found
campaign-several = several campaigns are available ({ $available }): choose one with --campaign ID
campaign-cannot-read-folder = { $path }: cannot read the folder: { $why }
campaign-no-campaign-file = { $path }: no { $file } there nor in its sub-folders
campaign-duplicate-id = two campaigns have the id '{ $id }': { $first } and { $second }; give one of them another id
campaign-bundled-id = the id '{ $id }' of a bundled campaign must be its folder's name, '{ $folder }'

# Dates in a campaign file.
campaign-invalid-date = invalid date { $value }: { $why }
campaign-not-a-date = expected a date like 2026-11-25, found { $value }

# What the values of a campaign file must be.
campaign-bad-campaign-id = the campaign id '{ $id }' may hold only lowercase letters, digits, - and _
campaign-bad-place-id = the place id '{ $id }' may hold only lowercase letters, digits, - and _
campaign-bad-recipient-id = the recipient id '{ $id }' may hold only lowercase letters, digits, - and _
campaign-bad-language-code = the language code '{ $code }' is not a language tag like fr, ko or pt-BR
campaign-bad-country-code = the country code '{ $code }' is not an ISO 3166 country code in capitals, like DE, FR or US
# $code is the character's number in hexadecimal, like 001B.
campaign-control-character = '{ $value }' holds a control character (U+{ $code }); write the text on one line, without escape sequences
campaign-not-web-address = '{ $value }' is not a web address: write it with https:// (or http://), without spaces

# A campaign's own words files, words/<lang>/<area>.ftl.
campaign-words-too-large = the file is { $size } KiB; a words file may be at most { $max } KiB
campaign-words-hidden = the file holds a control or invisible character (U+{ $code }), which would hide or change the text: remove it
campaign-words-mistake = this is not Fluent the program can read: { $why }
campaign-words-other-area = the message '{ $id }' belongs to another file: the messages of { $area }.ftl begin with '{ $area }-'

# The shape of a campaign file: every problem is listed, each at its place.
# $known lists the fields the table may have.
campaign-unknown-field = unknown field `{ $field }`; this table's fields are { $known }
campaign-missing-field = missing field `{ $field }`
# $expected is one of the campaign-kind- texts; $found the kind of TOML value found (string, integer, array…).
campaign-wrong-kind = `{ $field }` should be { $expected }, not a TOML { $found }
campaign-unknown-choice = `{ $field }` cannot be "{ $value }": choose one of { $choices }
campaign-kind-text = a text
campaign-kind-localized = a text, or a table of texts by language code
campaign-kind-date = a date like 2026-11-25
campaign-kind-bool = true or false
campaign-kind-choice = one of { $choices }
campaign-kind-texts = a list of texts
campaign-kind-table = a table
campaign-kind-tables = a list of tables ([[…]])
# Composing says the first problem; $path is the campaign's folder.
campaign-several-problems = { $first } (and { $more } more: `sister-letter check { $path }` lists them all)
