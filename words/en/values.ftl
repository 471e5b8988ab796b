# Why a value given by the user is refused. $what is name, city or address.

values-empty = { $what ->
    [name] the name is empty
    [city] the town and country is empty
   *[address] the postal address line is empty
}
values-control = { $what ->
    [name] the name holds
    [city] the town and country holds
   *[address] the postal address line holds
} a control character (a line break, a tab or an escape sequence); give it on one line of plain text
values-hidden = { $what ->
    [name] the name holds
    [city] the town and country holds
   *[address] the postal address line holds
} an invisible character that changes how text shows (a line or paragraph separator, or a direction mark); give it as plain text
values-too-long = { $what ->
    [name] the name is
    [city] the town and country is
   *[address] the postal address line is
} { $length } characters long; at most { $max } are allowed
values-not-a-country = '{ $value }' is not a country code: give two letters, like FR, KR or US
values-unknown-country = '{ $value }' is not an ISO 3166 country code: give one, like FR, DE or US
values-no-latin = { $what ->
    [name] the Latin-script form of the name has
   *[city] the Latin-script form of the town has
} no Latin letter; write it as readers of French or English would read it, like Kim Min-ji or Seoul
values-note-empty = the note is empty
values-note-control = the note holds a control character (a tab or an escape sequence); give plain text
values-note-too-long = the note is { $length } characters long; at most { $max } are allowed
values-several-addresses = '{ $value }' holds more than one address: give one here, and add the others in your mail program
values-address-not-plain = '{ $value }': give a plain address like name@example.org, without quotes, spaces or a name
values-address-no-at = '{ $value }' is not an email address: it has no @; give one like name@example.org
values-address-missing-part = '{ $value }' is not an email address: something is missing around the @; give one like name@example.org
values-address-not-ascii = '{ $value }': the part before the @ is not plain ASCII; mail tools on this computer cannot send to such an address (it needs SMTPUTF8); give an ASCII address
values-address-bad-domain = '{ $value }' is not an email address: '{ $domain }' is not a domain name with a dot, like example.org
values-address-invalid = '{ $value }' is not an email address; give one like name@example.org
values-given-twice = { $address } was given twice; it is used once
