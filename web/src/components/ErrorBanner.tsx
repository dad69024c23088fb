/** Props of {@link ErrorBanner}. */
export interface ErrorBannerProps {
  message: string | null;
}

/** A visible, non-blocking error line (the page keeps showing the last good data). */
export function ErrorBanner({ message }: ErrorBannerProps) {
  if (message === null) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      {message}
    </div>
  );
}
