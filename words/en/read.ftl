# Reading the files of a campaign, the settings and fonts.

read-leaves-folder = it is a link that leads out of the campaign folder: a campaign's files must be inside its folder
read-not-a-file = it is { $kind ->
    [folder] a folder
    [device] a device
    [pipe] a named pipe
   *[socket] a socket
}, not a file
read-too-large = it is larger than { $max } KiB, the most such a file may hold
