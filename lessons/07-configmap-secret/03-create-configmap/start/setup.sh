# a directory of configuration files, for --from-file=<directory>
cat > conf-dir/log-level <<'EOF_'
info
EOF_
cat > conf-dir/timeout.conf <<'EOF_'
keepalive_timeout 65;
EOF_
