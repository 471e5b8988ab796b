# Questions, the menu, and what a request can get wrong.

request-refused = { $source }: { $why }
request-source-env = the environment variable { $var }
request-source-settings = '{ $key }' in the settings file { $path }
request-source-from-question = the From question

request-what-all = the whole letter package
request-what-subject = the subject
request-what-body = the email body
request-what-recipients = the recipient list
request-what-addresses = the postal addresses
request-what-phone = the call script
request-what-post = the social post
request-what-share = the invitation for a friend
request-what-pdf = the printable letters
request-what-message = { $format ->
    [eml] the message
    [mailto] the mailto: link
   *[json] the JSON
}

request-action-print = Print it all here
request-action-open = Open it in my mail app
request-action-copy = Copy the email body to the clipboard
request-action-eml = Save it as an .eml file for your mail program
request-action-pdf = Save a printable letter (PDF) to post
request-ask-recipients = Who gets a printed letter? (Space ticks or unticks, Enter confirms)
request-ask-recipients-again = Tick at least one recipient with Space, then press Enter
request-action-mailto = Show a mailto: link

request-one-address-per-flag = { $flag }: '{ $value }' holds more than one address: repeat { $flag } for each one
request-twice-to-cc = { $address } is given with --to and --cc; it is sent to once, as To

request-no-name = no name to sign the letter with: pass --name NAME or set SISTER_LETTER_NAME (or run in a terminal to be asked)
request-no-name-nor-language = no name to sign the letter with and no language chosen: pass --name NAME and --lang CODE, or set SISTER_LETTER_NAME and SISTER_LETTER_LANG (or run in a terminal to be asked); languages: { $available }
request-no-language = no language chosen: pass --lang CODE or set SISTER_LETTER_LANG; available: { $available }
request-no-campaign = no campaign chosen: pass --campaign ID
request-unknown-language = { $source }: the campaign '{ $campaign }' has no language '{ $code }'; available: { $available }
request-unknown-recipient = --recipient: '{ $recipient }' has no postal address on file; available: { $available }
request-not-a-font = --font: { $path } is not a font file
request-open-json = --open hands the letter to your mail app, or opens printable letters: use it with --format text, eml, mailto or pdf
request-open-with-output = --open hands the letter to your mail app: leave out --copy and --output
request-copy-pdf = printable letters are a file, not text to copy: leave out --copy, or use --output FILE
request-file-name-missing = give a file name
request-file-exists = { $path } exists already: choose another name

request-ask-campaign = Which campaign?
request-ask-language = Language of the letter
request-ask-name = Your name (it signs the letter)
request-ask-city = Your town and country (Enter to skip)
request-ask-note = A sentence of your own, so that letters differ (Enter to skip)
request-ask-latin = { $what ->
    [name] Your name in Latin letters, as readers of { $language } can read it ({ $value }; Enter to sign as written)
   *[city] Your town in Latin letters, as readers of { $language } can read it ({ $value }; Enter to keep it as written)
}
request-ask-note-for = A sentence of your own for the letter in { $language }, written in { $language } (Enter for none)
request-ask-email = Email address for the { $office } (Enter to skip)
request-ask-action = What should I do with the letter?
request-ask-from = Your email address, for the message's From line (Enter to skip)
request-ask-save-as = Save as
request-ask-address-first = Line 1 of your postal address, so the offices can reply by post (Enter to skip)
request-ask-address-next = Line { $number } of your address (Enter when it is complete)
request-ask-country = Your country, as two letters like FR, US or KR (Enter to skip)
request-too-many-address-lines = a postal address has at most { $max } lines here (repeat --address once a line); { $count } were given
request-wrap-text-only = --wrap breaks the lines of text; --format { $format } is already made for mail, with its own line lengths
request-pdf-to-terminal = a PDF shown on a terminal is garbage: give a file name with -o, or send it into a pipe
request-envelope-paper = --envelope { $envelope } takes { $takes } paper, not --paper { $paper }: give one of them, or two that go together

# The menu after an action, in a sitting that does several.
request-ask-next-action = What next?
request-action-copy-subject = Copy the subject to the clipboard
request-action-phone = Show the call script
request-action-post = Show the social post
request-action-copy-post = Copy the social post to the clipboard
request-action-share = Show an invitation for a friend
request-action-copy-share = Copy an invitation for a friend to the clipboard
request-action-done = Done
# What was done, listed at the end of the sitting. $what: all, subject, body, phone, post,
# recipients, addresses, mailto, other.
request-done-printed = showed { $what ->
    [all] the whole letter
    [subject] the subject
    [body] the email body
    [phone] the call script
    [post] the social post
    [share] an invitation for a friend
    [recipients] the recipients
    [addresses] the postal addresses
    [mailto] a mailto: link
   *[other] the letter
}
request-done-copied = copied { $what ->
    [all] the whole letter
    [subject] the subject
    [body] the email body
    [phone] the call script
    [post] the social post
    [share] an invitation for a friend
    [recipients] the recipients
    [addresses] the postal addresses
   *[other] the letter
} to the clipboard
request-done-saved-text = saved { $what ->
    [all] the whole letter
   *[other] a part of the letter
} to { $path }
request-done-saved-eml = saved the message to { $path }
request-done-saved-pdf = saved the printable letters to { $path }
request-done-mail-app = opened the letter in the mail app
