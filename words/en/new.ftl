# `new`: a campaign skeleton for a new city pair, from --place and --lang or asked.

new-bad-id = '{ $id }' cannot be a campaign's id: use lowercase letters, digits, '-' and '_', starting with a letter or a digit
new-too-many-places = give --place twice: the city the letters are written to, then its sister city
new-bad-place = '{ $place }' is not a place as --place takes it: give NAME:CC, the city's name and its country's ISO 3166 code, like Aachen:DE
new-bad-place-name = a place's name is one line of at most { $max } characters
new-bad-country = '{ $code }' is not an ISO 3166 country code (like DE, KR, US)
new-bad-language = '{ $code }' is not a language code (like de, ko, pt-BR)
new-no-language = give at least one language code
new-language-twice = the language '{ $code }' is given twice
new-give-or-ask = give the two cities as --place NAME:CC (the city the letters are written to, then its sister city) and the letters' languages as --lang CODE (the first is the one the city reads), or run in a terminal to be asked
new-ask-city = The city the letters are written to (its name)
new-ask-city-country = Its country (an ISO 3166 code, like DE)
new-ask-sister = Its sister city (its name)
new-ask-sister-country = The sister city's country (an ISO 3166 code, like KR)
new-ask-languages = The letters' languages, the first the one { $city } reads (codes, like de, ko)
new-next = Replace every TODO: in it with what a source confirms, then run: sister-letter check { $path }
