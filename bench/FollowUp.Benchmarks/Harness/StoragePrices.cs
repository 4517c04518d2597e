using FollowUp.Benchmarks.Groups;

namespace FollowUp.Benchmarks.Harness;

/// <summary>
/// What storage requests cost in Azure, to turn the requests counted at Azurite into money.
/// Pay-as-you-go list prices per 10,000 requests for a Standard general-purpose v2 account with
/// LRS, as the Azure Retail Prices API gave them in the price snapshots infracost records for its
/// tests (queues: West US; tables: West Europe; blobs: West US), read on <see cref="ReadOn"/>. This
/// machine cannot reach the Azure price pages: check them for your region before relying on a figure.
/// </summary>
internal static class StoragePrices
{
    public const string ReadOn = "2026-11-30";

    public const string Source = "Azure Retail Prices API as recorded in infracost's test snapshots (internal/providers/terraform/azure/testdata/storage_queue_test and storage_table_test)";

    /// <summary>Queue Class 1 (put, delete, update) and Class 2 (get, peek) operations cost the same.</summary>
    public const decimal QueuePer10K = 0.004m;

    /// <summary>Every table operation of an account without a customer-managed key (batch, write, read, scan, list, delete).</summary>
    public const decimal TablePer10K = 0.00036m;

    /// <summary>The provider's blobs are partition leases: charged at the write rate (hot tier), the dearer reading of a lease request.</summary>
    public const decimal BlobPer10K = 0.055m;

    public static decimal PerRequest(string service) => service switch
    {
        "queue" => QueuePer10K / 10_000m,
        "table" => TablePer10K / 10_000m,
        _ => BlobPer10K / 10_000m,
    };

    /// <summary>Dollars for these requests, counted by Azurite operation name.</summary>
    public static decimal Dollars(IEnumerable<KeyValuePair<string, long>> operations) =>
        operations.Sum(o => o.Value * PerRequest(CostGroup.ServiceOf(o.Key)));
}
