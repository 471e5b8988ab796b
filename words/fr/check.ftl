# `check` : les problèmes des fichiers de campagne et des modèles, un par ligne :
# « letters/x/campaign.toml:3:7: erreur : … ».

check-problem = { $place }: { $severity ->
    [error] erreur
    [note] remarque
   *[warning] avertissement
} : { $message }

# Un texte qu’une campagne doit avoir dans chacune de ses langues. $id est l’identifiant
# du destinataire ou du lieu ; $code, la langue.
check-no-text = aucun texte en « { $code } » pour { $field ->
    [office] la fonction du destinataire « { $id } »
    [salutation] la formule d’appel du destinataire « { $id } »
    [holder-name] le nom du titulaire (destinataire « { $id } »)
    [holder-salutation] la formule d’appel du titulaire (destinataire « { $id } »)
    [place] le lieu « { $id } »
    [link-title] le titre d’un lien
    [postal-label] le libellé d’une adresse postale
    [postal-country] le pays d’une adresse postale
    [phone-office] le service à appeler (section phone)
   *[phone-place] le lieu de l’appel (section phone)
}

check-recipient-twice = le destinataire « { $id } » est déclaré deux fois
check-recipient-email = destinataire « { $id } » : { $why }
check-recipient-unknown-language = la langue « { $code } », lue par le destinataire « { $id } », n’est pas une langue de la campagne
check-postal-unknown-recipient = adresse postale pour « { $id } » : aucun destinataire n’a cet identifiant
check-cities-count = `cities` nomme deux lieux de `[places]`, d’abord la ville des destinataires principaux, puis sa ville jumelle ; il en nomme { $count }
check-cities-unknown-place = `cities` : aucun lieu de `[places]` n’a l’identifiant « { $id } »

# $name est le nom d’une personne ou d’une fonction.
check-stale = { $name } : dernière vérification le { $date }, il y a plus de 12 mois
check-stale-campaign = la campagne a été vérifiée pour la dernière fois le { $date }, il y a plus de 12 mois
check-term-ended = d’après la campagne, { $holder } occupait la fonction « { $office } » jusqu’au { $end } : vérifiez qui l’occupe aujourd’hui

check-phone-not-international = le numéro de téléphone « { $number } » n’est pas au format international : écrivez + et l’indicatif du pays, par exemple +33 5 55 45 60 00
check-not-a-time-zone = « { $zone } » n’est pas un fuseau horaire (utilisez un nom IANA, comme Europe/Paris)

check-french-line-too-long = la ligne d’adresse française « { $line } » fait { $length } caractères ; la norme postale (NF Z 10-011) en admet au plus { $max }
check-country-not-capitals = l’adresse doit se terminer par le pays, en capitales ; la version « { $code } » donne « { $country } »
check-postal-use-country-code = cette adresse indique son pays avec `convention = "{ $convention }"`, ce qui fonctionne encore ; écrivez plutôt `country_code = "{ $code }"`
check-postal-no-country-code = cette adresse n’a pas de `country_code` (ISO 3166, comme DE) : le programme ne peut savoir si une lettre qui y va part à l’étranger, et check ne peut lui appliquer les règles de son pays
check-postal-no-country = cette adresse n’a ni `country_code` ni `country` : ajoutez `country_code = "DE"` (son code ISO 3166)
check-postcode-before-town = la dernière ligne « { $line } » devrait être le code postal (cinq chiffres) suivi de la ville, selon les règles de la poste du pays { $country }
check-us-last-line = la dernière ligne « { $line } » devrait être « VILLE ÉTAT ZIP » en majuscules, comme « TACOMA WA 98402 » (USPS, Publication 28)
check-postal-rules-unknown = check ne connaît pas les règles d’adresse du pays { $country } : les lignes de ses adresses ne sont pas vérifiées
check-country-not-capitals-same = l’adresse doit se terminer par le pays, en capitales ; on trouve « { $country } »

# Les modèles.
check-unknown-variable = la variable `{ $name }` n’existe pas
check-post-too-long = le message pour les réseaux sociaux compte { $weight } caractères selon le décompte de X (une URL compte pour 23, un caractère CJK ou un emoji pour 2) ; le maximum est de { $max }
check-share-too-long = l’invitation compte { $weight } caractères selon le décompte de X (une URL compte pour 23, un caractère CJK ou un emoji pour 2) ; le maximum est de { $max }
# Typographie française : $mark est l’un des signes ; : ! ? »
check-french-spacing-before = la typographie française demande { $wanted ->
    [narrow] une espace fine insécable (U+202F)
   *[no-break] une espace insécable (U+00A0)
} avant le signe “{ $mark }” ; { $found ->
    [plain] il y a ici une espace ordinaire (un éditeur les affiche de la même façon)
   *[none] il n’y a ici aucune espace
}
check-french-spacing-after = la typographie française demande une espace fine insécable (U+202F) après le signe “{ $mark }” ; { $found ->
    [plain] il y a ici une espace ordinaire (un éditeur les affiche de la même façon)
   *[none] il n’y a ici aucune espace
}

# Les mots propres d’une campagne.
check-words-not-a-letter-area = le dossier words d’une campagne ne peut contenir que words/<langue>/{ $files } : les autres mots sont ceux du programme
check-words-unknown-language = « { $code } » n’est pas une langue de la campagne : ces mots ne servent jamais
check-words-missing = « { $code } » n’a pas de message { $id } : il figurera en anglais dans les lettres écrites dans cette langue

# Faits marqués comme non vérifiés, signalés comme remarques ; l’ancienne liste des comptes.
check-unverified = non confirmé (confidence = "unverified") : { $fact } ; le programme avertit chaque fois qu’une lettre l’utilise
check-old-handles = `handles` énumère des comptes sans propriétaire ni degré de confiance, et la publication n’en mentionne aucun : donnez à chacun sa table [[social.handle]], avec handle, owner et confidence (la publication mentionne ceux de confiance high ou medium)
check-unverified-handle = non confirmé (confidence = "unverified") : { $fact } ; la publication ne le mentionne pas
check-words-no-cldr = le programme n’a pas de données de calendrier (CLDR) pour « { $code } » : ses lettres sont datées sous la forme neutre de CLDR (2026 M12 1) et nomment langues et pays en anglais, à moins que words/{ $code }/page.ftl n’écrive la date lui-même avec $day, $month et $year (voir letters/README.md)

# Un espace réservé écrit par `new` (ou par quiconque), encore à remplir.
check-placeholder = espace réservé à remplir : { $text }
