# What the formats say about the bytes they made.

format-whole-only = --format { $format } always carries the whole letter: leave out --part, or use --format text
format-no-from = the message has no From: address; add --from ADDR or set SISTER_LETTER_FROM
format-no-recipient-address = no recipient has an email address on file, so the message is a draft without one; add --to ADDR
format-mailto-too-long = the mailto link is { $length } characters long; many mail apps cut links over { $limit }: use --format eml, or copy the body with --copy
format-cannot-build-message = cannot build the message: { $why }
