# What the formats say about the bytes they made.

format-whole-only = --format { $format } always carries the whole letter: leave out --part, or use --format text
format-no-from = the message has no From: address; add --from ADDR or set SISTER_LETTER_FROM
format-no-recipient-address = no recipient has an email address on file, so the message is a draft without one; add --to ADDR
format-mailto-too-long = the mailto link is { $length } characters long; many mail apps cut links over { $limit }: use --format eml, or copy the body with --copy
format-cannot-build-message = cannot build the message: { $why }
# The social post printed or copied alone, when the campaign has no account whose owner is
# confirmed: the post tags none.
format-post-tags-none = the post tags no account: the campaign has none whose owner is confirmed. Before you post it, add the accounts of the offices you know (the city's, its mayor's)
