interface ErrorPanelProps {
  heading: string;
  message: string;
  details?: readonly string[];
  retryLabel?: string;
  retrying?: boolean;
  onRetry?: () => void;
}

/** An error the reader can read and act on; announced as an alert. */
export function ErrorPanel({
  heading,
  message,
  details = [],
  retryLabel,
  retrying,
  onRetry,
}: ErrorPanelProps) {
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-700 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-50"
    >
      <h2 className="text-lg font-semibold">{heading}</h2>
      <p className="mt-1">{message}</p>
      {details.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 font-mono text-sm break-words">
          {details.map((detail, i) => (
            <li key={i}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {onRetry && retryLabel ? (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-3 rounded border border-red-800 bg-white px-3 py-1.5 font-medium text-red-900 hover:bg-red-100 disabled:opacity-60 dark:border-red-300 dark:bg-red-900 dark:text-red-50 dark:hover:bg-red-800"
        >
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}
