# L’écriture des fichiers, et ce que dit le système quand elle échoue.

files-dangling-link = { $path } est un lien symbolique qui ne mène à aucun fichier pouvant être écrit ; indiquez un fichier, ou retirez --output pour écrire sur la sortie standard
files-problem = { $path } : { $why }
files-not-a-file = { $path } est { $kind ->
    [folder] un dossier
    [device] un périphérique
    [pipe] un tube nommé
   *[socket] une socket
}, et non un fichier : seul un fichier peut être remplacé ; choisissez un nom de fichier
files-exists = { $path } existe déjà : choisissez un autre fichier, ou ajoutez --force pour le remplacer
files-no-folder = { $path } : le dossier { $folder } n’existe pas
files-cannot-write = impossible d’écrire { $path } : { $why }
files-folder-not-empty = { $path } existe déjà et n’est pas vide : exportez dans un nouveau dossier
files-permission-denied = permission refusée
files-not-found = aucun fichier ou dossier de ce nom
files-disk-full = plus d’espace libre sur le disque
files-read-only = le disque est en lecture seule
files-already-exists = il existe déjà
files-is-a-folder = c’est un dossier
files-not-a-folder = une partie du chemin n’est pas un dossier
