/** The parts of autocannon 9 the load test uses (the package ships no types). */
declare module 'autocannon' {
  namespace autocannon {
    interface Histogram {
      average: number;
      total: number;
      max: number;
      p50: number;
      p90: number;
      p99: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
    }
    type Options = Record<string, unknown>;
  }
  function autocannon(options: autocannon.Options): Promise<unknown>;
  namespace autocannon {
    function aggregateResult(results: unknown[], options: Options): Result;
  }
  export = autocannon;
}
