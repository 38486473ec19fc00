import { alpha, createTheme } from '@mui/material/styles';

const primary = '#1a4d8f';

// No web fonts are bundled (the CSP allows only the app's own files and nothing is fetched):
// use the system UI font, which on Windows carries the rupee sign.
export const theme = createTheme({
  palette: {
    primary: { main: primary },
    secondary: { main: '#00796b' },
    background: { default: '#f5f7fa' },
  },
  typography: {
    fontFamily: ['"Segoe UI"', 'Roboto', '"Noto Sans"', '"DejaVu Sans"', 'system-ui', 'sans-serif'].join(','),
  },
  shape: { borderRadius: 8 },
  components: {
    MuiListItemButton: {
      styleOverrides: {
        root: {
          '&.Mui-selected': {
            backgroundColor: alpha(primary, 0.1),
            color: primary,
            boxShadow: `inset 3px 0 0 ${primary}`,
            '& .MuiListItemIcon-root': { color: primary },
            '& .MuiListItemText-primary': { fontWeight: 600 },
          },
        },
      },
    },
  },
});
