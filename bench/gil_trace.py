"""Reads a -X gil-trace file and measures the switch interval actually seen (run it with python3).

    python3 bench/gil_trace.py gil.json

Takes the "GIL held" slices of threads running count() (named "Thread-N (count)") that ended because another
count() thread took over (a forced switch), and prints their median, mean and spread next to the setting.
"""
import json
import sys


def main(path):
    with open(path) as f:
        trace = json.load(f)
    setting = trace["otherData"]["switch_interval_s"]
    names = {e["tid"]: e["args"]["name"] for e in trace["traceEvents"] if e.get("name") == "thread_name"}
    holds = sorted((e["ts"], e["ts"] + e["dur"], e["tid"]) for e in trace["traceEvents"]
                   if e.get("name") == "GIL held" and names.get(e["tid"], "").endswith("(count)"))
    handed_over = [end - start for (start, end, tid), (next_start, _, next_tid) in zip(holds, holds[1:])
                   if next_tid != tid and next_start - end < 1000]
    if not handed_over:
        sys.exit("no forced switches between count() threads in " + path)
    handed_over.sort()
    median = handed_over[len(handed_over) // 2] / 1e6
    mean = sum(handed_over) / len(handed_over) / 1e6
    p10 = handed_over[len(handed_over) // 10] / 1e6
    p90 = handed_over[len(handed_over) * 9 // 10] / 1e6
    print("switch interval setting %.4f s; measured over %d forced switches: median %.4f s (%+.0f%%), "
          "mean %.4f s, p10 %.4f s, p90 %.4f s" % (setting, len(handed_over), median,
                                                     (median / setting - 1) * 100, mean, p10, p90))


if __name__ == "__main__":
    main(sys.argv[1])
