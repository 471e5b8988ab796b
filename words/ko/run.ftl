# 실행 전체에 관한 내용.

run-bad-now = SISTER_LETTER_NOW '{ $value }': { $why }
