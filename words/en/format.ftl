# What the formats say about the bytes they made.

format-whole-only = --format { $format } always carries the whole letter: leave out --part, or use --format text
format-pdf-not-one = printable letters are made from every letter of the campaign, not one
format-no-from = the message has no From: address; add --from ADDR or set SISTER_LETTER_FROM
format-no-recipient-address = no recipient has an email address on file, so the message is a draft without one; add --to ADDR
format-mailto-too-long = the mailto link is { $length } characters long; many mail apps cut links over { $limit }: use --format eml, or copy the body with --copy
format-cannot-build-message = cannot build the message: { $why }
format-no-from-asked = the message has no From: address; your mail program may fill it in, or refuse to send it
format-no-recipient-address-asked = the message has no recipient address: add them in your mail program before you send it
format-mailto-too-long-asked = the mailto link is { $length } characters long; many mail apps cut links over { $limit }: choose to open the letter in your mail app, or save an .eml file, instead
