//! The two monthly paths before tax and debt: bitcoin's arithmetic and the market month by
//! month, the mining fleet, the converted site (a lease, or a GPU cloud), and both paths side by
//! side with the converted share blended with the mining rest.

pub mod bitcoin;
pub(crate) mod both;
pub(crate) mod conversion;
pub(crate) mod fleet;
pub(crate) mod gpu_cloud;
pub mod market;
pub(crate) mod tenancy;
