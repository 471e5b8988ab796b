# `new`: 새 자매도시 쌍을 위한 캠페인 뼈대. --place와 --lang으로 받거나 질문해서 받습니다.

new-bad-id = '{ $id }'은(는) 캠페인 아이디로 쓸 수 없습니다. 영문 소문자, 숫자, '-', '_'만 쓰고 영문자나 숫자로 시작하세요
new-too-many-places = --place는 두 번 지정하세요. 먼저 편지를 받는 도시, 다음에 그 자매도시입니다
new-bad-place = '{ $place }'은(는) --place가 받는 형식이 아닙니다. Aachen:DE처럼 이름:CC, 즉 도시 이름과 그 나라의 ISO 3166 코드를 지정하세요
new-bad-place-name = 장소 이름은 { $max }자 이하의 한 줄이어야 합니다
new-bad-country = '{ $code }'은(는) ISO 3166 국가 코드(DE, KR, US 등)가 아닙니다
new-bad-language = '{ $code }'은(는) 언어 코드(de, ko, pt-BR 등)가 아닙니다
new-no-language = 언어 코드를 하나 이상 지정하세요
new-language-twice = 언어 '{ $code }'이(가) 두 번 지정되었습니다
new-give-or-ask = 두 도시를 --place 이름:CC로(먼저 편지를 받는 도시, 다음에 그 자매도시), 편지의 언어를 --lang 코드로(첫 번째가 그 도시가 읽는 언어) 주거나, 터미널에서 실행해 질문에 답하세요
new-ask-city = 편지를 받는 도시(이름)
new-ask-city-country = 그 도시의 나라(DE 같은 ISO 3166 코드)
new-ask-sister = 그 도시의 자매도시(이름)
new-ask-sister-country = 자매도시의 나라(KR 같은 ISO 3166 코드)
new-ask-languages = 편지의 언어. 첫 번째는 { $city }에서 읽는 언어(de, ko 같은 코드)
new-next = 파일 속 TODO:를 모두 출처로 확인한 내용으로 바꾼 뒤 다음을 실행하세요: sister-letter check { $path }
