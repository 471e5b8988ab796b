# A campaign's templates: reading, parsing and filling them.

# $piece is the template's name, as in its file templates/LANGUAGE/PIECE.hbs: subject,
# body, phone or post.
templates-missing = missing: the language '{ $language }' needs a { $piece } template
templates-not-loaded = the { $piece } template was not loaded
templates-cannot-fill = cannot fill the templates: { $why }
templates-unknown-variable = the variable `{ $name }` does not exist
templates-syntax = template syntax: { $why }
templates-syntax-not-closed = template syntax: a {"{{…}}"} here is not closed, or a block ({"{{#if}}"}, {"{{#each}}"}) is not closed with {"{{/if}}"} or {"{{/each}}"}
templates-too-large = the template is { $size } KiB; a template may hold at most { $max } KiB
# $code is the character's number in hexadecimal, like 0007.
templates-control-character = the template holds a control character (U+{ $code }), which a terminal would obey
templates-too-many-expressions = the template holds more than { $max } expressions
templates-too-deep = blocks are nested more than { $max } deep
templates-hidden-character = holds an invisible or direction-changing character (U+{ $code }), which would hide or reorder the letter's text: remove it
templates-recursive-partial = the partial '{ $name }' calls itself, directly or through another partial: filling it would never end
templates-dynamic-partial = a partial named by an expression cannot be followed: name it as it is defined, {"{{"}> name{"}}"}
templates-too-much-work = filling this template would take more than { $max } steps (loops and partials within one another): make it simpler
templates-too-long-text = the text filled from this template is longer than { $max } KiB, more than any letter: make it shorter
