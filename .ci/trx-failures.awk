# Prints each failed test of a .trx file with the first lines of its message, so a CI log that
# shows only the summary still says what broke. Usage: awk -f .ci/trx-failures.awk FILE.trx...
/<UnitTestResult / && /outcome="Failed"/ {
  name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name)
  failing = 1; printed = 0; inmsg = 0
  print "FAILED " name
  next
}
failing && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
failing && inmsg {
  line = $0; done = sub(/<\/Message>.*/, "", line)
  gsub(/&lt;/, "<", line); gsub(/&gt;/, ">", line); gsub(/&quot;/, "\"", line); gsub(/&apos;/, "'", line); gsub(/&amp;/, "\\&", line)
  if (printed < 8) { print "  " line; printed++ }
  if (done) { inmsg = 0; failing = 0 }
}
/<\/UnitTestResult>/ { failing = 0; inmsg = 0 }
