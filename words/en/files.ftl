# Writing files, and what the system says when it cannot.

files-dangling-link = { $path } is a symbolic link to nothing that can be written as a file; write to a file, or leave out --output for standard output
files-problem = { $path }: { $why }
files-not-a-file = { $path } is { $kind ->
    [folder] a folder
    [device] a device
    [pipe] a named pipe
   *[socket] a socket
}, not a file: it is never replaced; choose a file name
files-exists = { $path } exists already: choose another file, or add --force to replace it
files-no-folder = { $path }: the folder { $folder } does not exist
files-cannot-write = cannot write { $path }: { $why }
files-folder-not-empty = { $path } exists already and is not empty: export into a new folder
files-permission-denied = permission denied
files-not-found = no such file or folder
files-disk-full = no space left on the disk
files-read-only = the disk is read-only
files-already-exists = it exists already
files-is-a-folder = it is a folder
files-not-a-folder = a part of the path is not a folder
