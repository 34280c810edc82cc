#!/usr/bin/env bash
# concurrency, bulk 10k, formats: run while the clean-clone CI runs (load recorded)
cd /work/main
JAR=benchmarks/target-bench/benchmarks.jar
R=benchmarks/results
la() { echo "# $(date -u +%FT%TZ) load average: $(cut -d' ' -f1-3 /proc/loadavg)"; }
for t in 1 2 4 8; do
  la >> $R/issue21-concurrency.txt
  java -jar $JAR 'ConcurrencyBenchmark.distinctRegions' -t $t -f 1 -wi 2 -w 2s -i 4 -r 2s -foe true -rf json -rff $R/issue21-concurrency-t$t.json > $R/issue21-concurrency-t$t.log 2>&1
  grep -E "^ConcurrencyBenchmark|bench\]" $R/issue21-concurrency-t$t.log >> $R/issue21-concurrency.txt
done
la >> $R/issue21-bulk10k.txt
java -jar $JAR 'BulkAdvanceBenchmark.(transactionPerMove|bulkPath)' -p db=postgresql -p batch=10000 -bm ss -tu s -f 1 -wi 1 -i 3 -foe true -rf json -rff $R/issue21-bulk10k.json > $R/issue21-bulk10k.log 2>&1
grep -E "^BulkAdvanceBenchmark" $R/issue21-bulk10k.log >> $R/issue21-bulk10k.txt
la >> $R/issue21-bulk10k.txt
for f in JSON CSV XLSX HTML PDF; do
  la >> $R/national-formats.txt
  timeout 420 java -jar $JAR 'NationalFormatsBenchmark' -p format=$f -wi 0 -i 1 -f 1 -foe true -rf json -rff $R/national-formats-$f.json > $R/national-formats-$f.log 2>&1
  rc=$?
  echo "$f exit $rc $(grep -E '^NationalFormatsBenchmark' $R/national-formats-$f.log | tr -s ' ') $(grep -o 'OutOfMemoryError[^ ]*' $R/national-formats-$f.log | head -1)" >> $R/national-formats.txt
done
la >> $R/national-formats.txt
echo done >> $R/national-formats.txt
