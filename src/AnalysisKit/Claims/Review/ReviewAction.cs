namespace AnalysisKit.Claims.Review;

/// <summary>The decision one review row records (the file's <c>action</c> column).</summary>
public enum ReviewAction { Confirm, Correct, Reject, Add }
