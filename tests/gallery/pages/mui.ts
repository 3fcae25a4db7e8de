// The gallery's pages rendered with Material UI (@mui/material): Alert, Snackbar, Dialog, Skeleton, LinearProgress, Chip...
import type { ReactNode } from 'react';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, Chip, CircularProgress, Dialog, DialogActions, DialogContent,
  DialogContentText, DialogTitle, FormControlLabel, LinearProgress, List, ListItem, ListItemText, Skeleton, Snackbar,
  Stack, Switch, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import * as copy from './copy.ts';
import { ConsoleErrorAfterMount, h, mountReact, useAfter, type ReactPage } from './mount.ts';

interface FormProps { alert?: ReactNode; invalid?: boolean; submit?: ReactNode; asForm?: boolean }

/** The expense form; `asForm: false` lays the same fields out in a plain box (no form element). */
function ExpenseForm({ alert, invalid = false, submit, asForm = true }: FormProps) {
  return h(Box, { component: asForm ? 'form' : 'div', 'aria-label': asForm ? 'Create a QuickBooks expense' : undefined, sx: { p: 2, maxWidth: 480 } },
    h(Typography, { variant: 'h5', component: 'h1', gutterBottom: true }, 'Create a QuickBooks expense'),
    alert,
    h(Stack, { spacing: 2, sx: { mt: 2 } },
      h(TextField, { id: 'payee', label: 'Payee', error: invalid, helperText: invalid ? copy.fieldMessage : undefined }),
      h(TextField, { id: 'amount', label: 'Amount' }),
      submit ?? h(Button, { type: 'submit', variant: 'contained', disabled: invalid }, 'Create')));
}

const errorAlert = (text: string, title?: string) => h(Alert, { severity: 'error' }, title ? h(AlertTitle, null, title) : null, text);
const snackbar = (severity: 'error' | 'warning' | 'success', text: string, autoHideDuration: number | null = null) =>
  h(Snackbar, { open: true, autoHideDuration, anchorOrigin: { vertical: 'bottom', horizontal: 'right' } }, h(Alert, { severity, variant: 'filled' }, text));
function SuccessThenError() {
  const late = useAfter(1600);
  return h('div', null, h(ExpenseForm, { alert: late ? errorAlert(copy.template) : null }), snackbar('success', copy.savedMessage));
}

function SlowThenToast() {
  const done = useAfter(1300);
  return h('div', null, done ? null : h(CircularProgress, { 'aria-label': 'Loading payees' }), h(ExpenseForm, {}), done ? snackbar('error', copy.template) : null);
}

function VanishingToast() {
  return h('div', null, h(ExpenseForm, {}), h(Snackbar, { open: true, autoHideDuration: 1000, onClose: () => {}, message: copy.template }));
}

const pages: Record<string, ReactPage> = {
  'silent': { render: () => h(ExpenseForm, {}) },
  'silent-retry': { render: () => h(ExpenseForm, {}) },
  'console-only': { render: () => h('div', null, h(ExpenseForm, {}), h(ConsoleErrorAfterMount, { text: copy.consoleError })) },
  'partly-worked': { title: 'Send invoice', render: () => h(ExpenseForm, { alert: errorAlert(copy.partlyWorkedMessage) }) },
  'partly-failed': { title: 'Send invoice', render: () => h('div', null, h(ExpenseForm, {}), snackbar('success', copy.partlySucceededMessage)) },
  'false-success': { render: () => h('div', null, h(ExpenseForm, {}), snackbar('success', copy.savedMessage)) },
  'false-success-worded': { title: 'Schedule meeting', render: () => h('div', null, h(Typography, { variant: 'h5', component: 'h1' }, 'Schedule a meeting'), h(Alert, { severity: 'success' }, copy.meetingMessage)) },
  'stuck-spinner': { render: () => h('div', null, h(CircularProgress, { 'aria-label': 'Loading payees' }), h(ExpenseForm, {})) },
  'stuck-progress': { title: 'Import', render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'Importing QuickBooks customers'), h(LinearProgress, { variant: 'determinate', value: 40, 'aria-label': 'Import progress' })) },
  'stuck-saving': { render: () => h(ExpenseForm, { submit: h(Button, { type: 'submit', variant: 'contained', loading: true, loadingPosition: 'start' }, 'Saving...') }) },
  'stuck-skeleton': { title: 'Invoices', render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'QuickBooks invoices'), h(Skeleton, { variant: 'text', width: 300 }), h(Skeleton, { variant: 'rectangular', width: 400, height: 60 }), h(Skeleton, { variant: 'rounded', width: 400, height: 60 })) },
  'generic': { render: () => h(ExpenseForm, { alert: errorAlert(copy.genericMessage) }) },
  'error-code': { render: () => h(ExpenseForm, { alert: errorAlert(copy.codeMessage) }) },
  'false-empty': { render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'Choose a payee'), h(List, null, h(ListItem, null, h(ListItemText, { primary: copy.noPayeesMessage })))) },
  'third-party': { title: 'QuickBooks App Store', render: () => h('div', null, h(Typography, { variant: 'h5', component: 'h1' }, 'QuickBooks App Store'), errorAlert(copy.thirdPartyMessage)) },
  'success-then-error': { render: () => h(SuccessThenError) },
  'fault-not-reached': { render: () => h(ExpenseForm, { alert: errorAlert(copy.template) }) },
  'empty-full-page': {
    title: 'Invoices',
    render: () => h(Box, { sx: { p: 6, textAlign: 'center' } }, h(Typography, { variant: 'h4', component: 'h1' }, copy.unavailableHeading),
      h(Typography, { sx: { my: 2 } }, copy.loadTemplate), h(Button, { variant: 'contained' }, 'Try again')),
  },
  'empty-half-page': {
    title: 'Customer',
    render: () => h(Stack, { direction: 'row', spacing: 2, sx: { p: 2 } },
      h(Card, { sx: { flex: 1 } }, h(CardContent, null, h(Typography, { variant: 'h6', component: 'h2' }, 'Contact details'), h(Typography, null, 'Acme Ltd, 1 Main Street, Springfield. Account manager: Dana Lee, phone 555 0100.'))),
      h(Card, { sx: { flex: 1 } }, h(CardContent, null, h(Typography, { variant: 'h6', component: 'h2' }, 'QuickBooks invoices'),
        h(Typography, { sx: { my: 1 } }, copy.loadTemplate), h(Button, { variant: 'outlined' }, 'Try again')))),
  },
  'contextual-alert': { render: () => h(ExpenseForm, { alert: errorAlert(copy.template), invalid: true }) },
  'alert-above-field': { render: () => h(ExpenseForm, { alert: errorAlert(copy.template), invalid: true, asForm: false }) },
  'contextual-warning': { render: () => h(ExpenseForm, { alert: h(Alert, { severity: 'warning' }, copy.staleTemplate) }) },
  'settings-warning': {
    title: 'QuickBooks settings',
    render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'QuickBooks settings'),
      h(Alert, { severity: 'warning', sx: { my: 2 } }, copy.settingsWarning),
      h(FormControlLabel, { control: h(Switch, { defaultChecked: true }), label: 'Sync invoices' }), h(Button, { variant: 'contained', disabled: true }, 'Save')),
  },
  'error-toast': { render: () => h('div', null, h(ExpenseForm, {}), snackbar('error', copy.template)) },
  'toast-vanishes': { render: () => h(VanishingToast) },
  'warning-toast': { title: 'Vendors', render: () => h('div', null, h(Typography, { variant: 'h5', component: 'h1' }, 'Vendors'), h(List, null, h(ListItem, null, 'Acme'), h(ListItem, null, 'Globex')), snackbar('warning', copy.staleTemplate)) },
  'dialog': {
    render: () => h('div', null, h(ExpenseForm, {}), h(Dialog, { open: true }, h(DialogTitle, null, copy.dialogTitle),
      h(DialogContent, null, h(DialogContentText, null, copy.template)), h(DialogActions, null, h(Button, null, 'OK')))),
  },
  'inline-other': { title: 'Reports', render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'Reports'), errorAlert(copy.template), h(Typography, null, 'Monthly totals')) },
  'workflow': {
    title: 'Workflow history',
    render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'Workflow history'),
      h(Table, null, h(TableHead, null, h(TableRow, null, h(TableCell, null, 'Run'), h(TableCell, null, 'Status'), h(TableCell, null, ''))),
        h(TableBody, null,
          h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'), h(TableCell, null, h(Chip, { color: 'error', label: 'Failed', size: 'small' }), ' ', copy.template), h(TableCell, null, h(Button, null, 'Retry'))),
          h(TableRow, null, h(TableCell, null, 'Create QuickBooks invoice'), h(TableCell, null, h(Chip, { color: 'success', label: 'Succeeded', size: 'small' })), h(TableCell, null, ''))))),
  },
  'connection-status': {
    title: 'Connected apps',
    render: () => h(Box, { sx: { p: 2 } }, h(Typography, { variant: 'h5', component: 'h1' }, 'Connected apps'),
      h(Card, { sx: { my: 1 } }, h(CardContent, null, h(Typography, { component: 'strong' }, 'Slack'), ' ', h(Chip, { color: 'success', label: 'Connected', size: 'small' }))),
      h(Card, { sx: { my: 1 } }, h(CardContent, null, h(Typography, { component: 'strong' }, 'QuickBooks'), ' ', h(Chip, { color: 'warning', label: copy.connectionLostBadge, size: 'small' }),
        h(Typography, { variant: 'body2', sx: { mt: 1 } }, copy.connectionLostSentence)))),
  },
  'slow-then-toast': { render: () => h(SlowThenToast) },
  'offscreen-alert': { render: () => h('div', null, h(Box, { sx: { height: 2400 } }, 'Expense policy and help text'), h(ExpenseForm, { alert: errorAlert(copy.template), invalid: true })) },
};

mountReact(pages);
