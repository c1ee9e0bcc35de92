import { request } from './client';
import type { Instance } from './types';

export const getInstance = () => request<Instance>('/api/v2/instance', { token: null });
