#!/bin/sh
# Soạn thảo: bấm đúp (hoặc chạy "sh soan-thao.sh") để mở trình soạn thảo của xã trong trình duyệt.
# Nó chạy bản xem trước (mvnw jetty:run, chỉ trên máy này) rồi mở http://localhost:8080/soan/ khi trang đã sẵn sàng.
# Đóng cửa sổ này (hoặc Ctrl+C) để tắt. Cổng khác: sh soan-thao.sh -Djetty.http.port=8081
cd "$(dirname "$0")" || exit 1
port=8080
for arg in "$@"; do
  case "$arg" in -Djetty.http.port=*) port="${arg#-Djetty.http.port=}" ;; esac
done
address="http://localhost:$port/soan/"
# Wait for the editor (at most 10 minutes: the first run downloads the program), then open the browser once.
(
  i=0
  while [ $i -lt 600 ]; do
    if command -v curl >/dev/null 2>&1 && curl -sf -o /dev/null "$address"; then
      if [ -n "${CONG_KHAI_TRINH_DUYET:-}" ]; then "$CONG_KHAI_TRINH_DUYET" "$address"
      elif command -v xdg-open >/dev/null 2>&1; then xdg-open "$address"
      elif command -v open >/dev/null 2>&1; then open "$address"
      else echo "Mở trình duyệt tại $address"; fi
      exit 0
    fi
    i=$((i + 1))
    sleep 1
  done
  echo "Trình soạn thảo chưa mở được sau 10 phút: xem thông báo lỗi ở trên."
) &
echo "Đang mở trình soạn thảo tại $address (lần đầu có thể mất vài phút) ..."
exec sh mvnw -q jetty:run "$@"
