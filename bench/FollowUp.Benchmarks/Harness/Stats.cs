namespace FollowUp.Benchmarks.Harness;

/// <summary>Latency summary in milliseconds (nearest-rank percentiles: every figure is a real sample).</summary>
internal sealed record LatencyStats(int Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencyStats Of(IReadOnlyCollection<double> samples)
    {
        if (samples.Count == 0)
        {
            return new LatencyStats(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.Order().ToArray();
        double Rank(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, Rank(0.50), Rank(0.95), Rank(0.99), sorted[^1], sorted.Average());
    }
}
