import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Every screen starts with its one h1. Focus moves to it when the screen opens so a screen
 * reader announces the change, as a page load would.
 */
export function ScreenFrame({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <Typography
          ref={heading}
          tabIndex={-1}
          variant="h4"
          component="h1"
          sx={{ fontWeight: 600, flexGrow: 1, outline: 'none' }}
        >
          {title}
        </Typography>
        {actions}
      </Box>
      {intro ? (
        <Typography color="text.secondary" sx={{ mb: 3, maxWidth: 820 }}>
          {intro}
        </Typography>
      ) : null}
      {children}
    </Box>
  );
}
