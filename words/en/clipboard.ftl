# The clipboard, and its holder in the background.

clipboard-no-display = there is no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set)
clipboard-no-program = cannot find this program to start the clipboard holder: { $why }
clipboard-cannot-start = cannot start the clipboard holder: { $why }
clipboard-cannot-talk = cannot talk to the clipboard holder
clipboard-no-answer = the clipboard holder did not answer
clipboard-not-by-hand = { $command } holds a copied text for `sister-letter --copy`; it is not a command to run by hand
clipboard-cannot-read = cannot read the text to copy: { $why }
clipboard-none = cannot take the clipboard
clipboard-wayland = Wayland display { $display }
clipboard-x = X display { $display }
clipboard-display = display
clipboard-not-supported = the { $display } offers no clipboard this program can use (a Wayland compositor needs the data-control protocol)
clipboard-occupied = another program holds the clipboard locked
clipboard-unreachable = cannot reach the { $display }
