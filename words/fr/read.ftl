# Lecture des fichiers d’une campagne, de la configuration et des polices.

read-leaves-folder = c’est un lien qui mène hors du dossier de la campagne : les fichiers d’une campagne doivent se trouver dans son dossier
read-not-a-file = c’est { $kind ->
    [folder] un dossier
    [device] un périphérique
    [pipe] un tube nommé
   *[socket] une socket
}, et non un fichier
read-too-large = il dépasse { $max } Kio, la taille maximale d’un tel fichier
