# `new` : le squelette d’une campagne pour un nouveau couple de villes, d’après --place et --lang ou par des questions.

new-bad-id = « { $id } » ne peut pas être l’identifiant d’une campagne : employez des minuscules, des chiffres, « - » et « _ », en commençant par une lettre ou un chiffre
new-too-many-places = donnez --place deux fois : la ville à laquelle s’adressent les lettres, puis sa ville jumelle
new-bad-place = « { $place } » n’est pas au format attendu par --place : donnez NOM:CC, le nom de la ville et le code ISO 3166 de son pays, comme Aachen:DE
new-bad-place-name = le nom d’un lieu tient sur une ligne d’au plus { $max } caractères
new-bad-country = « { $code } » n’est pas un code de pays ISO 3166 (comme DE, KR, US)
new-bad-language = « { $code } » n’est pas un code de langue (comme de, ko, pt-BR)
new-no-language = donnez au moins un code de langue
new-language-twice = la langue « { $code } » est donnée deux fois
new-give-or-ask = donnez les deux villes avec --place NOM:CC (la ville à laquelle s’adressent les lettres, puis sa ville jumelle) et les langues des lettres avec --lang CODE (la première est celle que lit la ville), ou lancez le programme dans un terminal pour répondre à ses questions
new-ask-city = La ville à laquelle s’adressent les lettres (son nom)
new-ask-city-country = Son pays (un code ISO 3166, comme DE)
new-ask-sister = Sa ville jumelle (son nom)
new-ask-sister-country = Le pays de la ville jumelle (un code ISO 3166, comme KR)
new-ask-languages = Les langues des lettres, la première étant celle que lit { $city } (des codes, comme de, ko)
new-next = Remplacez chaque TODO: par ce qu’une source confirme, puis lancez : sister-letter check { $path }
