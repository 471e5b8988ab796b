# The words around a letter in its package (the text printed or copied), in the letter's
# language: headings, recipients, addresses and the phone line. A letter language needs
# every message of this file; a campaign may give its own in words/<lang>/package.ftl.

package-subject = Subject
package-to = To
package-cc = Cc
package-letter = Letter
package-addresses = Postal addresses
package-phone = Phone
package-post = Social post
# After a recipient with no email address: "Mayor of Limoges: no email address on file;
# look for one on https://…"
package-no-email = no email address on file
package-look-on = look for one on
# A recipient the user added with --to or --cc.
package-added = added by you
# The colon and semicolon with the space the language puts before them (French puts a
# no-break space before a colon, a narrow one before a semicolon).
package-colon = {":"}
package-semicolon = {";"}
# An office and the person who holds it.
package-named = { $office }, { $name }
# The phone line: the time where the office is, so that the caller knows whether it is
# open. $time and $day are written as the language writes them.
package-local-time = It is { $time } on { $day } in { $place } ({ $zone }).
# After a copy, what heads the letter it copies, in the copy's language. $recipients:
# the main recipients' offices, as a list.
package-original = Here is the original letter, as sent to its main recipients ({ $recipients }):
# The invitation a supporter sends a friend (-p share), when the campaign has no
# share.hbs of its own: at most 280 as X counts, with the website line. $main: the main
# recipients' city; $sister: its sister city.
package-share = I have just written to the sister cities of { $main } and { $sister }. You can too, in a few minutes: an email, a letter, a phone call or a post. Every voice counts, above all from { $main }.
package-share-website = Everything you need: { $url }
