# 편지 묶음(출력하거나 복사하는 글)에서 편지를 둘러싼 말: 제목, 받는 사람, 주소, 전화 줄.

package-subject = 제목
package-to = 받는 사람
package-cc = 참조
package-letter = 편지
package-addresses = 우편 주소
package-phone = 전화
package-post = 소셜 미디어 게시물
package-no-email = 등록된 이메일 주소 없음
package-look-on = 찾아볼 곳:
package-added = 직접 추가함
package-colon = {":"}
package-semicolon = {","}
package-named = { $office }({ $name })
package-local-time = { $place } 현지 시각: { $day } { $time }({ $zone })
