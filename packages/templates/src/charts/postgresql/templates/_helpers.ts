/**
 * Port of polyaxon/charts/postgresql/templates/_helpers.tpl.
 *
 * Its "postgresql.fullname" loses to the parent's define of the same name (Helm
 * parses the parent's templates last, so they win), so the templates here call
 * polyaxon/templates/partials/_postgres.ts instead, and postgresql.nameOverride
 * never applies. "postgresql.name" is called by no template, so it is not ported.
 */
import type { RenderContext } from '../../../context.js';
import { and, define, ge, le } from '../../../runtime/index.js';

/**
 * define "postgresql.networkPolicy.apiVersion". The chart compares the minor
 * version as a STRING (text/template `ge`/`le` on strings are byte-wise), so
 * "32" >= "4" is false and every minor from "10" up yields no apiVersion at all.
 */
export const postgresqlNetworkPolicyApiVersion = define(
  'postgresql.networkPolicy.apiVersion',
  'polyaxon/charts/postgresql/templates/_helpers.tpl',
  (ctx: RenderContext): string => {
    const minor = ctx.Capabilities.KubeVersion.Minor;
    if (and(ge(minor, '4'), le(minor, '6'))) return '"extensions/v1beta1"';
    if (ge(minor, '7')) return '"networking.k8s.io/v1"';
    return '';
  },
);
